package cloudrl.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code evaluate --policies}: the table, the JSON, the charts and every way to get it wrong. */
class EvaluateComparisonTest {

    private static final List<String> JSON_KEYS = List.of("policy", "task", "aggregate", "episodes", "seed", "scenario", "reward",
            "workload", "workload_parameters", "baseline", "bootstrap_replicates", "cumulative_reward_mean", "cumulative_reward_iqm",
            "final_score_mean", "final_score_iqm", "optimal_return", "percent_of_optimal",
            "probability_of_improvement", "ended_early_fraction", "passed_fraction");

    @TempDir
    Path emptyPlugins;

    @TempDir
    Path workspace;

    private record Outcome(int exitCode, String out, String err) {

        List<String> tableRows() {
            return out.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| policy")).toList();
        }
    }

    private Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] withPlugins = Arrays.copyOf(args, args.length + 2);
        withPlugins[args.length] = "--plugins";
        withPlugins[args.length + 1] = emptyPlugins.toString();
        int code = CloudRl.execute(withPlugins, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    private static List<String> cells(String tableRow) {
        String inner = tableRow.substring(1, tableRow.length() - 1);
        return Arrays.stream(inner.split("\\|")).map(String::strip).toList();
    }

    private static List<String> keys(String json) {
        // top-level keys only: the nested objects' keys are estimate, ci95_low and ci95_high
        String flattened = json.replaceAll("\\{\"estimate\"[^}]*}", "0");
        Matcher key = Pattern.compile("\"([a-z0-9_]+)\": ").matcher(flattened);
        List<String> found = new ArrayList<>();
        while (key.find()) {
            found.add(key.group(1));
        }
        return found;
    }

    @Test
    void theTableHasARowPerPolicyAndTaskThenOnePerPolicyOverAllTasks() {
        Outcome outcome = run("evaluate", "--policies", "threshold,maintain,oracle", "--tasks", "easy,hard",
                "--episodes", "20", "--seed", "3");
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(outcome.out().startsWith("Comparing threshold, maintain, oracle on easy, hard: 20 episodes per task"
                + " and policy, the same episodes for every policy (seed 3); reward seed-shaped, workload gaussian."),
                outcome.out());
        assertTrue(outcome.out().contains("Optimal expected return (exact, by backward induction): easy 82.1519,"
                + " hard 74.1746."), outcome.out());
        List<String> rows = outcome.tableRows();
        assertEquals(3 * 2 + 1 + 3, rows.size(), outcome.out()); // the rule line starts with "| :" too
        List<String> header = cells(outcome.out().lines().filter(line -> line.startsWith("| policy")).findFirst()
                .orElseThrow());
        assertEquals(List.of("policy", "task", "cumulative reward: mean [95 % CI]", "IQM [95 % CI]",
                "final score: mean [95 % CI]", "IQM [95 % CI]", "% of optimal [95 % CI]", "P(> threshold) [95 % CI]",
                "ended early"), header);
        List<String> oracleOverall = cells(rows.get(rows.size() - 1));
        assertEquals(List.of("oracle", "all"), oracleOverall.subList(0, 2));
        assertTrue(oracleOverall.get(6).matches("\\d+\\.\\d\\d \\[\\d+\\.\\d\\d, \\d+\\.\\d\\d]"), oracleOverall.get(6));
        assertEquals(List.of("threshold", "easy"), cells(rows.get(1)).subList(0, 2));
        assertEquals("0.500 [0.500, 0.500]", cells(rows.get(1)).get(7), "the baseline against itself");
    }

    @Test
    void jsonHasOneObjectPerRowWithDocumentedKeys() {
        Outcome outcome = run("evaluate", "--policies", "hpa,oracle", "--tasks", "medium", "--episodes", "15",
                "--json");
        assertEquals(0, outcome.exitCode(), outcome.err());
        List<String> lines = outcome.out().lines().toList();
        // threshold joins as the baseline: 3 policies on one task, then 3 aggregates
        assertEquals(6, lines.size(), outcome.out());
        for (String line : lines) {
            assertTrue(line.startsWith("{") && line.endsWith("}"), line);
            assertEquals(JSON_KEYS, keys(line), line);
        }
        assertTrue(lines.get(0).startsWith("{\"policy\": \"threshold\", \"task\": \"medium\", \"aggregate\": false,"
                + " \"episodes\": 15, \"seed\": 0, \"scenario\": \"reference\", \"reward\": \"seed-shaped\","
                + " \"workload\": \"gaussian\","
                + " \"workload_parameters\": {},"
                + " \"baseline\": \"threshold\", \"bootstrap_replicates\": 10000,"), lines.get(0));
        assertTrue(lines.get(2).contains("\"optimal_return\": 80.2122"), lines.get(2));
        String overall = lines.get(5);
        assertTrue(overall.startsWith("{\"policy\": \"oracle\", \"task\": \"all\", \"aggregate\": true,"), overall);
        assertTrue(overall.contains("\"optimal_return\": null, \"percent_of_optimal\": {\"estimate\": "), overall);
    }

    @Test
    void twoNamesOfTheSamePolicyGetTheSameFiguresAndImproveWithProbabilityOneHalf() {
        // threshold:40 sets scaleDownBelow to 40, its default: the same policy under another name
        Outcome outcome = run("evaluate", "--policies", "threshold,threshold:40", "--episodes", "30", "--seed", "5");
        assertEquals(0, outcome.exitCode(), outcome.err());
        List<String> rows = outcome.tableRows().subList(1, outcome.tableRows().size());
        assertEquals(8, rows.size());
        for (int i = 0; i < rows.size(); i += 2) {
            List<String> plain = cells(rows.get(i));
            List<String> named = cells(rows.get(i + 1));
            assertEquals("threshold:40", named.get(0));
            assertEquals(plain.subList(1, plain.size()), named.subList(1, named.size()));
            assertEquals("0.500 [0.500, 0.500]", named.get(7));
        }
    }

    @Test
    void aHiddenRegimeIsMeasuredAgainstTheUpperEndOfTheBeliefOptimum() {
        Outcome outcome = run("evaluate", "--policies", "oracle", "--workload", "bursty", "--tasks", "easy",
                "--episodes", "10", "--json");
        assertEquals(0, outcome.exitCode(), outcome.err());
        String oracle = outcome.out().lines().filter(line -> line.contains("\"policy\": \"oracle\"")
                && line.contains("\"task\": \"easy\"")).findFirst().orElseThrow();
        assertTrue(oracle.contains("\"belief_optimum\": {\"lower\": "), oracle);
        Outcome table = run("evaluate", "--policies", "oracle", "--workload", "bursty", "--tasks", "easy",
                "--episodes", "10");
        assertTrue(table.out().contains("Belief optimum (over the posterior of the hidden regime;"), table.out());
        assertTrue(table.out().lines().anyMatch(line -> line.startsWith("| policy")
                && line.contains("% of belief optimum [95 % CI]")), table.out());
    }

    @Test
    void baselineChoosesThePolicyTheProbabilityOfImprovementComparesWith() {
        Outcome onMaintain = run("evaluate", "--policies", "maintain,hpa", "--baseline", "maintain", "--tasks", "medium",
                "--episodes", "40", "--seed", "2", "--json");
        Outcome onHpa = run("evaluate", "--policies", "maintain,hpa", "--baseline", "hpa", "--tasks", "medium",
                "--episodes", "40", "--seed", "2", "--json");
        assertEquals(0, onMaintain.exitCode(), onMaintain.err());
        assertEquals(0, onHpa.exitCode(), onHpa.err());
        // the list names its baseline, so threshold is not played: 2 policies on one task, then 2 aggregates
        List<String> lines = onMaintain.out().lines().toList();
        assertEquals(4, lines.size(), onMaintain.out());
        assertTrue(lines.get(0).startsWith("{\"policy\": \"maintain\","), lines.get(0));
        assertTrue(lines.get(0).contains("\"baseline\": \"maintain\""), lines.get(0));
        assertEquals(0.5, improvement(lines.get(0)), 1e-12, "the baseline against itself");
        // Mann-Whitney with ties counting half: P(hpa > maintain) + P(maintain > hpa) = 1 on the same episodes
        double hpaOverMaintain = improvement(lines.get(1));
        double maintainOverHpa = improvement(onHpa.out().lines().toList().get(0));
        assertEquals(1.0, hpaOverMaintain + maintainOverHpa, 1e-9, onMaintain.out() + onHpa.out());
        assertTrue(hpaOverMaintain != 0.5, "the two policies differ on medium, so the test can tell the sides apart");

        Outcome table = run("evaluate", "--policies", "hpa", "--baseline", "maintain", "--tasks", "medium",
                "--episodes", "10");
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().startsWith("Comparing maintain, hpa on medium"), "a baseline not listed is played first: "
                + table.out());
        assertTrue(table.out().contains("| P(> maintain) [95 % CI] |"), table.out());
    }

    private static double improvement(String json) {
        Matcher estimate = Pattern.compile("\"probability_of_improvement\": \\{\"estimate\": ([0-9.Ee-]+),")
                .matcher(json);
        assertTrue(estimate.find(), json);
        return Double.parseDouble(estimate.group(1));
    }

    @Test
    void anotherWorkloadHasNoOptimumButStillCompares() {
        Outcome outcome = run("evaluate", "--policies", "hpa", "--workload", "ar1", "--tasks", "easy",
                "--episodes", "10");
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(outcome.out().contains(
                        "Optimal expected return: n/a, the oracle does not solve this setting exactly"),
                outcome.out());
        assertTrue(outcome.tableRows().stream().skip(1).allMatch(row -> cells(row).get(6).equals("n/a")),
                outcome.out());
    }

    @Test
    void chartsAreWrittenAsReadablePngs() throws IOException {
        Path plots = workspace.resolve("new").resolve("plots");
        Outcome outcome = run("evaluate", "--policies", "hpa,oracle", "--tasks", "easy,medium", "--episodes", "20",
                "--plots", plots.toString());
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(outcome.out().strip().endsWith("Charts: " + plots.resolve("scores.png") + ", "
                + plots.resolve("profiles.png")), outcome.out());
        for (String name : List.of("scores.png", "profiles.png")) {
            Path file = plots.resolve(name);
            BufferedImage image = ImageIO.read(file.toFile());
            assertNotNull(image, name);
            assertTrue(image.getWidth() >= 800 && image.getHeight() >= 400, name + " is " + image.getWidth() + " x "
                    + image.getHeight());
            assertTrue(Files.size(file) > 10_000, name + " has " + Files.size(file) + " bytes");
        }
        try (Stream<Path> files = Files.list(plots)) {
            assertEquals(2, files.count(), "only the two charts, no temporary file");
        }
    }

    @Test
    void badInputFailsWithOneLineExitCodeTwoAndNoOutput() throws IOException {
        Path aFile = Files.writeString(workspace.resolve("taken"), "not a directory");
        List<List<String>> cases = List.of(
                List.of("--policies", "threshold,smart"),
                List.of("--policies", ""),
                List.of("--policies", "hpa,,oracle"),
                List.of("--policies", "hpa,hpa"),
                List.of("--policies", "hpa:"),
                List.of("--policies", "maintain:3"),
                List.of("--policies", "oracle", "--workload", "ar1"),
                List.of("--policies", "hpa", "--policy", "random"),
                List.of("--policies", "hpa", "--task", "easy"),
                List.of("--policies", "hpa", "--param", "policy.target=50"),
                List.of("--policies", "hpa", "--tasks", "easy,extreme"),
                List.of("--policies", "hpa", "--tasks", "easy,easy"),
                List.of("--policies", "hpa", "--plots", aFile.toString()),
                List.of("--policies", "hpa", "--baseline", " "),
                List.of("--policies", "hpa", "--baseline", "smart"),
                List.of("--baseline", "maintain"),
                List.of("--tasks", "easy"),
                List.of("--plots", workspace.toString()));
        for (List<String> args : cases) {
            String[] command = Stream.concat(Stream.of("evaluate", "--episodes", "3"), args.stream())
                    .toArray(String[]::new);
            Outcome outcome = run(command);
            assertEquals(ErrorReporter.BAD_INPUT, outcome.exitCode(), args + ": " + outcome.err());
            assertEquals(1, outcome.err().strip().lines().count(), args + ": " + outcome.err());
            assertTrue(outcome.err().startsWith("cloudrl evaluate: "), args + ": " + outcome.err());
            assertEquals("", outcome.out(), args.toString());
        }
        assertEquals("cloudrl evaluate: unknown policy 'smart': choose one of dqn, holt-winters, hpa, last-value, maintain,"
                + " moving-average, oracle, ppo, random, threshold"
                + " (see 'cloudrl plugins')", run("evaluate", "--policies", "threshold,smart").err().strip());
        assertEquals("cloudrl evaluate: policy oracle plays exact plans only, not scenario reference with workload 'ar1'"
                + ": the ar1 traffic is planned over an approximate chain (docs/oracle.md)",
                run("evaluate", "--policies", "oracle", "--workload", "ar1").err().strip());
        // a baseline the list does not name is blamed on --baseline, where the user typed it
        assertTrue(run("evaluate", "--policies", "hpa", "--baseline", "smart").err()
                .startsWith("cloudrl evaluate: --baseline unknown policy 'smart': choose one of "));
    }
}
