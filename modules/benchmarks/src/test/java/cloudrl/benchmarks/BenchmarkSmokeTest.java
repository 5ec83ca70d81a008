package cloudrl.benchmarks;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs each benchmark for a fraction of a second in this JVM, to show it works; the figures mean
 * nothing here. Real measurements come from {@code cloudrl bench} or the JMH command line.
 */
class BenchmarkSmokeTest {

    @Test
    void everyBenchmarkRunsAndReportsAScore() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include("cloudrl\\.benchmarks\\.(SingleEnv|VectorEnv|TensorPath)Benchmark\\.step")
                .param("count", "64")
                .forks(0)
                .warmupIterations(1)
                .warmupTime(TimeValue.milliseconds(100))
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build()).run();
        // single, vector on 1 and 2 threads, tensor
        assertEquals(4, results.size());
        for (RunResult result : results) {
            assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().getBenchmark());
        }
    }

    @Test
    void thePresetCoversTheFiguresTheReadmeReports() {
        // the five figures the README's performance table reports, then VectorEnv on each built-in scenario
        List<String> keys = BenchmarkPreset.keys();
        assertEquals(List.of("single_env", "vector_4096_1t", "vector_4096_2t", "tensor_4096",
                "vector_1000000_2t_512mb"), keys.subList(0, 5));
        assertEquals(List.of("scenario_reference", "scenario_boot_delay", "scenario_diurnal_boot", "scenario_multi_step",
                "scenario_instance_types", "scenario_budget", "scenario_sla", "scenario_nasa_boot",
                "scenario_twitter_boot"), keys.subList(5, keys.size()));
    }

    @Test
    void everyScenarioSteps() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include("cloudrl\\.benchmarks\\.ScenarioBenchmark\\.step")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build()).run();
        assertEquals(BenchmarkPreset.SCENARIOS.size(), results.size());
        for (RunResult result : results) {
            assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().getParam("scenario"));
        }
    }
}
