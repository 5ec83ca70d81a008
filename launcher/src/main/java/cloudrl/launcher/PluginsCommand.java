package cloudrl.launcher;

import cloudrl.api.Parameter;
import cloudrl.api.PlugPoint;
import cloudrl.plugins.FoundProvider;
import cloudrl.plugins.PluginCatalog;
import cloudrl.plugins.PluginDirectory;
import cloudrl.plugins.PluginState;
import cloudrl.api.ApiVersion;
import cloudrl.plugins.DisabledPlugins;
import cloudrl.plugins.Plugin;
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
 * then every plugin with its id, version, API version and state; {@code disable} and
 * {@code enable} switch a plugin off and on.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List every provider (policies, rewards, workloads, action schemes, fleet models,"
                + " constraints, observation features and scenarios), built in or from the plugins directory, with"
                + " its id, description, parameters with defaults, and source. Then list every plugin with its id,"
                + " version, the cloudrl.api version it was built against, and its state (started, disabled or"
                + " failed, with the reason). 'cloudrl plugins disable ID|FILE' and 'cloudrl plugins enable"
                + " ID|FILE' switch a plugin off and on.",
        subcommands = {PluginSwitchCommand.Disable.class, PluginSwitchCommand.Enable.class})
final class PluginsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "one JSON object per provider, one per line, then one per plugin")
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
        printPlugins(directory, catalog, printer);
    }

    private static void printPlugins(PluginDirectory directory, PluginCatalog catalog, Printer printer) {
        printer.line();
        List<Plugin> plugins = catalog.plugins();
        printer.line("Plugins, %d found (cloudrl.api %s running; disabled ones listed in %s):", plugins.size(),
                ApiVersion.CURRENT, DisabledPlugins.of(directory.path()).file());
        if (plugins.isEmpty()) {
            return;
        }
        int idWidth = Math.max(2, plugins.stream().mapToInt(plugin -> plugin.id().length()).max().orElse(0));
        int versionWidth = Math.max(7, plugins.stream().mapToInt(plugin -> plugin.versionLabel().length()).max().orElse(0));
        String row = "  %-" + idWidth + "s  %-" + versionWidth + "s  %-9s  %-8s  %s";
        printer.line(row, "id", "version", "built for", "state", "source");
        for (Plugin plugin : plugins) {
            printer.line(row, plugin.id(), plugin.versionLabel(), plugin.apiVersion().map(ApiVersion::toString).orElse("?"),
                    plugin.state().id(), plugin.location());
            if (plugin.reason() != null) {
                // a disabled plugin's reason says so itself
                printer.line("  %-" + idWidth + "s  %s%s", "", plugin.state() == PluginState.FAILED ? "failed: " : "",
                        plugin.reason());
            }
            if (plugin.apiNote() != null && plugin.state() != PluginState.FAILED) {
                printer.line("  %-" + idWidth + "s  note: %s", "", plugin.apiNote());
            }
        }
    }

    /** One provider as JSON: its parameters keyed by name, in declared order. */
    record ProviderJson(String kind, String id, String description, Map<String, ParameterJson> parameters,
                        String source, String plugin) {

        static ProviderJson of(FoundProvider found, String plugin) {
            Map<String, ParameterJson> parameters = new LinkedHashMap<>();
            for (Parameter parameter : found.provider().parameters()) {
                parameters.put(parameter.name(), new ParameterJson(parameter.defaultValue(), parameter.description()));
            }
            return new ProviderJson(found.plugPoint().id(), found.id(), found.provider().description(), parameters,
                    found.source().toString(), plugin);
        }
    }

    /** A parameter's default and description. */
    record ParameterJson(@JsonProperty("default") String defaultValue, String description) {
    }

    /** A plugin with its version, the API it was built against, its state and why. */
    record PluginJson(String plugin, String version, String apiVersion, String state, String reason, String note,
                      String source) {
    }

    private static void printJson(PluginCatalog catalog, Printer printer) {
        for (FoundProvider found : catalog.providers()) {
            printer.raw(JsonLine.of(ProviderJson.of(found, catalog.plugin(found).map(Plugin::id).orElse(null))));
        }
        for (Plugin plugin : catalog.plugins()) {
            printer.raw(JsonLine.of(new PluginJson(plugin.id(), plugin.version(),
                    plugin.apiVersion().map(ApiVersion::toString).orElse(null), plugin.state().id(), plugin.reason(),
                    plugin.apiNote(), plugin.location().toString())));
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
            case ACTIONS -> "Action schemes";
            case FLEET -> "Fleet models";
            case CONSTRAINT -> "Constraints";
            case FEATURE -> "Observation features";
            case SCENARIO -> "Scenarios";
        };
    }
}
