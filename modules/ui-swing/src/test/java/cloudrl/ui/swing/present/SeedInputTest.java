package cloudrl.ui.swing.present;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SeedInputTest {

    @Test
    void wholeNumbersAreSeedsSpacesIgnored() {
        assertEquals(42, SeedInput.parse("42").seed().getAsLong());
        assertEquals(-7, SeedInput.parse("  -7 ").seed().getAsLong());
        assertEquals(Long.MAX_VALUE, SeedInput.parse(Long.toString(Long.MAX_VALUE)).seed().getAsLong());
    }

    @Test
    void anythingElseIsAOneLineMessageNamingTheText() {
        assertProblem("abc", "seed 'abc' is not a whole number: type an integer such as 42");
        assertProblem("1.5", "seed '1.5' is not a whole number: type an integer such as 42");
        assertProblem("99999999999999999999", "seed '99999999999999999999' is not a whole number: type an integer such as 42");
        assertProblem("", "type a seed: a whole number such as 42");
        assertProblem(null, "type a seed: a whole number such as 42");
        assertProblem("x".repeat(100), "seed '" + "x".repeat(24) + "…' is not a whole number: type an integer such as 42");
    }

    private static void assertProblem(String text, String message) {
        SeedInput input = SeedInput.parse(text);
        assertFalse(input.valid());
        assertEquals(message, input.problem().orElseThrow());
    }
}
