package cloudrl.ui.swing.present;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the user typed in the seed field: a seed, or the one-line message the window shows beside the
 * field instead.
 *
 * @param seed    the seed, when the text is a whole number
 * @param problem why the text is not a seed, when it is not
 */
public record SeedInput(OptionalLong seed, Optional<String> problem) {

    public SeedInput {
        if (seed.isPresent() == problem.isPresent()) {
            throw new IllegalArgumentException("a seed input has either a seed or a problem");
        }
    }

    /** Reads {@code text}: a whole number from {@value Long#MIN_VALUE} to {@value Long#MAX_VALUE}, spaces ignored. */
    public static SeedInput parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return invalid("type a seed: a whole number such as 42");
        }
        try {
            return new SeedInput(OptionalLong.of(Long.parseLong(trimmed)), Optional.empty());
        } catch (NumberFormatException notANumber) {
            String shown = trimmed.length() > 24 ? trimmed.substring(0, 24) + "…" : trimmed;
            return invalid("seed '" + shown + "' is not a whole number: type an integer such as 42");
        }
    }

    /** Whether the text was a seed. */
    public boolean valid() {
        return seed.isPresent();
    }

    private static SeedInput invalid(String message) {
        return new SeedInput(OptionalLong.empty(), Optional.of(message));
    }
}
