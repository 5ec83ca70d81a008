package cloudrl.launcher;

import cloudrl.api.Box;
import cloudrl.api.Discrete;
import cloudrl.api.PlugPoint;
import cloudrl.api.Scenario;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import cloudrl.oracle.OracleCoverage;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.FoundProvider;
import cloudrl.plugins.PluginCatalog;
import cloudrl.plugins.ScenarioChoice;
import cloudrl.plugins.Selection;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code cloudrl scenarios}: every scenario with its observation features, bounds, actions and oracle coverage. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "List the scenarios, built in, from plugin jars, or a scenario file: each one's id, what it"
                + " models, its observation features with their bounds, its action labels, and whether the oracle"
                + " solves it exactly.")
final class ScenariosCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "one JSON object per scenario, one per line")
    boolean json;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "scenario files to list besides the known scenarios")
    List<String> files = new ArrayList<>();

    @Mixin
    PluginsOption plugins;

    /** One scenario as {@code --json} prints it. */
    record Listing(String id, String description, String task, int maxSteps, List<Integer> initialServers,
                   List<Feature> observation, List<String> actions, String oracle) {
    }

    /** One observation feature with its bounds; an open bound is null. */
    record Feature(String name, Float low, Float high) {
    }

    @Override
    public void run() {
        PluginCatalog catalog = plugins.discover(spec.commandLine().getErr());
        Assembly assembly = new Assembly(catalog);
        List<Scenario> scenarios = new ArrayList<>();
        for (FoundProvider found : catalog.providers(PlugPoint.SCENARIO)) {
            scenarios.add(catalog.scenario(found.id()));
        }
        for (String file : files) {
            scenarios.add(ScenarioChoice.resolve(file, catalog));
        }
        List<Listing> listings = scenarios.stream().map(scenario -> listing(assembly, scenario)).toList();
        Printer printer = new Printer(spec.commandLine().getOut());
        for (Listing listing : listings) {
            if (json) {
                printer.raw(JsonLine.of(listing));
            } else {
                text(listing, printer);
            }
        }
        printer.flush();
    }

    static Listing listing(Assembly assembly, Scenario scenario) {
        Selection selection = Selection.of(scenario, null, null, null, List.of());
        CloudEnvironment environment = assembly.environment(Task.parse(scenario.task()), selection, 0);
        Box box = environment.observationSpace();
        float[] low = box.low();
        float[] high = box.high();
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < box.dimension(); i++) {
            features.add(new Feature(box.names().get(i), Float.isInfinite(low[i]) ? null : low[i],
                    Float.isInfinite(high[i]) ? null : high[i]));
        }
        Discrete actions = environment.actionSpace();
        return new Listing(scenario.id(), scenario.description(), scenario.task(), scenario.maxSteps(),
                scenario.initialServers(), features, actions.labels(), oracle(environment));
    }

    /** Whether and how the oracle solves the scenario, as the words users read: {@link OracleCoverage#of}'s label. */
    static String oracle(CloudEnvironment environment) {
        return OracleCoverage.of(environment).label();
    }

    private static void text(Listing listing, Printer printer) {
        printer.line("%s", listing.id());
        printer.line("  %s", listing.description());
        printer.line("  task %s · %d steps · initial servers %s · oracle: %s", listing.task(), listing.maxSteps(),
                listing.initialServers(), listing.oracle());
        List<String> features = new ArrayList<>();
        for (Feature feature : listing.observation()) {
            features.add(String.format(Locale.ROOT, "%s %s%s, %s%s", feature.name(), feature.low() == null ? "(" : "[",
                    bound(feature.low(), "-inf"), bound(feature.high(), "inf"), feature.high() == null ? ")" : "]"));
        }
        printer.line("  observation: %s", String.join(", ", features));
        List<String> actions = new ArrayList<>();
        for (int i = 0; i < listing.actions().size(); i++) {
            actions.add(i + " " + listing.actions().get(i));
        }
        printer.line("  actions (%d): %s", actions.size(), String.join(", ", actions));
        printer.line();
    }

    private static String bound(Float value, String open) {
        if (value == null) {
            return open;
        }
        return value == Math.rint(value) ? Long.toString(value.longValue()) : Float.toString(value);
    }
}
