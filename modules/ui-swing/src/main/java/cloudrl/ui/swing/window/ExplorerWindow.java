package cloudrl.ui.swing.window;

import cloudrl.api.Action;
import cloudrl.api.PlugPoint;
import cloudrl.env.Task;
import cloudrl.plugins.Choice;
import cloudrl.plugins.PluginCatalog;
import cloudrl.plugins.Selection;
import cloudrl.ui.swing.present.FrameTimes;
import cloudrl.ui.swing.setup.CatalogChange;
import cloudrl.ui.swing.setup.PluginFolderWatch;
import cloudrl.ui.swing.setup.PluginShelf;
import cloudrl.ui.swing.Workbench;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JTabbedPane;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import cloudrl.grader.EpisodeGrader;
import cloudrl.ui.swing.ExplorerOptions;
import cloudrl.ui.swing.PolicyChoice;
import cloudrl.ui.swing.chart.EpisodeChartData;
import cloudrl.ui.swing.chart.EpisodeCharts;
import cloudrl.ui.swing.present.ChartUpdate;
import cloudrl.ui.swing.present.ExplorerViewModel;
import cloudrl.ui.swing.present.SeedInput;
import cloudrl.ui.swing.present.Theme;
import cloudrl.ui.swing.session.ExplorerController;
import cloudrl.ui.swing.session.ExplorerEvent;
import cloudrl.ui.swing.session.ExplorerFrame;
import cloudrl.ui.swing.session.ExplorerSession;
import cloudrl.ui.swing.session.PlaybackSpeed;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The explorer window. Everything here runs on the event-dispatch thread; the episode itself lives
 * on the controller's worker thread, and its frames come back in batches (see docs/explorer.md).
 */
public final class ExplorerWindow implements ExplorerCommands, Workshop {

    private static final Logger LOG = LoggerFactory.getLogger(ExplorerWindow.class);

    private final WindowPreferences preferences;
    private final JFrame frame = new JFrame("CloudRL explorer");
    private final ExplorerViewModel model = new ExplorerViewModel();
    private final ExplorerController controller;
    private final EpisodeExports exports;
    private final EpisodeChartData data = new EpisodeChartData();
    private final EpisodeCharts charts;
    private final ControlBar controls;
    private final DefaultComboBoxModel<Task> tasks = new DefaultComboBoxModel<>(Task.values());
    private final DefaultComboBoxModel<String> policies = new DefaultComboBoxModel<>();
    private final ExecutorService checks = worker("cloudrl-explorer-setup");
    private final ExecutorService work = worker("cloudrl-explorer-workbench");
    private final SetupPanel setup;
    private final ComparePanel compare;
    private final InspectPanel inspect;
    private final JTabbedPane side = new JTabbedPane();
    private final JTabbedPane views = new JTabbedPane();
    private final FrameTimes frameTimes = new FrameTimes();
    private final Optional<PluginFolderWatch> pluginWatch;
    private final PluginShelf shelf;
    private Workbench workbench;
    private Selection applied;
    private String pluginProblem;
    private String noticeAfterReset;
    private final MetricsPanel metrics = new MetricsPanel();
    private final GradePanel grade = new GradePanel();
    private final JLabel status = new JLabel(" ");
    private final JCheckBoxMenuItem darkTheme = new JCheckBoxMenuItem("Dark theme");
    private final TimeAxisChoice timeAxis;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<ChartPanel> chartPanels = new ArrayList<>();
    private Theme theme;
    private String notice;
    private int batchesApplied;
    private int framesApplied;

    private ExplorerWindow(ExplorerOptions options) {
        preferences = new WindowPreferences(options.preferences());
        theme = preferences.theme();
        FlatLafTheme.install(theme);
        workbench = options.workbench();
        shelf = new PluginShelf(workbench.catalog());
        applied = options.selection();
        controller = new ExplorerController(new ExplorerSession(options.environments(), new EpisodeGrader()),
                SwingUtilities::invokeLater, this::apply);
        exports = new EpisodeExports(controller, this);
        charts = new EpisodeCharts(data, workbench.config().maxSteps(), theme);
        timeAxis = new TimeAxisChoice(preferences, charts);
        tasks.setSelectedItem(options.task());
        List<ActionLabel> labels = actionLabels(options);
        setup = new SetupPanel(workbench, applied, tasks, policies, checks, this::applySetup);
        controls = new ControlBar(tasks, policies, labels, options.seed(), this);
        compare = new ComparePanel(this, work, timeAxis.item::isSelected);
        timeAxis.item.addActionListener(event -> compare.timeAxisChanged());
        inspect = new InspectPanel(this, work, labels);
        layOut();
        Shortcuts.install(frame.getRootPane(), this);
        frame.getRootPane().putClientProperty(ExplorerWindow.class, this);
        frame.setJMenuBar(ExplorerMenus.bar(this, darkTheme, timeAxis.item));
        frame.setDefaultCloseOperation(JFrame.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent event) {
                close();
            }
        });
        // FlatLaf applies style classes while installing a component's UI: install once more now they are set
        SwingUtilities.updateComponentTreeUI(frame);
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        frame.setMinimumSize(WindowPreferences.fitted(WindowPreferences.MIN_SIZE, screen));
        frame.setSize(WindowPreferences.fitted(preferences.size(), screen));
        frame.setLocationRelativeTo(null);
        pluginWatch = options.watchedFolder().flatMap(this::watch);
        refresh();
    }

    /** The buttons of the action space episodes are played in; three numbered ones if the starting set-up cannot be built. */
    private static List<ActionLabel> actionLabels(ExplorerOptions options) {
        try {
            return ActionLabel.of(options.environments().apply(options.task()).actionSpace().labels());
        } catch (RuntimeException unbuildable) {
            LOG.info("explorer: the starting set-up cannot be built ({}); showing three numbered actions",
                    unbuildable.getMessage());
            return ActionLabel.numbered(3);
        }
    }

    private static ExecutorService worker(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Builds the window, shows it and starts the first episode. Call on the event-dispatch thread.
     *
     * @throws java.awt.HeadlessException when there is no display
     */
    public static ExplorerWindow open(ExplorerOptions options) {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("open the explorer window on the event-dispatch thread");
        }
        ExplorerWindow window = new ExplorerWindow(options);
        window.reportUncaughtFailures();
        window.frame.setVisible(true);
        // the window's first focus goes to the content pane (see layOut), where the shortcuts work
        window.controller.reset(options.task(), options.seed());
        return window;
    }

    /** The explorer window showing in {@code frame}, for tests that start from the public entry point. */
    static ExplorerWindow of(JFrame frame) {
        return (ExplorerWindow) frame.getRootPane().getClientProperty(ExplorerWindow.class);
    }

    /** The window's frame. */
    public JFrame frame() {
        return frame;
    }

    /** Waits until the user closes the window. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Waits up to {@code timeout} for the window to close; whether it did. */
    public boolean awaitClosed(long timeout, TimeUnit unit) throws InterruptedException {
        return closed.await(timeout, unit);
    }

    /** Remembers the size, stops the simulation and disposes of the window. Call on the EDT. */
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        if ((frame.getExtendedState() & JFrame.MAXIMIZED_BOTH) == 0) {
            preferences.size(frame.getSize());
        }
        controller.close();
        pluginWatch.ifPresent(PluginFolderWatch::close);
        checks.shutdownNow();
        work.shutdownNow();
        frame.dispose();
        closed.countDown();
    }

    // ---- commands from the controls and shortcuts

    @Override
    public void reset() {
        controls.clearProblems();
        SeedInput seed = SeedInput.parse(controls.seed.getText());
        if (!seed.valid()) {
            String problem = seed.problem().orElseThrow();
            LOG.info("explorer: {}", problem);
            controls.showProblem(controls.seed, problem);
            return;
        }
        controller.reset(controls.selectedTask(), seed.seed().getAsLong());
        frame.getContentPane().requestFocusInWindow();
    }

    @Override
    public void act(Action action) {
        controller.act(action);
    }

    @Override
    public void act(String name) {
        controls.named(name).ifPresent(this::act);
    }

    @Override
    public void runSteps() {
        controls.clearProblems();
        controls.runCountValue().ifPresent(count -> {
            controller.run(count, controls.selectedRunAction());
            frame.getContentPane().requestFocusInWindow();
        });
    }

    @Override
    public void togglePlay() {
        if (controller.playing()) {
            controller.pause();
        } else {
            selectedPolicy().ifPresent(choice -> {
                controller.speed(controls.selectedSpeed());
                controller.play(choice.name(), choice.factory());
            });
        }
    }

    @Override
    public void stepPolicy() {
        selectedPolicy().ifPresent(choice -> controller.stepPolicy(choice.name(), choice.factory()));
    }

    /** The policy the selector and the set-up form show, with the form's parameters, in the applied environment. */
    private Optional<PolicyChoice> selectedPolicy() {
        return selectionWith(null).map(workbench::policyChoice);
    }

    /** Starts a new episode with the set-up {@code selection}, the task and seed shown. */
    private void applySetup(Selection selection) {
        controls.clearProblems();
        SeedInput seed = SeedInput.parse(controls.seed.getText());
        if (!seed.valid()) {
            controls.showProblem(controls.seed, seed.problem().orElseThrow());
            return;
        }
        List<ActionLabel> labels;
        try {
            labels = ActionLabel.of(workbench.environment(controls.selectedTask(), selection).actionSpace().labels());
        } catch (RuntimeException refused) {
            // the form's check said it builds; a plugin changed since: say so, keep the episode shown
            tell(refused.getMessage(), true);
            return;
        }
        applied = selection;
        shelf.release(selection).ifPresent(smaller -> use(workbench.with(smaller)));
        controls.actions(labels);
        inspect.actions(labels);
        controller.setUp(workbench.environments(selection), controls.selectedTask(), seed.seed().getAsLong());
        noticeAfterReset = "set up " + selection.workload().label() + " traffic, " + selection.reward().label() + " reward, policy "
                + Workbench.label(selection)
                + " in scenario " + selection.scenario();
        side.setSelectedIndex(0);
        frame.getContentPane().requestFocusInWindow();
        refresh();
    }

    // ---- what the compare and inspect panels ask

    @Override
    public Workbench workbench() {
        return workbench;
    }

    @Override
    public Optional<Selection> selectionWith(String policyId) {
        ProviderSection form = setup.section(PlugPoint.POLICY);
        String id = policyId == null ? form.selectedId() : policyId;
        if (id == null) {
            return Optional.empty();
        }
        try {
            Choice policy = id.equals(form.selectedId()) ? form.choice() : Choice.of(id);
            return Optional.of(applied.withPolicy(policy));
        } catch (IllegalArgumentException refused) {
            tell(refused.getMessage(), true);
            return Optional.empty();
        }
    }

    @Override
    public Task task() {
        return model.latest().map(ExplorerFrame::task).orElse(controls.selectedTask());
    }

    @Override
    public long seed() {
        return model.latest().map(ExplorerFrame::seed).orElse(0L);
    }

    @Override
    public void tell(String message, boolean problem) {
        if (problem) {
            model.report(message);
        } else {
            notice = message;
        }
        refresh();
    }

    // ---- plugins while the window is open

    private Optional<PluginFolderWatch> watch(Path folder) {
        try {
            return Optional.of(PluginFolderWatch.start(folder, found -> SwingUtilities.invokeLater(() -> offer(found))));
        } catch (IOException | RuntimeException cannotWatch) {
            LOG.warn("explorer: cannot watch the plugins folder {}: {}", folder, cannotWatch.getMessage());
            pluginProblem = "not watching the plugins folder " + folder + ": " + cannotWatch.getMessage();
            return Optional.empty();
        }
    }

    /** Offers the providers of a new discovery, keeping those the applied set-up still plays. */
    void offer(PluginCatalog found) {
        CatalogChange change = shelf.offer(found, applied);
        use(workbench.with(shelf.catalog()));
        // a broken jar stays named in red until the folder changes again; what came and went goes with it
        pluginProblem = change.problem().map(problem -> change.notice().map(text -> text + "; ").orElse("") + problem)
                .orElse(null);
        notice = pluginProblem == null ? change.notice().orElse(null) : null;
        LOG.debug("explorer: plugins folder changed: {}", change);
        refresh();
    }

    private void use(Workbench current) {
        workbench = current;
        setup.workbench(current);
        compare.offer(current);
        inspect.offer(current);
    }

    /** Paint times of the episode charts since the last {@link #clearFrameTimes()}. */
    FrameTimes frameTimes() {
        return frameTimes;
    }

    void clearFrameTimes() {
        frameTimes.clear();
    }

    ExplorerController controller() {
        return controller;
    }

    SetupPanel setup() {
        return setup;
    }

    ComparePanel compare() {
        return compare;
    }

    InspectPanel inspect() {
        return inspect;
    }

    JTabbedPane sideTabs() {
        return side;
    }

    JTabbedPane views() {
        return views;
    }

    @Override
    public void speed(PlaybackSpeed speed) {
        controller.speed(speed);
    }

    /** The file name an export of the episode shown suggests: {@code cloudrl-easy-seed2.csv}. */
    String suggestedName(String extension) {
        return model.latest().map(latest -> "cloudrl-" + latest.task().id() + "-seed" + latest.seed())
                .orElse("cloudrl-episode") + "." + extension;
    }

    void toggleTheme() {
        theme = theme.toggled();
        FlatLafTheme.switchTo(theme);
        charts.apply(theme);
        preferences.theme(theme);
        darkTheme.setSelected(theme == Theme.DARK);
        compare.apply(theme);
        inspect.apply(theme);
        refresh();
    }

    @Override
    public Theme theme() {
        return theme;
    }

    /** Writes the episode so far as CSV to {@code target}, off the EDT; the status line tells how it went. */
    CompletableFuture<Path> exportCsv(Path target) {
        return exports.csv(target);
    }

    /** Paints the episode's charts into a fresh image and writes it as PNG to {@code target}, off the EDT. */
    CompletableFuture<Path> exportPng(Path target) {
        return exports.png(target, theme, model.latest().map(ExplorerFrame::maxSteps).orElse(100),
                timeAxis.shown(), "CloudRL · " + model.status());
    }

    /** How many batches of events the window has applied; for the end-to-end test's report. */
    int batchesApplied() {
        return batchesApplied;
    }

    /** How many frames (reset states and steps) the window has applied. */
    int framesApplied() {
        return framesApplied;
    }

    ControlBar controls() {
        return controls;
    }

    MetricsPanel metrics() {
        return metrics;
    }

    GradePanel grade() {
        return grade;
    }

    JLabel status() {
        return status;
    }

    EpisodeCharts charts() {
        return charts;
    }

    TimeAxisChoice timeAxis() {
        return timeAxis;
    }

    // ---- events from the simulation

    private void apply(List<ExplorerEvent> events) {
        batchesApplied++;
        ChartUpdate update = model.apply(events);
        if (update.restart()) {
            data.clear();
            charts.maxSteps(update.frames().get(0).maxSteps());
            timeAxis.episode(update.frames().get(0).clock());
        }
        data.append(update.frames());
        charts.density(data.drawnPoints());
        charts.showFleet(data.hasFleet());
        framesApplied += update.frames().size();
        if (update.restart() && noticeAfterReset != null) {
            notice = noticeAfterReset;
            noticeAfterReset = null;
        } else if (!update.frames().isEmpty()) {
            notice = null;
        }
        refresh();
    }

    private void refresh() {
        metrics.show(model.metrics(), theme);
        grade.show(model.grade(), theme);
        controls.playing(model.playing());
        Optional<String> problem = model.problem().or(() -> notice == null ? Optional.ofNullable(pluginProblem)
                : Optional.empty());
        if (problem.isPresent()) {
            status.setText(problem.get());
            status.setForeground(theme.failedColour());
        } else {
            status.setText(notice != null ? notice : model.status());
            status.setForeground(UIManager.getColor("Label.foreground"));
        }
        setup.colour(theme);
        controls.inputProblem.setForeground(theme.failedColour());
        model.latest().ifPresent(latest -> frame.setTitle("CloudRL explorer · " + latest.task().id() + " · seed "
                + latest.seed()));
    }

    // ---- building the window

    private void layOut() {
        JPanel state = new JPanel();
        state.setLayout(new BorderLayout(0, 6));
        state.add(metrics.component(), BorderLayout.NORTH);
        state.add(grade.component(), BorderLayout.CENTER);
        for (JFreeChart chart : charts.charts()) {
            chartPanels.add(Charts.setUp(new TimedChartPanel(chart, frameTimes)));
        }
        WindowLayout.lay(frame, controls.component(), side, List.of(state, setup.component()), views,
                List.of(WindowLayout.chartColumn(chartPanels), compare.component(), inspect.component()), status,
                chartPanels);
    }

    private void reportUncaughtFailures() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            LOG.error("explorer: uncaught failure on {}", thread.getName(), failure);
            SwingUtilities.invokeLater(() -> {
                model.report("unexpected " + failure.getClass().getSimpleName() + ": " + failure.getMessage()
                        + " (details in the log)");
                refresh();
            });
            if (previous != null) {
                previous.uncaughtException(thread, failure);
            }
        });
    }
}
