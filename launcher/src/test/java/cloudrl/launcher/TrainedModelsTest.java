package cloudrl.launcher;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The models committed under docs/models, which the README's results table plays: a directory of
 * per-task runs given as {@code dqn:DIR} plays each task with that task's model, near the optimum.
 */
class TrainedModelsTest {

    private static final Pattern MEAN = Pattern.compile("\"cumulative_reward\": \\{\"mean\": ([0-9.]+)");

    /** 95 % of the exact optimal return (see cloudrl oracle); maintain, the best fixed rule, is far below. */
    @ParameterizedTest
    @CsvSource({"dqn, easy, 78.04", "dqn, medium, 76.20", "dqn, hard, 70.47",
            "ppo, easy, 78.04", "ppo, medium, 76.20", "ppo, hard, 70.47"})
    void eachTaskIsPlayedByItsOwnModelNearTheOptimum(String agent, String task, double floor) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CloudRl.execute(new String[] {"evaluate", "--policy", agent + ":../docs/models/" + agent,
                "--task", task, "--episodes", "200", "--seed", "3", "--json"}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(0, exit, err.toString());
        Matcher mean = MEAN.matcher(out.toString());
        assertTrue(mean.find(), out.toString());
        double cumulativeReward = Double.parseDouble(mean.group(1));
        assertTrue(cumulativeReward >= floor, () -> agent + " on " + task + ": " + cumulativeReward + " < " + floor);
    }

    /**
     * The real-traffic models, trained on the train split, earn more on the test split (evaluate's default)
     * than holding the initial servers (maintain) on the same episodes: the rival's figure is measured
     * here, not pasted.
     */
    @ParameterizedTest
    @CsvSource({"nasa-boot, dqn:../docs/models/scenarios/nasa-boot/dqn-history8-seed1",
            "nasa-boot, dqn:../docs/models/scenarios/nasa-boot/dqn-history8-seed2",
            "twitter-boot, ppo:../docs/models/scenarios/twitter-boot/ppo-history8-seed1",
            "twitter-boot, ppo:../docs/models/scenarios/twitter-boot/ppo-history8-seed2"})
    void theRealTrafficModelsBeatHoldingTheInitialServersOnDaysTheyNeverSaw(String scenario, String policy) {
        double agent = testSplitMean(scenario, policy);
        double maintain = testSplitMean(scenario, "maintain");
        assertTrue(agent > maintain, () -> policy + " on " + scenario + ": " + agent + " <= maintain's " + maintain);
    }

    private static double testSplitMean(String scenario, String policy) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CloudRl.execute(new String[] {"evaluate", "--scenario", scenario, "--policy", policy,
                "--task", "medium", "--episodes", "200", "--seed", "3", "--json"}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(0, exit, err.toString());
        Matcher mean = MEAN.matcher(out.toString());
        assertTrue(mean.find(), out.toString());
        return Double.parseDouble(mean.group(1));
    }
}
