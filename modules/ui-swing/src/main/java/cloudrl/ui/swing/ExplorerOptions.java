package cloudrl.ui.swing;

import cloudrl.env.CloudEnvironment;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.Task;
import cloudrl.plugins.PluginCatalog;
import cloudrl.plugins.PluginDiscovery;
import cloudrl.plugins.Selection;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.prefs.Preferences;

/**
 * How the explorer window starts. The set-up form starts filled in with {@code selection} (what the
 * command line chose), offers every provider of the workbench's catalog, and checks each change
 * against it.
 *
 * @param task         the task of the first episode
 * @param seed         the seed of the first episode
 * @param workbench    the providers on offer, the physics, and the seed providers are created with
 * @param selection    the policy, reward and workload the form starts with, with their parameters
 * @param pluginFolder the folder to watch for plugin jars while the window is open; {@code null} to watch none
 * @param preferences  where the window remembers its size and theme
 */
public record ExplorerOptions(Task task, long seed, Workbench workbench, Selection selection, Path pluginFolder,
                              Preferences preferences) {

    public ExplorerOptions {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(workbench, "workbench");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(preferences, "preferences");
    }

    /** Task medium, seed 0, the built-in providers with the reference set-up, no folder watched, this user's preferences. */
    public static ExplorerOptions defaults() {
        return new ExplorerOptions(Task.MEDIUM, 0, new Workbench(PluginDiscovery.builtIns(), EnvironmentConfig.defaults(),
                0), Selection.defaults(), null, Preferences.userNodeForPackage(ExplorerOptions.class));
    }

    /** These options with another first task and seed; the seed also creates the providers, as {@code --seed} does. */
    public ExplorerOptions startingWith(Task firstTask, long firstSeed) {
        return new ExplorerOptions(firstTask, firstSeed, new Workbench(workbench.catalog(), workbench.config(), firstSeed),
                selection, pluginFolder, preferences);
    }

    /** These options offering {@code catalog}'s providers, the form filled in with {@code chosen}. */
    public ExplorerOptions withSetup(PluginCatalog catalog, Selection chosen) {
        return new ExplorerOptions(task, seed, workbench.with(catalog), chosen, pluginFolder, preferences);
    }

    /** These options building every environment in {@code config} (episode length, physics). */
    public ExplorerOptions withConfig(EnvironmentConfig config) {
        return new ExplorerOptions(task, seed, workbench.with(config), selection, pluginFolder, preferences);
    }

    /** These options watching {@code folder} for plugin jars dropped in or removed while the window is open. */
    public ExplorerOptions watching(Path folder) {
        return new ExplorerOptions(task, seed, workbench, selection, folder, preferences);
    }

    /** These options remembering size and theme in {@code node}. */
    public ExplorerOptions withPreferences(Preferences node) {
        return new ExplorerOptions(task, seed, workbench, selection, pluginFolder, node);
    }

    /** The folder watched for plugins, if any. */
    public Optional<Path> watchedFolder() {
        return Optional.ofNullable(pluginFolder);
    }

    /** Each task's environment as the starting selection names it. */
    public Function<Task, CloudEnvironment> environments() {
        return workbench.environments(selection);
    }

    /** The starting selection's policy, as the explorer plays it. */
    public PolicyChoice policy() {
        return workbench.policyChoice(selection);
    }
}
