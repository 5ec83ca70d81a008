package cloudrl.plugins;

import cloudrl.api.PlugPoint;
import cloudrl.api.Scenario;
import cloudrl.env.ReferenceScenario;

import java.nio.file.Files;
import java.nio.file.Path;

/** What {@code --scenario ID|FILE} names: a built-in or plugin scenario by id, or a JSON file. */
public final class ScenarioChoice {

    private ScenarioChoice() {
    }

    /**
     * The scenario {@code text} names: {@code null} for the reference, a path ending in {@code .json}
     * or naming an existing file for a scenario file, else an id.
     *
     * @throws IllegalArgumentException for an unknown id (listing the known ones) or a bad file
     */
    public static Scenario resolve(String text, PluginCatalog catalog) {
        if (text == null) {
            return catalog.ids(PlugPoint.SCENARIO).contains(ReferenceScenario.ID)
                    ? catalog.scenario(ReferenceScenario.ID) : ReferenceScenario.scenario();
        }
        String written = text.strip();
        Path path = Path.of(written);
        if (written.endsWith(".json") || written.contains("/") || Files.isRegularFile(path)) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("scenario file " + written + " does not exist: give a scenario id"
                        + " (see 'cloudrl scenarios') or the path of a .json file");
            }
            return ScenarioFile.read(path, catalog);
        }
        try {
            return catalog.scenario(written);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown scenario '" + written + "': choose one of "
                    + String.join(", ", catalog.ids(PlugPoint.SCENARIO)) + ", or give a .json scenario file"
                    + " (see 'cloudrl scenarios')");
        }
    }
}
