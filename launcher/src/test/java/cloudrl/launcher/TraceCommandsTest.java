package cloudrl.launcher;

import org.junit.jupiter.api.Test;

import static cloudrl.launcher.CommandLineTest.cloudrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The measured traces on the command line: reports state the split, and bad trace options stop before any output. */
class TraceCommandsTest {

    @Test
    void evaluateStatesTheWorkloadsSplitBeforeTheSummary() {
        CommandLineTest.Outcome outcome = cloudrl("evaluate", "--workload", "nasa-1995", "--param", "workload.split=test",
                "--task", "easy", "--episodes", "3");
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertEquals("workload nasa-1995 (split=test, stepMinutes=1, scale=task, start=random)",
                outcome.outLines().get(0));
    }

    @Test
    void aComparisonStatesTheSplitInItsHeaderAndJson() {
        CommandLineTest.Outcome text = cloudrl("evaluate", "--policies", "maintain", "--workload", "twitter-2021",
                "--param", "workload.split=train", "--tasks", "easy", "--episodes", "3");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("workload twitter-2021 (split=train, stepMinutes=1, scale=task, start=random)."),
                text.out());
        CommandLineTest.Outcome json = cloudrl("evaluate", "--policies", "maintain", "--workload", "twitter-2021",
                "--tasks", "easy", "--episodes", "3", "--json");
        // without a split named, evaluation replays the test part
        assertTrue(json.out().contains("\"workload_parameters\": {\"split\": \"test\", \"stepMinutes\": \"1\","), json.out());
    }

    @Test
    void evaluateDefaultsToTheTestSplitAndTheSampleKeepsAll() {
        CommandLineTest.Outcome nasa = cloudrl("evaluate", "--scenario", "nasa-boot", "--task", "medium", "--episodes", "2");
        assertEquals(0, nasa.exitCode(), nasa.err());
        assertEquals("workload nasa-1995 (split=test, stepMinutes=1, scale=task, start=random)", nasa.outLines().get(0));
        CommandLineTest.Outcome sample = cloudrl("evaluate", "--workload", "trace", "--task", "easy", "--episodes", "2");
        assertEquals(0, sample.exitCode(), sample.err());
        assertTrue(sample.outLines().get(0).contains("split=all"), sample.out());
    }

    @Test
    void aComparisonOnATraceReportsTheHindsightOptimumAndEachPolicysShareOfIt() {
        CommandLineTest.Outcome text = cloudrl("evaluate", "--scenario", "nasa-boot", "--policies", "maintain,hpa",
                "--tasks", "medium", "--episodes", "6");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("Hindsight optimum: per episode, the best return on its window"), text.out());
        assertTrue(text.out().contains("| % of hindsight optimum [95 % CI] |"), text.out());
        CommandLineTest.Outcome json = cloudrl("evaluate", "--scenario", "nasa-boot", "--policies", "maintain,hpa",
                "--tasks", "medium", "--episodes", "6", "--json");
        assertEquals(0, json.exitCode(), json.err());
        for (String line : json.outLines()) {
            if (line.contains("\"aggregate\": true")) {
                continue;
            }
            double reward = number(line, "\"cumulative_reward_mean\": {\"estimate\": ");
            double optimum = number(line, "\"hindsight_optimum\": {\"mean\": ");
            double percent = number(line, "\"percent_of_hindsight_optimum\": {\"estimate\": ");
            assertTrue(reward <= optimum, line);
            assertEquals(100 * reward / optimum, percent, 1e-9, line);
        }
    }

    private static double number(String line, String key) {
        int from = line.indexOf(key);
        assertTrue(from >= 0, key + " in " + line);
        from += key.length();
        int to = from;
        while (to < line.length() && "-+.0123456789eE".indexOf(line.charAt(to)) >= 0) {
            to++;
        }
        return Double.parseDouble(line.substring(from, to));
    }

    @Test
    void badTraceOptionsGetOneLineAndExitTwoWithNothingRun() {
        CommandLineTest.Outcome split = cloudrl("evaluate", "--workload", "nasa-1995", "--param", "workload.split=later");
        assertEquals(ErrorReporter.BAD_INPUT, split.exitCode());
        assertEquals("", split.out());
        assertEquals("cloudrl evaluate: workload nasa-1995: split=later is not allowed: must be train, test or all",
                split.err().strip());
        CommandLineTest.Outcome tooLong = cloudrl("evaluate", "--workload", "twitter-2021", "--param",
                "workload.split=test", "--param", "workload.stepMinutes=60");
        assertEquals(ErrorReporter.BAD_INPUT, tooLong.exitCode());
        assertEquals("", tooLong.out());
        assertEquals(1, tooLong.err().strip().lines().count(), tooLong.err());
        assertTrue(tooLong.err().contains("an episode of 100 steps needs 6060 rows"), tooLong.err());
    }
}
