package cloudrl.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActionTest {

    @Test
    void indicesFollowTheSpec() {
        assertEquals(Action.DECREASE, Action.of(0));
        assertEquals(Action.MAINTAIN, Action.of(1));
        assertEquals(Action.INCREASE, Action.of(2));
        assertEquals(2, Action.INCREASE.index());
    }

    @Test
    void aNegativeIndexIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Action.of(-1));
        assertTrue(error.getMessage().startsWith("action -1 is not valid"), error.getMessage());
        assertEquals(7, Action.of(7).index(), "indices past the reference three are the scheme's to judge");
    }

    @Test
    void anActionOutsideASpaceIsNamedWithTheAllowedOnesAndTheirLabels() {
        Discrete space = new Discrete(3, java.util.List.of("remove 1", "keep", "add 1"));
        assertEquals("action 3 is not valid: allowed are 0 (remove 1), 1 (keep), 2 (add 1)", space.invalid(3));
        assertEquals("keep", space.label(1));
    }
}
