package cloudrl.launcher;

import cloudrl.api.Parameter;
import cloudrl.api.PlugPoint;
import cloudrl.plugins.FoundProvider;
import cloudrl.plugins.PluginCatalog;
import cloudrl.plugins.PluginDirectory;
import cloudrl.plugins.SkippedJar;
import com.fasterxml.jackson.annotation.JsonProperty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists every policy, reward and workload provider with its description, parameters and source,
 * then the plugin jars that were skipped; fails when two providers claim one id.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List every policy, reward and workload: built in, or from the jars in the plugins"
                + " directory. Shows each one's id, description, parameters with defaults, and source.")
final class PluginsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "one JSON object per provider, one per line, then one per skipped jar")
    boolean json;

    @Mixin
    PluginsOption plugins;

    @Override
    public void run() {
        PluginDirectory directory = plugins.pluginDirectory();
        PluginCatalog catalog = directory.discover();
        Printer printer = new Printer(spec.commandLine().getOut());
        if (json) {
            printJson(catalog, printer);
        } else {
            printText(directory, catalog, printer);
        }
        printer.flush();
        // listing first, so the user sees both sources of a clash; then fail
        catalog.requireNoConflicts();
    }

    private static void printText(PluginDirectory directory, PluginCatalog catalog, Printer printer) {
        printer.line("plugins directory: %s (%s%s)", directory.path().toAbsolutePath().normalize(),
                directory.explicit() ? "chosen" : "default",
                Files.isDirectory(directory.path()) ? "" : ", does not exist");
        for (PlugPoint point : PlugPoint.values()) {
            List<FoundProvider> providers = catalog.providers(point);
            printer.line();
            printer.line("%s (--%s ID), %d found:", heading(point), point.id(), providers.size());
            for (FoundProvider found : providers) {
                printer.line("  %-12s %s", found.id(), found.provider().description());
                printer.line("  %-12s source: %s", "", found.source());
                List<Parameter> parameters = found.provider().parameters();
                int width = parameters.stream().mapToInt(p -> setting(point, p).length()).max().orElse(0);
                for (Parameter parameter : parameters) {
                    printer.line("  %-12s   %-" + width + "s  %s", "", setting(point, parameter), parameter.description());
                }
            }
        }
        if (!catalog.skipped().isEmpty()) {
            printer.line();
            printer.line("skipped plugin jars, %d:", catalog.skipped().size());
            for (SkippedJar skipped : catalog.skipped()) {
                printer.line("  %s: %s", skipped.jar(), skipped.reason());
            }
        }
    }

    /** One provider as JSON: its parameters keyed by name, in declared order. */
    record ProviderJson(String kind, String id, String description, Map<String, ParameterJson> parameters,
                        String source) {

        static ProviderJson of(FoundProvider found) {
            Map<String, ParameterJson> parameters = new LinkedHashMap<>();
            for (Parameter parameter : found.provider().parameters()) {
                parameters.put(parameter.name(), new ParameterJson(parameter.defaultValue(), parameter.description()));
            }
            return new ProviderJson(found.plugPoint().id(), found.id(), found.provider().description(), parameters,
                    found.source().toString());
        }
    }

    /** A parameter's default and description. */
    record ParameterJson(@JsonProperty("default") String defaultValue, String description) {
    }

    /** A jar that was skipped, and why. */
    record SkippedJson(String skipped, String reason) {
    }

    private static void printJson(PluginCatalog catalog, Printer printer) {
        for (FoundProvider found : catalog.providers()) {
            printer.raw(JsonLine.of(ProviderJson.of(found)));
        }
        for (SkippedJar skipped : catalog.skipped()) {
            printer.raw(JsonLine.of(new SkippedJson(skipped.jar().toString(), skipped.reason())));
        }
    }

    /** How the parameter is given on the command line, at its default: {@code workload.period=100}. */
    private static String setting(PlugPoint point, Parameter parameter) {
        return point.id() + "." + parameter.name() + "=" + parameter.defaultValue();
    }

    private static String heading(PlugPoint point) {
        return switch (point) {
            case POLICY -> "Policies";
            case REWARD -> "Rewards";
            case WORKLOAD -> "Workloads";
        };
    }
}
