package cloudrl.launcher;

import cloudrl.env.Task;
import cloudrl.policy.HpaPolicy;
import cloudrl.api.PlugPoint;
import cloudrl.plugins.Choice;
import cloudrl.plugins.Selection;
import cloudrl.ui.swing.ExplorerOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code plot} and {@code gui} as a user meets them, without a display. */
class ExplorerCommandsTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void noDisplay() {
        // as on a server: AWT reads this once, before its first use in this JVM
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void plotWritesAPngAndSaysWhatItDrew(@TempDir Path folder) throws Exception {
        Path png = folder.resolve("episode.png");
        int exit = run("plot", "--task", "easy", "--seed", "2", "--out", png.toString());
        assertEquals(0, exit, err.toString());
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8));
        assertTrue(bytes.length > 20_000, "a chart image, not an empty one: " + bytes.length + " bytes");
        assertEquals("wrote " + png + " (1200 x 900): easy, seed 2, 100 steps, ended by the time limit, "
                + "final score 0.5721, passed", out.toString().strip());
    }

    @Test
    void plotIntoAMissingFolderIsRefusedInOneLineBeforePlaying(@TempDir Path folder) {
        Path png = folder.resolve("missing").resolve("episode.png");
        assertEquals(ErrorReporter.BAD_INPUT, run("plot", "--out", png.toString()));
        assertEquals("cloudrl plot: --out: cannot write " + png + ": directory " + png.getParent() + " does not exist",
                err.toString().strip());
        assertTrue(Files.notExists(png.getParent()));
    }

    @Test
    void plotRefusesAnImpossibleSize(@TempDir Path folder) {
        assertEquals(ErrorReporter.BAD_INPUT, run("plot", "--width", "5", "--out", folder.resolve("x.png").toString()));
        assertEquals("cloudrl plot: width 5 is not allowed: must be 300 to 8000 pixels", err.toString().strip());
    }

    @Test
    void guiWithoutADisplaySuggestsPlotInOneLine() {
        assertEquals(ErrorReporter.FAILED, run("gui", "--task", "hard", "--seed", "5"));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("cloudrl gui: no display to open a window on"), message);
        assertTrue(message.endsWith("'cloudrl plot --task hard --seed 5' draws the charts to a PNG instead"), message);
    }

    private int run(String... args) {
        return CloudRl.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void plotPlaysTheChosenPolicyOnTheChosenWorkload(@TempDir Path folder) {
        Path png = folder.resolve("hpa.png");
        int exit = run("plot", "--task", "hard", "--seed", "3", "--policy", "hpa", "--workload", "bursty",
                "--out", png.toString());
        assertEquals(0, exit, err.toString());
        assertTrue(Files.exists(png));
        assertTrue(out.toString().startsWith("wrote " + png), out.toString());
    }

    @Test
    void plotWithAnUnknownPolicyWritesNothing(@TempDir Path folder) {
        Path png = folder.resolve("none.png");
        assertEquals(ErrorReporter.BAD_INPUT, run("plot", "--policy", "nope", "--out", png.toString()));
        assertTrue(err.toString().contains("unknown policy 'nope'"), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(Files.notExists(png));
    }

    @Test
    void theCommandLineFillsTheExplorersSetUpIn(@TempDir Path plugins) {
        var plugPoints = new CommandLine(new GuiCommand()).parseArgs("--policy", "hpa", "--param", "policy.target=50",
                "--workload", "ar1", "--plugins", plugins.toString());
        GuiCommand gui = (GuiCommand) plugPoints.commandSpec().userObject();
        var assembly = gui.plugPoints.assembly(new PrintWriter(new StringWriter()), null);
        ExplorerOptions options = ExplorerChoices.apply(ExplorerOptions.defaults().startingWith(Task.EASY, 5), assembly,
                gui.plugPoints.selection(), gui.plugPoints.plugins.pluginDirectory().path());
        assertEquals(gui.plugPoints.selection(), options.selection());
        assertEquals(plugins, options.pluginFolder(), "the plugins folder is watched");
        // every discovered policy is on offer, the oracle too: the form says when it cannot plan for ar1
        assertEquals(assembly.catalog().ids(PlugPoint.POLICY), options.workbench().ids(PlugPoint.POLICY));
        String oracleProblem = options.workbench().problem(Task.EASY, new Selection(Choice.of("oracle"),
                gui.plugPoints.selection().reward(), gui.plugPoints.selection().workload())).orElseThrow();
        assertTrue(oracleProblem.contains("oracle plays exact plans only"), oracleProblem);
        // the chosen workload reaches the explorer's environments, made with the --seed as the command line makes them
        assertEquals(assembly.environment(Task.EASY, gui.plugPoints.selection(), 5).reset(1),
                options.environments().apply(Task.EASY).reset(1));
        // the heuristic acts through the scheme, so it comes wrapped: the wrapper names it
        String played = options.policy().factory().apply(Task.EASY).toString();
        assertTrue(played.startsWith("HpaPolicy[target=50.0"), played);
        assertEquals("hpa {target=50}", options.policy().name());
    }

    @Test
    void theCommandLinesScenarioReachesTheExplorersEnvironments(@TempDir Path plugins) {
        var parsed = new CommandLine(new GuiCommand()).parseArgs("--scenario", "multi-step", "--plugins",
                plugins.toString());
        GuiCommand gui = (GuiCommand) parsed.commandSpec().userObject();
        var assembly = gui.plugPoints.assembly(new PrintWriter(new StringWriter()), null);
        ExplorerOptions options = ExplorerChoices.apply(ExplorerOptions.defaults().startingWith(Task.MEDIUM, 5),
                assembly, gui.plugPoints.selection(), gui.plugPoints.plugins.pluginDirectory().path());
        assertEquals("multi-step", options.selection().scenario());
        // the steps scheme with k = 3: remove 3 .. keep .. add 3, seven actions, as the command line builds them
        var played = options.environments().apply(Task.MEDIUM);
        assertEquals(7, played.actionSpace().n());
        assertEquals(assembly.environment(Task.MEDIUM, gui.plugPoints.selection(), 5).actionSpace(),
                played.actionSpace());
        assertEquals(assembly.environment(Task.MEDIUM, gui.plugPoints.selection(), 5).reset(1), played.reset(1));
    }

    @Test
    void aMissingDefaultPluginsFolderIsNotWatched(@TempDir Path parent) {
        var parsed = new CommandLine(new GuiCommand()).parseArgs();
        GuiCommand gui = (GuiCommand) parsed.commandSpec().userObject();
        ExplorerOptions options = ExplorerChoices.apply(ExplorerOptions.defaults(),
                gui.plugPoints.assembly(new PrintWriter(new StringWriter()), null), gui.plugPoints.selection(),
                parent.resolve("no-such-folder"));
        assertTrue(options.watchedFolder().isEmpty());
        assertTrue(options.policy().name().startsWith("threshold"), options.policy().name());
    }

    @Test
    void plotPlaysTheOracle(@TempDir Path folder) {
        Path png = folder.resolve("oracle.png");
        assertEquals(0, run("plot", "--task", "medium", "--policy", "oracle", "--out", png.toString()), err.toString());
        assertTrue(out.toString().contains("passed"), out.toString());
    }
}
