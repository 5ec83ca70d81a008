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
        assertTrue(json.out().contains("\"workload_parameters\": {\"split\": \"all\", \"stepMinutes\": \"1\","), json.out());
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
