package cloudrl.plugins;

import cloudrl.api.Part;
import cloudrl.api.PlugPoint;
import cloudrl.api.Provider;
import cloudrl.api.Scenario;
import cloudrl.env.ReferenceScenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scenario written as a plain JSON file, composing existing parts with parameters, no Java
 * needed. Every field is optional and defaults to the reference scenario's:
 *
 * <pre>{@code
 * {
 *   "id": "my-diurnal", "description": "diurnal traffic, 2-step boot",
 *   "workload": {"id": "diurnal", "parameters": {"period": 50}}, "task": "medium",
 *   "actions": {"id": "steps", "parameters": {"k": 2}},
 *   "fleet": {"id": "standard", "parameters": {"bootSteps": 2}},
 *   "reward": "seed-shaped",
 *   "constraints": [{"id": "budget", "parameters": {"total": 20}}],
 *   "features": ["booting-servers", "cost-so-far"],
 *   "maxSteps": 100, "initialServers": [3]
 * }
 * }</pre>
 *
 * A part is an id or {@code {"id": ..., "parameters": {...}}}. Every problem is one line naming the
 * file, the field and what is allowed.
 */
public final class ScenarioFile {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("id", "description", "workload", "task", "actions", "fleet",
            "reward", "constraints", "features", "maxSteps", "initialServers");

    private ScenarioFile() {
    }

    /**
     * The scenario in {@code file}, each part checked against {@code catalog}.
     *
     * @throws IllegalArgumentException naming the file, the field and what is allowed
     */
    public static Scenario read(Path file, PluginCatalog catalog) {
        String where = file.toString();
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("scenario file " + where + " is a directory: give a .json file");
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException notJson) {
            throw new IllegalArgumentException("scenario file " + where + " is not JSON: "
                    + notJson.getOriginalMessage().lines().findFirst().orElse("") + " at line "
                    + notJson.getLocation().getLineNr());
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("scenario file " + where + " cannot be read: " + unreadable.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("scenario file " + where + " must hold one JSON object, {...}");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException(where + ": field '" + name + "' is not allowed: the fields are "
                        + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        Scenario base = ReferenceScenario.scenario();
        String fallbackId = file.getFileName().toString().replaceFirst("\\.json$", "").toLowerCase()
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String id = text(root, "id", fallbackId.isEmpty() || !fallbackId.matches(Provider.ID_PATTERN) ? "scenario"
                : fallbackId, where);
        Scenario scenario;
        try {
            scenario = new Scenario(id, text(root, "description", "scenario file " + file.getFileName(), where),
                    part(root, "workload", base.workload(), where, PlugPoint.WORKLOAD, catalog),
                    text(root, "task", base.task(), where),
                    part(root, "actions", base.actions(), where, PlugPoint.ACTIONS, catalog),
                    part(root, "fleet", base.fleet(), where, PlugPoint.FLEET, catalog),
                    part(root, "reward", base.reward(), where, PlugPoint.REWARD, catalog),
                    parts(root, "constraints", where, PlugPoint.CONSTRAINT, catalog),
                    parts(root, "features", where, PlugPoint.FEATURE, catalog),
                    integer(root, "maxSteps", base.maxSteps(), where),
                    integers(root, "initialServers", base.initialServers(), where));
        } catch (IllegalArgumentException bad) {
            throw bad.getMessage().startsWith(where) ? bad : new IllegalArgumentException(where + ": " + bad.getMessage());
        }
        try {
            new DynamicsAssembly(catalog).dynamics(Composition.of(scenario, Map.of(), Map.of()));
        } catch (IllegalArgumentException misfit) {
            throw new IllegalArgumentException(where + ": " + misfit.getMessage());
        }
        return scenario;
    }

    private static String text(JsonNode root, String field, String fallback, String where) {
        JsonNode node = root.get(field);
        if (node == null) {
            return fallback;
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException(where + ": field '" + field + "' must be a string, not " + node);
        }
        return node.asText();
    }

    private static int integer(JsonNode root, String field, int fallback, String where) {
        JsonNode node = root.get(field);
        if (node == null) {
            return fallback;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw new IllegalArgumentException(where + ": field '" + field + "' must be a whole number, not " + node);
        }
        return node.asInt();
    }

    private static List<Integer> integers(JsonNode root, String field, List<Integer> fallback, String where) {
        JsonNode node = root.get(field);
        if (node == null) {
            return fallback;
        }
        List<Integer> values = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode entry : node) {
                if (!entry.isIntegralNumber() || !entry.canConvertToInt()) {
                    throw new IllegalArgumentException(where + ": field '" + field
                            + "' must list whole numbers, one per server type, not " + node);
                }
                values.add(entry.asInt());
            }
            return values;
        }
        throw new IllegalArgumentException(where + ": field '" + field
                + "' must be a list of whole numbers, one per server type, such as [3]");
    }

    private static List<Part> parts(JsonNode root, String field, String where, PlugPoint point, PluginCatalog catalog) {
        JsonNode node = root.get(field);
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(where + ": field '" + field + "' must be a list of parts, [...]");
        }
        List<Part> parts = new ArrayList<>();
        int index = 0;
        for (JsonNode entry : node) {
            parts.add(toPart(entry, field + "[" + index++ + "]", where, point, catalog));
        }
        return parts;
    }

    private static Part part(JsonNode root, String field, Part fallback, String where, PlugPoint point,
                             PluginCatalog catalog) {
        JsonNode node = root.get(field);
        return node == null ? fallback : toPart(node, field, where, point, catalog);
    }

    private static Part toPart(JsonNode node, String field, String where, PlugPoint point, PluginCatalog catalog) {
        String id;
        Map<String, String> parameters = new LinkedHashMap<>();
        if (node.isTextual()) {
            id = node.asText();
        } else if (node.isObject() && node.get("id") != null && node.get("id").isTextual()) {
            id = node.get("id").asText();
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!name.equals("id") && !name.equals("parameters")) {
                    throw new IllegalArgumentException(where + ": field '" + field + "." + name
                            + "' is not allowed: a part has an id and parameters");
                }
            }
            JsonNode given = node.get("parameters");
            if (given != null) {
                if (!given.isObject()) {
                    throw new IllegalArgumentException(where + ": field '" + field
                            + ".parameters' must be an object of name: value");
                }
                for (Iterator<Map.Entry<String, JsonNode>> entries = given.fields(); entries.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = entries.next();
                    if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
                        throw new IllegalArgumentException(where + ": field '" + field + ".parameters."
                                + entry.getKey() + "' must be a number, a string or true/false");
                    }
                    parameters.put(entry.getKey(), entry.getValue().asText());
                }
            }
        } else {
            throw new IllegalArgumentException(where + ": field '" + field + "' must be a " + point.id()
                    + " id or {\"id\": ..., \"parameters\": {...}}");
        }
        try {
            Provider provider = catalog.find(point, id).provider();
            cloudrl.api.Parameters.of(provider, parameters);
        } catch (IllegalArgumentException | IllegalStateException unknown) {
            throw new IllegalArgumentException(where + ": field '" + field + "': " + unknown.getMessage());
        }
        return new Part(id, parameters);
    }
}
