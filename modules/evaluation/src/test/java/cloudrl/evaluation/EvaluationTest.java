package cloudrl.evaluation;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Policy;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationTest {

    private static final Policy MAINTAIN = observation -> Action.MAINTAIN;

    @Test
    void theSameSeedGivesTheSameSummary() {
        EvaluationSummary first = new Evaluation().run("easy", "maintain", CloudEnvironment.of(Task.EASY), MAINTAIN,
                50, 3);
        EvaluationSummary second = new Evaluation().run("easy", "maintain", CloudEnvironment.of(Task.EASY), MAINTAIN,
                50, 3);
        assertEquals(first, second);
        assertNotEquals(first, new Evaluation().run("easy", "maintain", CloudEnvironment.of(Task.EASY), MAINTAIN,
                50, 4));
    }

    @Test
    void episodeSeedsAreAFixedSequenceSoPoliciesFaceTheSameTraffic() {
        assertArrayEquals(Evaluation.episodeSeeds(9, 5), Evaluation.episodeSeeds(9, 5));
        long[] longer = Evaluation.episodeSeeds(9, 8);
        long[] shorter = Evaluation.episodeSeeds(9, 5);
        for (int i = 0; i < shorter.length; i++) {
            assertEquals(shorter[i], longer[i], "a longer run starts with the same episodes");
        }
    }

    @Test
    void keepingThreeServersOnEasyTrafficNeverBecomesUnstable() {
        // 40 ± 5 requests on 3 servers is about 22 % CPU: never near 95 %
        EvaluationSummary summary = new Evaluation().run("easy", "maintain", CloudEnvironment.of(Task.EASY),
                MAINTAIN, 30, 1);
        assertEquals(0.0, summary.endedEarlyFraction());
        assertEquals(1.0, summary.passedFraction());
        assertTrue(summary.avgCpu() > 18 && summary.avgCpu() < 26, () -> "avg cpu " + summary.avgCpu());
        assertTrue(summary.cumulativeReward().low() <= summary.cumulativeReward().mean());
        assertTrue(summary.cumulativeReward().mean() <= summary.cumulativeReward().high());
    }

    @Test
    void oneServerOnHardTrafficAlwaysFails() {
        Policy shrink = (Observation observation) -> Action.DECREASE;
        EvaluationSummary summary = new Evaluation().run("hard", "shrink", CloudEnvironment.of(Task.HARD), shrink,
                40, 1);
        assertEquals(1.0, summary.endedEarlyFraction());
        assertEquals(0.0, summary.passedFraction());
    }

    @Test
    void episodesMustBePositive() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new Evaluation().run("easy", "maintain", CloudEnvironment.of(Task.EASY), MAINTAIN, 0, 1));
        assertEquals("episodes 0 is not allowed: must be in [1, 100000]", error.getMessage());
    }
}
