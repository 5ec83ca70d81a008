package cloudrl.env;

import org.junit.jupiter.api.Test;

import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EnvironmentConfigTest {

    @Test
    void defaultsAreTheReferenceValues() {
        EnvironmentConfig config = EnvironmentConfig.defaults();
        assertEquals(0.5, config.cpuPerRequest());
        assertEquals(0.45, config.memoryPerRequest());
        assertEquals(30, config.serverCapacity());
        assertEquals(3, config.initialServers());
        assertEquals(100, config.maxSteps());
        assertEquals(95, config.terminationThreshold());
        assertEquals(Integer.MAX_VALUE, config.maxServers());
        assertEquals(config, config.toBuilder().build());
    }

    @Test
    void eachBadValueIsNamedWithItsRange() {
        assertMessage("maxSteps 0 is not allowed: must be between 1 and 10000000", b -> b.maxSteps(0));
        assertMessage("initialServers 0 is not allowed: must be between 1 and maxServers (2147483647)",
                b -> b.initialServers(0));
        assertMessage("initialServers 5 is not allowed: must be between 1 and maxServers (4)",
                b -> b.maxServers(4).initialServers(5));
        assertMessage("maxServers 0 is not allowed: must be at least 1", b -> b.maxServers(0));
        assertMessage("cpuPerRequest -1.0 is not allowed: must be in (0.0, 1000.0]", b -> b.cpuPerRequest(-1));
        assertMessage("memoryPerRequest NaN is not allowed: must be in (0.0, 1000.0]",
                b -> b.memoryPerRequest(Double.NaN));
        assertMessage("serverCapacity 0.0 is not allowed: must be in (0.0, 1000000.0]", b -> b.serverCapacity(0));
        assertMessage("terminationThreshold 120.0 is not allowed: must be in (0.0, 100.0]",
                b -> b.terminationThreshold(120));
    }

    @Test
    void tasksParseByNameAndNameAllThreeWhenUnknown() {
        assertEquals(Task.HARD, Task.parse("Hard"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Task.parse("extreme"));
        assertEquals("unknown task 'extreme': choose one of easy, medium, hard", error.getMessage());
        assertEquals(60, Task.MEDIUM.baseRate());
        assertEquals(25, Task.HARD.stdDev());
    }

    private static void assertMessage(String expected, UnaryOperator<EnvironmentConfig.Builder> change) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> change.apply(EnvironmentConfig.builder()).build());
        assertEquals(expected, error.getMessage());
    }
}
