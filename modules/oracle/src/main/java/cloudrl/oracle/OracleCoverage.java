package cloudrl.oracle;

import java.util.Objects;

/**
 * Whether and how the oracle covers an environment: what its figure is worth, or why it is refused.
 * The one answer every command asks ({@link ScalingMdp#coverage}).
 *
 * @param kind   exact, an upper bound, approximate, or refused
 * @param reason for a refusal, one line saying why; otherwise what the figure is
 */
public record OracleCoverage(Kind kind, String reason) {

    /** What the oracle gives. */
    public enum Kind {
        /** The optimum, to within the truncation bound; the plan can be played ({@code --policy oracle}). */
        EXACT("exact"),
        /** An upper bound with the traffic's hidden state revealed; no plan to play. */
        UPPER_BOUND("upper_bound_regime_revealed"),
        /** An approximate optimum over an approximate traffic chain; no error bound. */
        APPROXIMATE("approximate"),
        /** Not covered: nothing is computed. */
        REFUSED("not covered");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The label output shows, as the JSON {@code coverage} field. */
        public String label() {
            return label;
        }
    }

    public OracleCoverage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether anything is computed at all. */
    public boolean solved() {
        return kind != Kind.REFUSED;
    }

    /** Whether the figure is the exact optimum and its plan can be played. */
    public boolean exact() {
        return kind == Kind.EXACT;
    }

    /** The label output shows. */
    public String label() {
        return kind.label();
    }
}
