package cloudrl.launcher;

import cloudrl.plugins.DisabledPlugins;
import cloudrl.plugins.Plugin;
import cloudrl.plugins.PluginDirectory;
import cloudrl.plugins.PluginState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code cloudrl plugins disable} and {@code enable}: add a plugin to, or take it off, the
 * disabled-plugins file beside the plugins directory ({@link DisabledPlugins}).
 */
abstract class PluginSwitchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID|FILE", description = "the plugin's id or its file (or folder) name")
    String plugin;

    @Mixin
    PluginsOption plugins;

    /** Switches the plugin {@code named} in {@code directory}, printing what was done. */
    abstract void apply(PluginDirectory directory, DisabledPlugins disabled, Optional<Plugin> named, Printer printer);

    @Override
    public void run() {
        String named = plugin.strip();
        PluginDirectory directory = plugins.pluginDirectory();
        DisabledPlugins disabled = DisabledPlugins.of(directory.path());
        List<Plugin> all = directory.discover().plugins();
        Optional<Plugin> match = all.stream()
                .filter(candidate -> candidate.id().equals(named) || candidate.fileName().equals(named)).findFirst();
        if (match.isEmpty() && !disabled.entries().contains(named)) {
            throw new IllegalArgumentException("plugin '" + named + "' is not allowed: " + directory.path()
                    + (all.isEmpty() ? " holds no plugins"
                            : " holds " + all.stream().map(found -> found.id() + " (" + found.fileName() + ")")
                                    .collect(Collectors.joining(", "))));
        }
        Printer printer = new Printer(spec.commandLine().getOut());
        apply(directory, disabled, match, printer);
        printer.flush();
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Switch a plugin off: CloudRL skips it, with a note, until it is enabled again."
                    + " It is listed in a file beside the plugins directory (plugins.disabled for plugins/).")
    static final class Disable extends PluginSwitchCommand {

        @Override
        void apply(PluginDirectory directory, DisabledPlugins disabled, Optional<Plugin> named, Printer printer) {
            Plugin target = named.orElseThrow();
            if (target.state() == PluginState.DISABLED) {
                printer.line("plugin %s (%s) is already disabled in %s", target.id(), target.location(), disabled.file());
                return;
            }
            disabled.with(plugin.strip()).write();
            printer.line("disabled plugin %s (%s): CloudRL skips it; listed in %s", target.id(), target.location(),
                    disabled.file());
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true,
            description = "Switch a disabled plugin back on: take it off the disabled-plugins file.")
    static final class Enable extends PluginSwitchCommand {

        @Override
        void apply(PluginDirectory directory, DisabledPlugins disabled, Optional<Plugin> named, Printer printer) {
            if (named.isEmpty()) {
                // listed, but no such plugin is in the folder any more
                disabled.without(plugin.strip()).write();
                printer.line("removed '%s' from %s; no plugin of that name is in %s", plugin.strip(), disabled.file(),
                        directory.path());
                return;
            }
            Plugin target = named.get();
            if (target.state() != PluginState.DISABLED) {
                printer.line("plugin %s (%s) is not disabled; it is %s", target.id(), target.location(), target.state().id());
                return;
            }
            disabled.without(target).write();
            printer.line("enabled plugin %s (%s); removed from %s", target.id(), target.location(), disabled.file());
        }
    }
}
