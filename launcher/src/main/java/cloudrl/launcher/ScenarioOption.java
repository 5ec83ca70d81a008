package cloudrl.launcher;

import cloudrl.api.Scenario;
import cloudrl.env.ReferenceScenario;
import cloudrl.plugins.PluginCatalog;
import cloudrl.plugins.ScenarioChoice;

import picocli.CommandLine.Option;

/**
 * The {@code --scenario ID|FILE} option, as a picocli mixin: a built-in or plugin scenario by id,
 * or a JSON scenario file; the reference scenario when absent.
 */
final class ScenarioOption {

    @Option(names = "--scenario", paramLabel = "ID|FILE",
            description = "scenario to play: an id (see 'cloudrl scenarios') or a .json scenario file (default: "
                    + ReferenceScenario.ID + "); --task, --workload, --reward and --param override its parts")
    String scenario;

    /** The chosen scenario, its parts checked against {@code catalog}. */
    Scenario resolve(PluginCatalog catalog) {
        return ScenarioChoice.resolve(scenario, catalog);
    }
}
