package cloudrl.launcher;

import cloudrl.benchmarks.BenchmarkPreset;
import cloudrl.benchmarks.BenchmarkPreset.Figure;
import cloudrl.benchmarks.HostMachine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a short preset of the JMH benchmarks and prints environment steps per second. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a short preset of the JMH benchmarks and print environment steps per second for"
                + " each: the single environment with the heuristic, VectorEnv with 4096 environments on 1 and"
                + " 2 threads, the tensor path, and a million environments in a 512 MB heap, each in its own"
                + " forked JVM (about a minute and a half). Compare ratios with shared/bench/peers.sh run"
                + " beside it.")
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "one JSON object with the figures, keyed by benchmark")
    boolean json;

    @Mixin
    ScenarioOption scenarioOption;

    @Mixin
    PluginsOption plugins;

    @Option(names = "--preset", paramLabel = "NAME", defaultValue = BenchmarkPreset.STANDARD,
            description = "standard (the figures the README reports) or smoke (two benchmarks, one short iteration"
                    + " each: checks in seconds that they run; its figures are not worth quoting)"
                    + " (default: ${DEFAULT-VALUE})")
    String preset;

    @Override
    public void run() {
        if (!BenchmarkPreset.presets().contains(preset)) {
            throw new ParameterException(spec.commandLine(), "--preset " + preset + " is not allowed: choose one of "
                    + String.join(", ", BenchmarkPreset.presets()));
        }
        if (scenarioOption.scenario != null) {
            // a bad id or file is bad input, said before any benchmark forks
            scenarioOption.resolve(plugins.discover(spec.commandLine().getErr()));
        }
        Printer printer = new Printer(spec.commandLine().getOut());
        PrintWriter progress = spec.commandLine().getErr();
        HostMachine host = HostMachine.current();
        if (!json) {
            printer.line("JDK %s · CPU %s (%d cores)", host.jdk(), host.cpu(), host.cores());
            printer.flush();
        }
        java.util.function.Consumer<String> running = label -> {
            progress.println("cloudrl bench: running " + label + " ...");
            progress.flush();
        };
        List<Figure> figures = scenarioOption.scenario == null ? BenchmarkPreset.run(preset, running)
                : BenchmarkPreset.runScenario(preset, scenarioOption.scenario, running);
        if (json) {
            // keyed by benchmark, so a map rather than a record: the keys are the preset's
            Map<String, Object> object = new LinkedHashMap<>();
            for (Figure figure : figures) {
                object.put(figure.key(), Math.round(figure.envStepsPerSecond()));
            }
            for (Figure figure : figures) {
                if (figure.allocationMeasured()) {
                    object.put(figure.key() + "_bytes_per_step", figure.bytesPerEnvStep());
                }
            }
            object.put("jdk", host.jdk());
            object.put("cpu", host.cpu());
            object.put("cores", host.cores());
            printer.raw(JsonLine.of(object));
            return;
        }
        printer.line("%-26s %-52s %16s %14s %14s", "key", "benchmark", "env-steps/s", "± (99.9 %)", "bytes/step");
        for (Figure figure : figures) {
            printer.line("%-26s %-52s %,16.0f %,14.0f %14s", figure.key(), figure.label(), figure.envStepsPerSecond(),
                    figure.error(), figure.allocationMeasured() ? String.format(java.util.Locale.ROOT, "%.4f",
                            figure.bytesPerEnvStep()) : "-");
        }
    }
}
