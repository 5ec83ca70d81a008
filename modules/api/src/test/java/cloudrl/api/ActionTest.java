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
    void anInvalidIndexIsNamedWithTheAllowedOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Action.of(3));
        assertTrue(error.getMessage().startsWith("action 3 is not valid"), error.getMessage());
        assertTrue(error.getMessage().contains("0 (DECREASE), 1 (MAINTAIN), 2 (INCREASE)"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Action.of(-1));
    }
}
