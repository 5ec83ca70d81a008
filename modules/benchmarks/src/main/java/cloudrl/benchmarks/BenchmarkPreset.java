package cloudrl.benchmarks;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The short benchmark run behind {@code cloudrl bench}: a few of the JMH benchmarks, each in its own
 * forked JVM with fewer and shorter iterations than the full suite, reported as environment steps
 * per second. The vector runs are measured with JMH's GC profiler as well, for the bytes allocated
 * per environment step.
 *
 * <p>Two presets: {@value #STANDARD}, the figures the README reports, and {@value #SMOKE}, two of its
 * benchmarks with one short iteration each, which checks in seconds that the benchmarks run at all
 * (its figures are not measurements worth quoting).
 */
public final class BenchmarkPreset {

    /** One figure of the preset. */
    public record Figure(String key, String label, double envStepsPerSecond, double error, double bytesPerEnvStep) {

        /** Whether the allocation was measured for this figure. */
        public boolean allocationMeasured() {
            return !Double.isNaN(bytesPerEnvStep);
        }
    }

    /** The preset whose figures the README reports. */
    public static final String STANDARD = "standard";
    /** Two benchmarks, one short iteration each: does it run? */
    public static final String SMOKE = "smoke";

    private record Entry(String key, String label, Class<?> benchmark, int count, Integer threads,
                         boolean profileAllocation, String scenario) {
        Entry(String key, String label, Class<?> benchmark, int count, Integer threads, boolean profileAllocation) {
            this(key, label, benchmark, count, threads, profileAllocation, null);
        }
    }

    /** The built-in scenarios the preset measures on VectorEnv, each against the reference's figure. */
    public static final List<String> SCENARIOS = List.of("reference", "boot-delay", "diurnal-boot", "multi-step",
            "instance-types", "budget", "sla", "nasa-boot", "twitter-boot");

    /** What a preset runs, and how long: iterations and their length in milliseconds. */
    private record Plan(List<Entry> entries, int warmups, long warmupMillis, int measurements, long measurementMillis) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("single_env", "single environment, threshold heuristic", SingleEnvBenchmark.class, 1,
                    null, true),
            new Entry("vector_4096_1t", "VectorEnv, 4096 environments, 1 thread", VectorEnvBenchmark.class, 4096, 1,
                    true),
            new Entry("vector_4096_2t", "VectorEnv, 4096 environments, 2 threads", VectorEnvBenchmark.class, 4096, 2,
                    true),
            new Entry("tensor_4096", "tensor path, 4096 environments, 1 thread", TensorPathBenchmark.class, 4096,
                    null, false),
            new Entry("vector_1000000_2t_512mb", "VectorEnv, 10^6 environments, 2 threads, -Xmx512m",
                    MillionEnvBenchmark.class, MillionEnvBenchmark.COUNT, 2, false));

    private static final List<Entry> SCENARIO_ENTRIES = SCENARIOS.stream()
            .map(id -> new Entry("scenario_" + id.replace('-', '_'), "VectorEnv, 4096 environments, 1 thread, scenario "
                    + id, ScenarioBenchmark.class, ScenarioBenchmark.COUNT, null, true, id))
            .toList();

    private static final Map<String, Plan> PLANS = Map.of(
            STANDARD, new Plan(concat(ENTRIES, SCENARIO_ENTRIES), 3, 1000, 3, 1000),
            SMOKE, new Plan(ENTRIES.subList(0, 2), 1, 100, 1, 200));

    private BenchmarkPreset() {
    }

    private static List<Entry> concat(List<Entry> first, List<Entry> second) {
        List<Entry> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    /** The presets' names. */
    public static List<String> presets() {
        return List.of(STANDARD, SMOKE);
    }

    /** The keys of the standard preset's figures, in the order they run. */
    public static List<String> keys() {
        return keys(STANDARD);
    }

    /**
     * The keys of {@code preset}'s figures, in the order they run.
     *
     * @throws IllegalArgumentException naming an unknown preset and the known ones
     */
    public static List<String> keys(String preset) {
        return plan(preset).entries().stream().map(Entry::key).toList();
    }

    /** Runs the standard preset; see {@link #run(String, Consumer)}. */
    public static List<Figure> run(Consumer<String> progress) {
        return run(STANDARD, progress);
    }

    /**
     * Runs {@code preset}, telling {@code progress} the label of each benchmark as it starts.
     *
     * @throws IllegalArgumentException naming an unknown preset
     * @throws IllegalStateException    when a benchmark fails or reports nothing
     */
    public static List<Figure> run(String preset, Consumer<String> progress) {
        Plan plan = plan(preset);
        ForkClassPath.includeModulePath();
        List<Figure> figures = new ArrayList<>();
        for (Entry entry : plan.entries()) {
            progress.accept(entry.label());
            figures.add(measure(plan, entry));
        }
        return figures;
    }

    /**
     * Runs {@code preset}'s timing on VectorEnv for the reference scenario and for {@code scenario}
     * (an id or a scenario file, as {@code --scenario} takes it), so the two figures can be compared.
     *
     * @throws IllegalArgumentException naming an unknown preset
     * @throws IllegalStateException    when a benchmark fails, for instance on an unknown scenario
     */
    public static List<Figure> runScenario(String preset, String scenario, Consumer<String> progress) {
        Plan plan = plan(preset);
        ForkClassPath.includeModulePath();
        List<Figure> figures = new ArrayList<>();
        for (String id : scenario.equals("reference") ? List.of(scenario) : List.of("reference", scenario)) {
            Entry entry = new Entry("scenario_" + id.replaceAll("[^A-Za-z0-9]+", "_"), "VectorEnv, 4096 environments,"
                    + " 1 thread, scenario " + id, ScenarioBenchmark.class, ScenarioBenchmark.COUNT, null, true, id);
            progress.accept(entry.label());
            figures.add(measure(plan, entry));
        }
        return figures;
    }

    private static Plan plan(String preset) {
        Plan plan = PLANS.get(preset);
        if (plan == null) {
            throw new IllegalArgumentException("preset '" + preset + "' is not allowed: choose one of "
                    + String.join(", ", presets()));
        }
        return plan;
    }

    private static Figure measure(Plan plan, Entry entry) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(entry.benchmark().getName()) + "\\.step$")
                .forks(1)
                .warmupIterations(plan.warmups())
                .warmupTime(TimeValue.milliseconds(plan.warmupMillis()))
                .measurementIterations(plan.measurements())
                .measurementTime(TimeValue.milliseconds(plan.measurementMillis()))
                // DJL offline; and quiet about probing for a GPU the CPU build does not use
                .jvmArgs("-Dai.djl.offline=true", "-Dorg.slf4j.simpleLogger.log.ai.djl.util.cuda=off")
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        if (entry.benchmark() == VectorEnvBenchmark.class) {
            options.param("count", Integer.toString(entry.count()));
        }
        if (entry.scenario() != null) {
            options.param("scenario", entry.scenario());
        }
        if (entry.threads() != null) {
            options.param("threads", entry.threads().toString());
        }
        if (entry.profileAllocation()) {
            options.addProfiler(GCProfiler.class);
        }
        Collection<RunResult> results;
        try {
            results = new Runner(options.build()).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("benchmark " + entry.key() + " failed: " + e.getMessage(), e);
        }
        if (results.size() != 1) {
            throw new IllegalStateException("benchmark " + entry.key() + " reported " + results.size()
                    + " results instead of one; its fork may have failed (run with CLOUDRL_LOG=debug)");
        }
        RunResult result = results.iterator().next();
        Result<?> primary = result.getPrimaryResult();
        double bytes = Double.NaN;
        if (entry.profileAllocation()) {
            Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
            bytes = allocation == null ? Double.NaN : allocation.getScore() / entry.count();
        }
        return new Figure(entry.key(), entry.label(), primary.getScore() * entry.count(),
                primary.getScoreError() * entry.count(), bytes);
    }
}
