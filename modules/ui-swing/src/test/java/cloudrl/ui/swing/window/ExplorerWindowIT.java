package cloudrl.ui.swing.window;

import cloudrl.api.Action;
import cloudrl.api.PlugPoint;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.PluginDiscovery;
import cloudrl.plugins.Selection;
import cloudrl.ui.swing.chart.ComparisonCharts;
import cloudrl.ui.swing.inspect.StateGrid;
import cloudrl.env.Task;
import cloudrl.policy.ThresholdPolicy;
import cloudrl.ui.swing.Explorer;
import cloudrl.ui.swing.ExplorerHandle;
import cloudrl.ui.swing.ExplorerOptions;
import cloudrl.ui.swing.present.GradeText;
import cloudrl.ui.swing.present.MetricsText;
import cloudrl.ui.swing.present.Theme;
import cloudrl.ui.swing.session.ExplorerFrame;
import cloudrl.ui.swing.session.ExplorerSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JList;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.SwingUtilities;
import javax.swing.plaf.basic.BasicSliderUI;
import javax.swing.plaf.basic.ComboPopup;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives the real window with a {@link Robot}: mouse clicks and key presses, as a person would. Needs
 * a display (CI runs it under xvfb-run); without one it is skipped and says why. Prints the time from
 * opening to a visible window and the time to play a 100-step episode at full speed with live charts.
 */
class ExplorerWindowIT {

    private static final long TIMEOUT_SECONDS = 30;
    private static final Path SHOTS = Path.of("target", "screenshots");

    private static Preferences preferences;
    private static ExplorerWindow window;
    private static Robot robot;

    @BeforeEach
    void display() {
        boolean display = !GraphicsEnvironment.isHeadless();
        if (!display) {
            System.out.println("ExplorerWindowIT skipped: no display (DISPLAY is not set); run under xvfb-run");
        }
        assumeTrue(display, "no display (DISPLAY is not set); run under xvfb-run");
        preferences = Preferences.userRoot().node("cloudrl-window-test-" + UUID.randomUUID());
    }

    @AfterAll
    static void closeWindow() throws Exception {
        if (window != null) {
            SwingUtilities.invokeAndWait(window::close);
        }
        if (preferences != null) {
            preferences.removeNode();
        }
    }

    @Test
    void drivesEpisodesThroughTheRealWindow() throws Exception {
        Path plugins = Files.createTempDirectory("cloudrl-watched-plugins");
        ExplorerOptions options = ExplorerOptions.defaults().startingWith(Task.MEDIUM, 0).withPreferences(preferences)
                .withSetup(PluginDiscovery.builtIns(), Selection.defaults()).watching(plugins);
        long opening = System.nanoTime();
        ExplorerHandle handle = Explorer.open(options);
        window = ExplorerWindow.of((JFrame) handle.window());
        Rectangle usable = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        assertTrue(onEdt(() -> window.frame().getWidth() <= usable.width && window.frame().getHeight() <= usable.height),
                "the window fits the screen's usable area " + usable);
        waitUntil("the window shows the first state",
                () -> window.frame().isShowing() && "0 / 100".equals(window.metrics().step.getText()));
        long visibleMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - opening);
        System.out.printf(Locale.ROOT, "explorer: window visible with the first state %d ms after open"
                + " (%d ms after the JVM started)%n", visibleMillis, ProcessHandle.current().info().startInstant()
                .map(started -> java.time.Duration.between(started, java.time.Instant.now()).toMillis()).orElse(-1L));
        robot = new Robot();
        robot.setAutoDelay(15);
        robot.waitForIdle();
        // the keyboard focus starts where the shortcuts work: ↑ adds a server without a click first
        waitUntil("the window has the focus", () -> window.frame().isFocused());
        assertTrue(onEdt(() -> !(java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner()
                instanceof javax.swing.text.JTextComponent)), "no text field has the focus at start");
        key(KeyEvent.VK_UP);
        waitUntil("↑ works at once", () -> "1 / 100".equals(window.metrics().step.getText()));
        assertEquals("4", text(() -> window.metrics().servers.getText()));

        setSpeedToFull();
        drivenByHandThenPlayedToTheEnd();
        shortcutsAndBadInput();
        timedFullSpeedEpisode();
        themes();
        exports();
        setUpInTheForm();
        compareTwoPolicies();
        inspectTheOracle();
        pluginsDroppedIn(plugins);
        scenariosInTheForm();
        traceScenario();

        onEdtRun(window::close);
        assertTrue(window.awaitClosed(5, TimeUnit.SECONDS));
        assertEquals(window.frame().getWidth(), preferences.getInt("window.width", -1), "size remembered");
        window = null;
    }

    /**
     * A 10,000-step episode (maintain on easy never ends early) played at full speed: the window
     * keeps answering while the charts grow to 10,001 points. Prints the charts' paint times, how
     * long the event thread took to answer probes posted every 100 ms, and how long a click on a
     * tab took to show. A diagnostic, not a timed test: nothing here asserts a duration.
     */
    @Test
    void keepsAnsweringWhileALongEpisodePlaysAtFullSpeed() throws Exception {
        ExplorerOptions options = ExplorerOptions.defaults().startingWith(Task.EASY, 0).withPreferences(preferences)
                .withConfig(cloudrl.env.EnvironmentConfig.defaults().toBuilder().maxSteps(10_000).build())
                .withSetup(PluginDiscovery.builtIns(), Selection.of("maintain", null, null, List.of()));
        window = ExplorerWindow.of((JFrame) Explorer.open(options).window());
        waitUntil("the long episode's first state", () -> "0 / 10000".equals(window.metrics().step.getText()));
        robot = new Robot();
        robot.setAutoDelay(15);
        robot.waitForIdle();
        setSpeedToFull();
        onEdtRun(window::clearFrameTimes);
        // probes posted to the event thread every 20 ms from another thread: how long each waits to run
        List<Long> waits = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.atomic.AtomicBoolean probing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread prober = new Thread(() -> {
            while (probing.get()) {
                long posted = System.nanoTime();
                SwingUtilities.invokeLater(() -> waits.add(System.nanoTime() - posted));
                try {
                    Thread.sleep(20);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }, "explorer-probe");
        int compareTab = onEdt(() -> window.views().indexOfTab("Compare"));
        Point at = onEdt(() -> {
            Rectangle bounds = window.views().getBoundsAt(compareTab);
            Point origin = window.views().getLocationOnScreen();
            return new Point(origin.x + bounds.x + bounds.width / 2, origin.y + bounds.y + bounds.height / 2);
        });
        robot.setAutoDelay(0);
        robot.mouseMove(at.x, at.y);
        prober.start();
        long start = System.nanoTime();
        robot.keyPress(KeyEvent.VK_SPACE); // no waitForIdle: the test must not wait for the event thread here
        robot.keyRelease(KeyEvent.VK_SPACE);
        // a click on a tab right after Space, while the episode plays: the time until the tab shows
        long clicked = System.nanoTime();
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        waitUntil("the Compare tab", () -> window.views().getSelectedIndex() == compareTab, 1);
        boolean stillPlaying = onEdt(() -> !window.grade().showsReport());
        long clickMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - clicked);
        onEdtRun(() -> window.views().setSelectedIndex(0));
        waitUntil("the long episode's grade", () -> window.grade().showsReport(), 5);
        onEdtRun(() -> { });
        probing.set(false);
        prober.join();
        long worstProbe = 0;
        synchronized (waits) {
            for (long wait : waits) {
                worstProbe = Math.max(worstProbe, wait);
            }
        }
        int probes = waits.size();
        long playedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals("10000", text(() -> window.grade().steps.getText()));
        assertEquals(10_001, onEdt(() -> window.charts().data().points()), "the charts hold every step");
        String frames = onEdt(() -> window.frameTimes().summary());
        int drawn = onEdt(() -> window.charts().data().drawnPoints());
        System.out.printf(Locale.ROOT, "explorer: played a 10000-step episode at full speed in %d ms; episode charts"
                + " (%d points drawn per series): %s;"
                + " event thread answered %d probes within %.1f ms at worst; a click on a tab showed it in %d ms%s%n",
                playedMillis, drawn, frames, probes, worstProbe / 1e6, clickMillis,
                stillPlaying ? " (shown while still playing)" : " (shown after the episode ended)");
        onEdtRun(window::close);
        assertTrue(window.awaitClosed(5, TimeUnit.SECONDS));
        window = null;
    }

    /** Reset with seed 12, Increase, run 20 steps, then play the heuristic to the end (Space). */
    private void drivenByHandThenPlayedToTheEnd() throws Exception {
        typeInto(window.controls().seed, "12");
        click(window.controls().reset);
        waitUntil("reset to seed 12", () -> window.frame().getTitle().endsWith("seed 12")
                && "0 / 100".equals(window.metrics().step.getText()));

        click(window.controls().action(Action.INCREASE.index()));
        waitUntil("one step", () -> "1 / 100".equals(window.metrics().step.getText()));
        assertEquals("4", text(() -> window.metrics().servers.getText()));
        // the reference's unit scheme names its actions remove 1, keep, add 1 (cloudrl.env.fleet.UnitScheme)
        assertEquals("add 1", text(() -> window.metrics().lastAction.getText()));

        typeInto(((JSpinner.DefaultEditor) window.controls().runCount.getEditor()).getTextField(), "20");
        click(window.controls().run);
        waitUntil("twenty more steps", () -> "21 / 100".equals(window.metrics().step.getText()));

        // the same actions, replayed without a window, give the expected labels
        ExplorerSession replay = new ExplorerSession();
        replay.reset(Task.MEDIUM, 12);
        replay.step(Action.INCREASE);
        ExplorerFrame afterRun = replay.run(20, Action.MAINTAIN).get(19);
        assertMetricsShow(MetricsText.of(afterRun));

        key(KeyEvent.VK_SPACE);
        waitUntil("the grade after playing to the end", () -> window.grade().showsReport());
        ExplorerFrame last = afterRun;
        while (!replay.ended()) {
            last = replay.step(ThresholdPolicy.defaults());
        }
        assertMetricsShow(MetricsText.of(last));
        assertGradeShows(GradeText.of(last));
        assertEquals(ControlBar.PLAY, text(() -> window.controls().play.getText()));
        screenshot("explorer-driven.png");
    }

    /** R, the arrow keys, and a seed that is not a number. */
    private void shortcutsAndBadInput() throws Exception {
        key(KeyEvent.VK_R);
        waitUntil("R resets", () -> "0 / 100".equals(window.metrics().step.getText()) && !window.grade().showsReport());
        key(KeyEvent.VK_UP);
        waitUntil("↑ increases", () -> "1 / 100".equals(window.metrics().step.getText()));
        assertEquals("4", text(() -> window.metrics().servers.getText()));
        key(KeyEvent.VK_RIGHT);
        waitUntil("→ maintains", () -> "2 / 100".equals(window.metrics().step.getText()));
        assertEquals("keep", text(() -> window.metrics().lastAction.getText()));
        key(KeyEvent.VK_DOWN);
        waitUntil("↓ decreases", () -> "3 / 100".equals(window.metrics().step.getText()));
        assertEquals("3", text(() -> window.metrics().servers.getText()));

        typeInto(window.controls().seed, "abc");
        key(KeyEvent.VK_ENTER);
        waitUntil("an inline message for the bad seed", () -> window.controls().inputProblem.getText()
                .equals("seed 'abc' is not a whole number: type an integer such as 42"));
        assertEquals("3 / 100", text(() -> window.metrics().step.getText()), "a bad seed changes nothing");

        typeInto(((JSpinner.DefaultEditor) window.controls().runCount.getEditor()).getTextField(), "25");
        click(window.controls().run);
        waitUntil("an inline message for the bad step count", () -> window.controls().inputProblem.getText()
                .equals("run count '25' is not allowed: choose 1 to 20 steps"));
        assertEquals("3 / 100", text(() -> window.metrics().step.getText()), "a bad count changes nothing");
        typeInto(window.controls().seed, "abc");
        key(KeyEvent.VK_ENTER);
        assertTrue(window.frame().isShowing());
        screenshot("explorer-bad-seed.png");
    }

    /** Task easy, seed 2 (the heuristic keeps it stable for all 100 steps), Space at full speed. */
    private void timedFullSpeedEpisode() throws Exception {
        chooseTask(Task.EASY);
        typeInto(window.controls().seed, "2");
        key(KeyEvent.VK_ENTER);
        waitUntil("reset to easy, seed 2", () -> window.frame().getTitle().endsWith("easy · seed 2")
                && "0 / 100".equals(window.metrics().step.getText()));
        assertEquals(" ", text(() -> window.controls().inputProblem.getText()), "the seed message is gone");
        int framesBefore = onEdt(window::framesApplied);
        int batchesBefore = onEdt(window::batchesApplied);

        long start = System.nanoTime();
        key(KeyEvent.VK_SPACE);
        waitUntil("the 100-step episode ends", () -> window.grade().showsReport(), 1);
        onEdtRun(() -> { }); // the charts' repaint, queued with the last batch, has now run
        long playedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals("100", text(() -> window.grade().steps.getText()));
        assertEquals("time limit: all 100 steps stayed stable", text(() -> window.grade().endedBy.getText()));
        int frames = onEdt(window::framesApplied) - framesBefore;
        int batches = onEdt(window::batchesApplied) - batchesBefore;
        assertEquals(100, frames);
        assertEquals(101, onEdt(() -> window.charts().data().points()), "the charts hold every step");
        System.out.printf(Locale.ROOT, "explorer: played a 100-step episode at full speed with live charts in %d ms"
                + " (Space to grade shown; %d frames in %d batch(es))%n", playedMillis, frames, batches);
        screenshot("explorer-light.png");
    }

    /** File › Export writes the episode as CSV and the charts as PNG, and says so in the status line. */
    private void exports() throws Exception {
        Files.createDirectories(SHOTS);
        Path csv = SHOTS.resolve("episode.csv").toAbsolutePath();
        Path png = SHOTS.resolve("charts.png").toAbsolutePath();
        onEdt(() -> window.exportCsv(csv)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        waitUntil("the CSV notice", () -> window.status().getText().equals("saved " + csv));
        assertEquals(102, Files.readAllLines(csv).size(), "header, reset state and 100 steps");
        onEdt(() -> window.exportPng(png)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        waitUntil("the PNG notice", () -> window.status().getText().equals("saved " + png));
        assertEquals(EpisodeExports.WIDTH, ImageIO.read(png.toFile()).getWidth());
    }

    private void themes() throws Exception {
        keyWithControl(KeyEvent.VK_T);
        waitUntil("the dark theme", () -> window.theme() == Theme.DARK);
        robot.waitForIdle();
        onEdtRun(() -> { });
        screenshot("explorer-dark.png");
        assertEquals("dark", preferences.get("theme", ""));
        keyWithControl(KeyEvent.VK_T);
        waitUntil("the light theme", () -> window.theme() == Theme.LIGHT);
    }

    /** Set-up tab: diurnal traffic, a bad period then a good one, Apply; the episode is the command line's. */
    private void setUpInTheForm() throws Exception {
        clickTab(window.sideTabs(), "Set-up");
        SetupPanel setup = window.setup();
        choose(setup.section(PlugPoint.WORKLOAD).selector, "diurnal");
        waitUntil("diurnal's fields", () -> setup.section(PlugPoint.WORKLOAD).fields.containsKey("period"));
        typeInto(setup.section(PlugPoint.WORKLOAD).fields.get("period"), "abc");
        String expected = assertThrows(IllegalArgumentException.class, () -> new Assembly(PluginDiscovery.builtIns())
                .check(Selection.of(null, null, "diurnal", List.of("workload.period=abc")))).getMessage();
        waitUntil("the command line's message under the form", () -> setup.problem.getText().equals(expected));
        assertEquals("error", onEdt(() -> setup.section(PlugPoint.WORKLOAD).fields.get("period")
                .getClientProperty("JComponent.outline")));
        assertTrue(onEdt(() -> !setup.apply.isEnabled()), "a set-up that cannot be played cannot be applied");
        screenshot("explorer-setup.png");
        typeInto(setup.section(PlugPoint.WORKLOAD).fields.get("period"), "24");
        waitUntil("the form is ready", () -> setup.problem.getText().startsWith("✓ ready"));
        click(setup.apply);
        waitUntil("the set-up applied", () -> window.status().getText().startsWith("set up diurnal")
                && "0 / 100".equals(window.metrics().step.getText()));
        key(KeyEvent.VK_SPACE);
        waitUntil("the diurnal episode's grade", () -> window.grade().showsReport());
        // the same episode from the command line's assembly, without a window
        Selection diurnal = Selection.of(null, null, "diurnal", List.of("workload.period=24"));
        Assembly assembly = new Assembly(PluginDiscovery.builtIns());
        ExplorerSession replay = new ExplorerSession(task -> assembly.environment(task, diurnal, 0),
                new cloudrl.grader.EpisodeGrader());
        replay.reset(Task.EASY, 2);
        ExplorerFrame last = null;
        while (!replay.ended()) {
            last = replay.step(ThresholdPolicy.defaults());
        }
        assertGradeShows(GradeText.of(last));
        assertTrue(onEdt(() -> !window.grade().hindsight.isVisible()), "no hindsight row off a trace");
        assertTrue(onEdt(() -> !window.timeAxis().item.isEnabled()
                && TimeAxisChoice.NO_CLOCK.equals(window.timeAxis().item.getToolTipText())),
                "the time-of-day axis is disabled off a trace, and says why");
    }

    /**
     * Set-up tab: the nasa-boot scenario from NASA's minute 1440 (2 July 1995 00:00, UTC-4) in 5-minute
     * steps; the x axis shows clock times (on by default), Ctrl+D switches to steps and back; played to
     * the end, the grade shows the episode's hindsight optimum and the share reached, against the DP run
     * here on an environment of its own; then Compare adds the hindsight columns.
     */
    private void traceScenario() throws Exception {
        clickTab(window.sideTabs(), "Set-up");
        SetupPanel setup = window.setup();
        choose(setup.section(PlugPoint.SCENARIO).selector, "nasa-boot");
        waitUntil("the trace in the form", () -> "nasa-1995".equals(setup.section(PlugPoint.WORKLOAD).selectedId())
                && setup.section(PlugPoint.WORKLOAD).fields.containsKey("start"));
        typeInto(setup.section(PlugPoint.WORKLOAD).fields.get("start"), "1440");
        typeInto(setup.section(PlugPoint.WORKLOAD).fields.get("stepMinutes"), "5");
        waitUntil("the form is ready", () -> setup.problem.getText().startsWith("✓ ready"));
        click(setup.apply);
        waitUntil("the nasa-boot episode", () -> window.status().getText().endsWith("in scenario nasa-boot")
                && "0 / 100".equals(window.metrics().step.getText()));
        assertTrue(onEdt(() -> window.timeAxis().item.isEnabled() && window.timeAxis().item.isSelected()
                && TimeAxisChoice.ON_TRACE.equals(window.timeAxis().item.getToolTipText())));
        // step 0 is minute 1440, 2 July 1995 00:00; step 12 of 5 minutes is 01:00
        String title = "Time of day, UTC-04:00 (step 0: Sun 2 Jul 1995 00:00)";
        waitUntil("clock times under the charts", () -> {
            List<String> axis = window.charts().drawnTimeAxis();
            return axis.get(0).equals(title) && axis.contains("01:00") && axis.contains("2 Jul");
        });
        keyWithControl(KeyEvent.VK_D);
        waitUntil("step numbers again", () -> window.charts().drawnTimeAxis().get(0).equals("Step")
                && window.charts().drawnTimeAxis().contains("100"));
        assertEquals(false, preferences.getBoolean("axis.timeOfDay", true), "the choice is remembered");
        keyWithControl(KeyEvent.VK_D);
        waitUntil("clock times again", () -> window.charts().drawnTimeAxis().get(0).equals(title));

        // maintain holds its servers through most windows, so the episode shows the whole morning
        choose(window.controls().policy, "maintain");
        Selection played = onEdt(() -> window.selectionWith(null)).orElseThrow();
        Task task = onEdt(window::task);
        long seed = onEdt(window::seed);
        key(KeyEvent.VK_SPACE);
        waitUntil("the trace episode's grade", () -> window.grade().showsReport());
        // the same episode without a window, and its hindsight optimum from the DP on an environment of its own
        Assembly assembly = new Assembly(PluginDiscovery.builtIns());
        ExplorerSession replay = new ExplorerSession(built -> assembly.environment(built, played, 0),
                new cloudrl.grader.EpisodeGrader());
        replay.reset(task, seed);
        cloudrl.api.Policy policy = window.workbench().policyChoice(played).factory().apply(task);
        policy.reset();
        ExplorerFrame last = null;
        while (!replay.ended()) {
            last = replay.step(policy);
        }
        double optimum = cloudrl.evaluation.hindsight.HindsightOptimum.of(assembly.environment(task, played, 0), seed);
        String expected = GradeText.hindsight(new cloudrl.ui.swing.compare.Hindsight(optimum,
                last.cumulativeReward()));
        waitUntil("the hindsight figure in the grade", () -> window.grade().hindsight.isVisible()
                && window.grade().hindsight.getText().equals(expected));
        assertGradeShows(GradeText.of(last));
        scrollIntoView(window.grade().hindsight);
        screenshot("explorer-trace.png");

        // Compare on windows drawn from the seeds: back to a random start
        clickTab(window.sideTabs(), "Set-up");
        typeInto(setup.section(PlugPoint.WORKLOAD).fields.get("start"), "random");
        waitUntil("the form is ready", () -> setup.problem.getText().startsWith("✓ ready"));
        click(setup.apply);
        waitUntil("the random-start episode", () -> window.status().getText().endsWith("in scenario nasa-boot")
                && "0 / 100".equals(window.metrics().step.getText()));
        Selection randomStart = onEdt(() -> window.selectionWith(null)).orElseThrow();
        clickTab(window.views(), "Compare");
        ComparePanel compare = window.compare();
        typeInto(((JSpinner.DefaultEditor) compare.episodes.getEditor()).getTextField(), "10");
        key(KeyEvent.VK_ENTER);
        waitUntil("10 episodes", () -> Integer.valueOf(10).equals(compare.episodes.getValue()));
        key(KeyEvent.VK_ESCAPE);
        click(compare.compare);
        waitUntil("the trace comparison's table", () -> !compare.running() && compare.table.getRowCount() == 2
                && compare.table.getColumnCount() == ComparePanel.TRACE_COLUMNS.length);
        // maintain's share of the hindsight optimum over the same 10 episodes, by evaluate's own path
        Selection maintain = randomStart.withPolicy(cloudrl.plugins.Choice.of("maintain"));
        var environment = assembly.environment(task, maintain, 0);
        long[] seeds = cloudrl.evaluation.Evaluation.episodeSeeds(seed, 10);
        double[] rewards = new cloudrl.evaluation.Evaluation(new cloudrl.grader.EpisodeGrader()).play(environment,
                assembly.policy(maintain, 0, task, environment), seeds, done -> { }).cumulativeRewards();
        double[] optima = cloudrl.evaluation.hindsight.HindsightOptimum.of(assembly.environment(task, maintain, 0),
                seeds);
        double[] percents = new double[seeds.length];
        for (int i = 0; i < seeds.length; i++) {
            percents[i] = 100 * rewards[i] / optima[i];
        }
        var share = cloudrl.evaluation.MeanInterval.of(percents);
        assertEquals(String.format(Locale.ROOT, "%.1f [%.1f, %.1f] %%", share.mean(), share.low(), share.high()),
                onEdt(() -> compare.table.getValueAt(rowOf(compare, "maintain"), ComparePanel.TRACE_COLUMNS.length - 1)));
        // the seed's hindsight optimum is the dashed line over the cumulative rewards, found here by the DP itself
        String ceiling = ComparisonCharts.hindsightLabel(cloudrl.evaluation.hindsight.HindsightOptimum.of(
                assembly.environment(task, maintain, 0), seed));
        assertTrue(onEdt(() -> compare.rewardChart.getChart().getXYPlot().getRangeMarkers(
                org.jfree.chart.ui.Layer.FOREGROUND).stream().anyMatch(marker -> ceiling.equals(
                ((org.jfree.chart.plot.Marker) marker).getLabel()))), ceiling);
        // the time-of-day choice is on: the Compare charts' x axis names the shown seed's clock, read off its own environment
        var shownWindow = assembly.environment(task, maintain, 0);
        shownWindow.reset(seed);
        String compareTitle = cloudrl.ui.swing.chart.ClockTicks.axisLabel(
                cloudrl.workload.TraceWorkload.clockOf(shownWindow.workload()).orElseThrow());
        assertTrue(compareTitle.startsWith("Time of day, UTC-04:00"), compareTitle);
        assertEquals(compareTitle, onEdt(() -> compare.rewardChart.getChart().getXYPlot().getDomainAxis().getLabel()));
        screenshot("explorer-trace-compare.png");
        clickTab(window.views(), "Episode");
    }

    /**
     * Set-up tab: the multi-step scenario brings its traffic and seven action buttons with the scheme's
     * labels, ↑ still adds one server; diurnal-boot shows a server booting in the state panel and the
     * charts.
     */
    private void scenariosInTheForm() throws Exception {
        clickTab(window.sideTabs(), "Set-up");
        SetupPanel setup = window.setup();
        var catalog = PluginDiscovery.builtIns();
        Assembly assembly = new Assembly(catalog);
        choose(setup.section(PlugPoint.SCENARIO).selector, "multi-step");
        waitUntil("the scenario's traffic in the form", () -> "diurnal".equals(setup.section(PlugPoint.WORKLOAD)
                .selectedId()) && setup.problem.getText().startsWith("✓ ready"));
        click(setup.apply);
        waitUntil("the multi-step episode", () -> window.status().getText().endsWith("in scenario multi-step")
                && "0 / 100".equals(window.metrics().step.getText()));
        Selection multiStep = Selection.of(catalog.scenario("multi-step"), null, null, null, List.of());
        List<String> labels = assembly.environment(Task.MEDIUM, multiStep, 0).actionSpace().labels();
        assertEquals(7, labels.size());
        assertEquals(labels, onEdt(() -> window.controls().actions.stream()
                .map(button -> button.getText().substring(2)).toList()), "one button per label, in index order");
        key(KeyEvent.VK_UP);
        waitUntil("↑ adds one server under the steps scheme", () -> "1 / 100".equals(window.metrics().step.getText()));
        assertEquals("4", text(() -> window.metrics().servers.getText()));
        assertEquals(labels.get(4), text(() -> window.metrics().lastAction.getText()), "the scheme's label");

        clickTab(window.sideTabs(), "Set-up"); // Apply showed the state
        choose(setup.section(PlugPoint.SCENARIO).selector, "diurnal-boot");
        waitUntil("the form is ready", () -> setup.problem.getText().startsWith("✓ ready"));
        click(setup.apply);
        waitUntil("the diurnal-boot episode", () -> window.status().getText().endsWith("in scenario diurnal-boot")
                && "0 / 100".equals(window.metrics().step.getText()));
        assertEquals(3, onEdt(() -> window.controls().actions.size()));
        assertTrue(onEdt(() -> !window.metrics().budgetLeft.isVisible()), "no budget in diurnal-boot");
        click(window.controls().action(window.controls().named(ActionLabel.INCREASE).orElseThrow().index()));
        waitUntil("a server booting", () -> "1 / 100".equals(window.metrics().step.getText()));
        assertEquals("1", text(() -> window.metrics().booting.getText()));
        assertEquals("3", text(() -> window.metrics().servers.getText()));
        typeInto(((JSpinner.DefaultEditor) window.controls().runCount.getEditor()).getTextField(), "20");
        click(window.controls().run);
        waitUntil("twenty more steps", () -> "21 / 100".equals(window.metrics().step.getText()));
        screenshot("explorer-boot-delay.png");
    }

    /** Compare tab: threshold and maintain on easy, seed 2, 20 episodes each, against evaluate's figures. */
    private void compareTwoPolicies() throws Exception {
        clickTab(window.views(), "Compare");
        ComparePanel compare = window.compare();
        click(compare.policies.get("maintain"));
        waitUntil("maintain ticked", () -> compare.policies.get("maintain").isSelected());
        typeInto(((JSpinner.DefaultEditor) compare.episodes.getEditor()).getTextField(), "20");
        key(KeyEvent.VK_ENTER);
        waitUntil("20 episodes", () -> Integer.valueOf(20).equals(compare.episodes.getValue()));
        key(KeyEvent.VK_ESCAPE);
        click(compare.compare);
        waitUntil("the comparison's table", () -> !compare.running() && compare.table.getRowCount() == 2);
        Selection diurnal = Selection.of(null, null, "diurnal", List.of("workload.period=24"));
        Assembly assembly = new Assembly(PluginDiscovery.builtIns());
        var summary = new cloudrl.evaluation.Evaluation().run("easy", "threshold", assembly.environment(Task.EASY,
                diurnal, 0), ThresholdPolicy.defaults(), 20, 2);
        assertEquals(String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", summary.cumulativeReward().mean(),
                summary.cumulativeReward().low(), summary.cumulativeReward().high()),
                onEdt(() -> compare.table.getValueAt(rowOf(compare, "threshold"), 3)));
        assertEquals(compare.progress.getMaximum(), onEdt(compare.progress::getValue));
        screenshot("explorer-compare.png");
        // a long run can be cancelled
        typeInto(((JSpinner.DefaultEditor) compare.episodes.getEditor()).getTextField(), "5000");
        key(KeyEvent.VK_ENTER);
        waitUntil("5000 episodes", () -> Integer.valueOf(5000).equals(compare.episodes.getValue()));
        key(KeyEvent.VK_ESCAPE);
        clickWithoutWaiting(compare.compare); // the event thread is busy with progress: do not wait for it to idle
        waitUntil("running", compare::running);
        clickWithoutWaiting(compare.cancel);
        waitUntil("cancelled", () -> !compare.running() && window.status().getText().startsWith("comparison cancelled"));
        assertEquals(2, onEdt(compare.table::getRowCount), "the finished comparison stays shown");
    }

    private static int rowOf(ComparePanel compare, String name) {
        for (int row = 0; row < compare.table.getRowCount(); row++) {
            if (compare.table.getValueAt(row, 0).equals(name)) {
                return row;
            }
        }
        return -1;
    }

    /** Inspect tab: the oracle's map over step × servers, checked cell by cell against the oracle itself. */
    private void inspectTheOracle() throws Exception {
        clickTab(window.views(), "Inspect");
        InspectPanel inspect = window.inspect();
        choose(inspect.policy, "oracle");
        choose(inspect.axes, InspectPanel.STEP_BY_SERVERS);
        click(inspect.show);
        waitUntil("the policy map", () -> inspect.policyGrid() != null);
        screenshot("explorer-inspect.png");
        StateGrid grid = onEdt(inspect::policyGrid);
        Selection oracle = Selection.of("oracle", null, "diurnal", List.of("workload.period=24"));
        Assembly assembly = new Assembly(PluginDiscovery.builtIns());
        var environment = assembly.environment(Task.EASY, oracle, 0);
        var plan = assembly.policy(oracle, 0, Task.EASY, environment);
        int rate = (int) Math.round(Task.EASY.trafficLevel().baseRate());
        var config = environment.config();
        plan.reset();
        var seen = new cloudrl.api.Observation(config.cpuUtilisation(rate, 3), config.memoryUtilisation(rate, 3), rate, 3);
        // the plan tracks the fleet its own actions make: once it has scaled, 3 servers is a state it
        // refuses, which the map shows as a gap
        for (int step = 0; step < config.maxSteps(); step++) {
            double expected;
            try {
                expected = plan.act(seen).index();
            } catch (IllegalStateException notThisFleet) {
                expected = Double.NaN;
            }
            assertEquals(expected, grid.valueAt(step, 3), "step " + step);
        }
        assertEquals(config.maxSteps(), grid.xs().length);
        clickTab(window.views(), "Episode");
    }

    /** A jar dropped into the watched folder appears with a notice; a broken one is named; a removed one goes. */
    private void pluginsDroppedIn(Path plugins) throws Exception {
        Path jar = Path.of("target", "example-plugins", "cloudrl-example-policy.jar");
        assertTrue(Files.isRegularFile(jar), "the example plugin jar is built: " + jar.toAbsolutePath());
        Files.copy(jar, plugins.resolve("cooldown.jar"));
        waitUntil("cooldown on offer", () -> window.setup().section(PlugPoint.POLICY).ids.getIndexOf("cooldown") >= 0
                && window.status().getText().startsWith("plugin added: policy cooldown (cooldown.jar)"));
        assertTrue(onEdt(() -> window.compare().policies.containsKey("cooldown")));
        screenshot("explorer-plugin-added.png");
        Files.writeString(plugins.resolve("broken.jar"), "not a zip");
        waitUntil("the broken jar named in red", () -> window.status().getText().startsWith(
                "skipped plugin broken.jar: not a jar (zip) file") && window.status().getForeground()
                .equals(window.theme().failedColour()));
        assertTrue(onEdt(() -> window.setup().section(PlugPoint.POLICY).ids.getIndexOf("cooldown") >= 0),
                "a broken jar beside it leaves cooldown on offer");
        Files.delete(plugins.resolve("broken.jar"));
        Files.delete(plugins.resolve("cooldown.jar"));
        waitUntil("cooldown gone with a notice", () -> window.setup().section(PlugPoint.POLICY).ids
                .getIndexOf("cooldown") < 0 && window.status().getText().equals("plugin removed: policy cooldown"
                + " (cooldown.jar)"));
        assertTrue(onEdt(() -> !window.compare().policies.containsKey("cooldown")));
    }

    private void clickTab(javax.swing.JTabbedPane tabs, String title) throws Exception {
        int index = onEdt(() -> tabs.indexOfTab(title));
        Point at = onEdt(() -> {
            Rectangle bounds = tabs.getBoundsAt(index);
            Point origin = tabs.getLocationOnScreen();
            return new Point(origin.x + bounds.x + bounds.width / 2, origin.y + bounds.y + bounds.height / 2);
        });
        robot.mouseMove(at.x, at.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        waitUntil("tab " + title, () -> tabs.getSelectedIndex() == index);
    }

    private void choose(JComboBox<?> combo, Object item) throws Exception {
        click(combo);
        ComboPopup popup = onEdt(() -> (ComboPopup) combo.getAccessibleContext().getAccessibleChild(0));
        JList<?> list = popup.getList();
        waitUntil("the list of " + combo.getName(), list::isShowing);
        int index = onEdt(() -> {
            for (int i = 0; i < combo.getItemCount(); i++) {
                if (combo.getItemAt(i).equals(item)) {
                    return i;
                }
            }
            return -1;
        });
        assertTrue(index >= 0, item + " offered by " + combo.getName());
        onEdtRun(() -> list.ensureIndexIsVisible(index));
        Point cell = onEdt(() -> {
            Rectangle bounds = list.getCellBounds(index, index);
            Point onScreen = list.getLocationOnScreen();
            return new Point(onScreen.x + bounds.x + bounds.width / 2, onScreen.y + bounds.y + bounds.height / 2);
        });
        robot.mouseMove(cell.x, cell.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        waitUntil(item + " chosen", () -> item.equals(combo.getSelectedItem()) && !list.isShowing());
    }

    // ---- assertions on labels

    private void assertMetricsShow(MetricsText expected) throws Exception {
        MetricsPanel shown = window.metrics();
        assertEquals(expected.cpu(), text(shown.cpu::getText));
        assertEquals(expected.memory(), text(shown.memory::getText));
        assertEquals(expected.requestRate(), text(shown.requestRate::getText));
        assertEquals(expected.servers(), text(shown.servers::getText));
        assertEquals(expected.latency(), text(shown.latency::getText));
        assertEquals(expected.step(), text(shown.step::getText));
        assertEquals(expected.lastAction(), text(shown.lastAction::getText));
        assertEquals(expected.lastReward(), text(shown.lastReward::getText));
        assertEquals(MetricsPanel.twoPerLine(expected), text(shown.rewardParts::getText));
        assertEquals(expected.cumulativeReward(), text(shown.cumulativeReward::getText));
    }

    private void assertGradeShows(GradeText expected) throws Exception {
        GradePanel shown = window.grade();
        assertEquals(expected.finalScore(), text(shown.finalScore::getText));
        assertEquals(expected.verdict(), text(shown.verdict::getText));
        assertEquals(expected.stability(), text(shown.stability::getText));
        assertEquals(expected.efficiency(), text(shown.efficiency::getText));
        assertEquals(expected.performance(), text(shown.performance::getText));
        assertEquals(expected.avgCpu(), text(shown.avgCpu::getText));
        assertEquals(expected.avgMemory(), text(shown.avgMemory::getText));
        assertEquals(expected.avgLatency(), text(shown.avgLatency::getText));
        assertEquals(expected.steps(), text(shown.steps::getText));
        assertEquals(expected.cumulativeReward(), text(shown.cumulativeReward::getText));
        assertEquals(expected.endedBy(), text(shown.endedBy::getText));
    }

    // ---- the robot's hands

    private void setSpeedToFull() throws Exception {
        JSlider speed = window.controls().speed;
        BasicSliderUI ui = onEdt(() -> (BasicSliderUI) speed.getUI());
        int current = onEdt(speed::getValue);
        int y = onEdt(() -> speed.getHeight() / 2);
        int width = onEdt(speed::getWidth);
        // find the thumb by asking the slider which value each x stands for
        int from = -1;
        int to = -1;
        for (int x = 0; x < width; x++) {
            int at = x;
            int value = onEdt(() -> ui.valueForXPosition(at));
            if (value == current && from < 0) {
                from = x;
            }
            if (value == current) {
                to = x;
            }
        }
        Point origin = onEdt(speed::getLocationOnScreen);
        robot.mouseMove(origin.x + (from + to) / 2, origin.y + y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        for (int x = (from + to) / 2; x <= width; x += 8) {
            robot.mouseMove(origin.x + x, origin.y + y);
        }
        robot.mouseMove(origin.x + width + 20, origin.y + y);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        waitUntil("full speed", () -> "full speed".equals(window.controls().speedLabel.getText()));
    }

    private void chooseTask(Task task) throws Exception {
        JComboBox<Task> combo = window.controls().task;
        click(combo);
        ComboPopup popup = onEdt(() -> (ComboPopup) combo.getAccessibleContext().getAccessibleChild(0));
        JList<?> list = popup.getList();
        waitUntil("the task list", list::isShowing);
        int index = task.ordinal();
        Point cell = onEdt(() -> {
            Rectangle bounds = list.getCellBounds(index, index);
            Point onScreen = list.getLocationOnScreen();
            return new Point(onScreen.x + bounds.x + bounds.width / 2, onScreen.y + bounds.y + bounds.height / 2);
        });
        robot.mouseMove(cell.x, cell.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        waitUntil("task " + task.id() + " chosen", () -> combo.getSelectedItem() == task && !list.isShowing());
    }

    private void typeInto(Component field, String text) throws Exception {
        click(field);
        waitUntil("focus in " + field.getName(), field::isFocusOwner);
        keyWithControl(KeyEvent.VK_A);
        for (char c : text.toCharArray()) {
            int code = KeyEvent.getExtendedKeyCodeForChar(c);
            key(code);
        }
    }

    private void click(Component component) throws Exception {
        scrollIntoView(component);
        Point centre = onEdt(() -> {
            Point onScreen = component.getLocationOnScreen();
            return new Point(onScreen.x + component.getWidth() / 2, onScreen.y + component.getHeight() / 2);
        });
        robot.mouseMove(centre.x, centre.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
    }

    /** As a person scrolls to a control below the fold first (on a 1280 x 720 screen the set-up form scrolls). */
    private void scrollIntoView(Component component) throws Exception {
        if (component instanceof javax.swing.JComponent inside) {
            onEdtRun(() -> inside.scrollRectToVisible(new Rectangle(inside.getSize())));
            robot.waitForIdle();
        }
    }

    private void clickWithoutWaiting(Component component) throws Exception {
        Point centre = onEdt(() -> {
            Point onScreen = component.getLocationOnScreen();
            return new Point(onScreen.x + component.getWidth() / 2, onScreen.y + component.getHeight() / 2);
        });
        robot.mouseMove(centre.x, centre.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    }

    private void key(int code) {
        robot.keyPress(code);
        robot.keyRelease(code);
        robot.waitForIdle();
    }

    private void keyWithControl(int code) {
        robot.keyPress(KeyEvent.VK_CONTROL);
        key(code);
        robot.keyRelease(KeyEvent.VK_CONTROL);
        robot.waitForIdle();
    }

    private void screenshot(String name) throws Exception {
        robot.waitForIdle();
        onEdtRun(() -> { });
        Rectangle bounds = onEdt(() -> window.frame().getBounds());
        Files.createDirectories(SHOTS);
        File file = SHOTS.resolve(name).toFile();
        ImageIO.write(robot.createScreenCapture(bounds), "png", file);
        System.out.println("explorer: screenshot " + file);
    }

    // ---- waiting on the EDT

    private static void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        waitUntil(what, condition, 10);
    }

    private static void waitUntil(String what, Callable<Boolean> condition, long pollMillis) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (onEdt(condition)) {
                return;
            }
            Thread.sleep(pollMillis);
        }
        fail("timed out waiting for " + what + "; status line: " + onEdt(() -> window.status().getText()));
    }

    private static String text(Callable<String> read) throws Exception {
        return onEdt(read);
    }

    private static void onEdtRun(Runnable action) throws Exception {
        SwingUtilities.invokeAndWait(action);
    }

    private static <T> T onEdt(Callable<T> read) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(read.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
