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
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The short benchmark run behind {@code cloudrl bench}: a few of the JMH benchmarks, each in its own
 * forked JVM with fewer and shorter iterations than the full suite, reported as environment steps
 * per second. The vector runs are measured with JMH's GC profiler as well, for the bytes allocated
 * per environment step.
 */
public final class BenchmarkPreset {

    /** One figure of the preset. */
    public record Figure(String key, String label, double envStepsPerSecond, double error, double bytesPerEnvStep) {

        /** Whether the allocation was measured for this figure. */
        public boolean allocationMeasured() {
            return !Double.isNaN(bytesPerEnvStep);
        }
    }

    private record Entry(String key, String label, Class<?> benchmark, int count, Integer threads,
                         boolean profileAllocation) {
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

    private BenchmarkPreset() {
    }

    /** The keys of the preset's figures, in the order they run. */
    public static List<String> keys() {
        return ENTRIES.stream().map(Entry::key).toList();
    }

    /**
     * Runs the preset, telling {@code progress} the label of each benchmark as it starts.
     *
     * @throws IllegalStateException when a benchmark fails or reports nothing
     */
    public static List<Figure> run(Consumer<String> progress) {
        ForkClassPath.includeModulePath();
        List<Figure> figures = new ArrayList<>();
        for (Entry entry : ENTRIES) {
            progress.accept(entry.label());
            figures.add(measure(entry));
        }
        return figures;
    }

    private static Figure measure(Entry entry) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(entry.benchmark().getName()) + "\\.step$")
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(1))
                // DJL offline; and quiet about probing for a GPU the CPU build does not use
                .jvmArgs("-Dai.djl.offline=true", "-Dorg.slf4j.simpleLogger.log.ai.djl.util.cuda=off")
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        if (entry.benchmark() == VectorEnvBenchmark.class) {
            options.param("count", Integer.toString(entry.count()));
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
