package cloudrl.ui.swing.window;

import cloudrl.api.Action;
import cloudrl.api.Episode;
import cloudrl.grader.EpisodeGrader;
import cloudrl.ui.swing.ExplorerOptions;
import cloudrl.ui.swing.PolicyChoice;
import cloudrl.ui.swing.chart.ChartSheet;
import cloudrl.ui.swing.chart.EpisodeChartData;
import cloudrl.ui.swing.chart.EpisodeCharts;
import cloudrl.ui.swing.export.EpisodeCsv;
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

import javax.swing.BorderFactory;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The explorer window. Everything here runs on the event-dispatch thread; the episode itself lives
 * on the controller's worker thread, and its frames come back in batches (see docs/explorer.md).
 */
public final class ExplorerWindow implements ExplorerCommands {

    /** Size of exported chart images. */
    static final int EXPORT_WIDTH = 1400;
    static final int EXPORT_HEIGHT = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(ExplorerWindow.class);

    private final WindowPreferences preferences;
    private final JFrame frame = new JFrame("CloudRL explorer");
    private final ExplorerViewModel model = new ExplorerViewModel();
    private final ExplorerController controller;
    private final EpisodeChartData data = new EpisodeChartData();
    private final EpisodeCharts charts;
    private final ControlBar controls;
    private final MetricsPanel metrics = new MetricsPanel();
    private final GradePanel grade = new GradePanel();
    private final JLabel status = new JLabel(" ");
    private final JCheckBoxMenuItem darkTheme = new JCheckBoxMenuItem("Dark theme");
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
        controller = new ExplorerController(new ExplorerSession(options.environments(), new EpisodeGrader()), SwingUtilities::invokeLater, this::apply);
        charts = new EpisodeCharts(data, 100, theme);
        controls = new ControlBar(options.policies(), options.task(), options.seed(), this);
        layOut();
        Shortcuts.install(frame.getRootPane(), this);
        frame.getRootPane().putClientProperty(ExplorerWindow.class, this);
        frame.setJMenuBar(menus());
        frame.setDefaultCloseOperation(JFrame.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent event) {
                close();
            }
        });
        // FlatLaf applies style classes while installing a component's UI: install once more now they are set
        SwingUtilities.updateComponentTreeUI(frame);
        frame.setMinimumSize(WindowPreferences.MIN_SIZE);
        frame.setSize(preferences.size());
        frame.setLocationRelativeTo(null);
        refresh();
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
        window.frame.getContentPane().requestFocusInWindow();
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
            PolicyChoice choice = controls.selectedPolicy();
            controller.speed(controls.selectedSpeed());
            controller.play(choice.name(), choice.factory());
        }
    }

    @Override
    public void stepPolicy() {
        PolicyChoice choice = controls.selectedPolicy();
        controller.stepPolicy(choice.name(), choice.factory());
    }

    @Override
    public void speed(PlaybackSpeed speed) {
        controller.speed(speed);
    }

    void toggleTheme() {
        theme = theme.toggled();
        FlatLafTheme.switchTo(theme);
        charts.apply(theme);
        preferences.theme(theme);
        darkTheme.setSelected(theme == Theme.DARK);
        refresh();
    }

    Theme theme() {
        return theme;
    }

    /** Writes the episode so far as CSV to {@code target}, off the EDT; the status line tells how it went. */
    CompletableFuture<Path> exportCsv(Path target) {
        return export(target, episode -> {
            try {
                EpisodeCsv.write(episode, target);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed.getMessage(), failed);
            }
        });
    }

    /** Paints the episode's charts into a fresh image and writes it as PNG to {@code target}, off the EDT. */
    CompletableFuture<Path> exportPng(Path target) {
        Theme look = theme;
        int maxSteps = model.latest().map(ExplorerFrame::maxSteps).orElse(100);
        String title = "CloudRL · " + model.status();
        return export(target, episode -> {
            EpisodeCharts copy = new EpisodeCharts(EpisodeChartData.of(episode), maxSteps, look);
            BufferedImage image = ChartSheet.render(copy, look, title, EXPORT_WIDTH, EXPORT_HEIGHT);
            try {
                ChartSheet.writePng(image, target);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed.getMessage(), failed);
            }
        });
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

    // ---- events from the simulation

    private void apply(List<ExplorerEvent> events) {
        batchesApplied++;
        ChartUpdate update = model.apply(events);
        if (update.restart()) {
            data.clear();
            charts.maxSteps(update.frames().get(0).maxSteps());
        }
        data.append(update.frames());
        framesApplied += update.frames().size();
        if (!update.frames().isEmpty()) {
            notice = null;
        }
        refresh();
    }

    private void refresh() {
        metrics.show(model.metrics(), theme);
        grade.show(model.grade(), theme);
        controls.playing(model.playing());
        Optional<String> problem = model.problem();
        if (problem.isPresent()) {
            status.setText(problem.get());
            status.setForeground(theme.failedColour());
        } else {
            status.setText(notice != null ? notice : model.status());
            status.setForeground(UIManager.getColor("Label.foreground"));
        }
        controls.inputProblem.setForeground(theme.failedColour());
        model.latest().ifPresent(latest -> frame.setTitle("CloudRL explorer · " + latest.task().id() + " · seed "
                + latest.seed()));
    }

    private CompletableFuture<Path> export(Path target, Consumer<Episode> writer) {
        CompletableFuture<Path> done = controller.episode().thenApplyAsync(episode -> {
            writer.accept(episode.orElseThrow(() -> new IllegalStateException("no episode to export yet")));
            return target;
        });
        done.whenComplete((path, failure) -> SwingUtilities.invokeLater(() -> {
            if (failure == null) {
                notice = "saved " + path;
                LOG.info("explorer: saved {}", path);
            } else {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                LOG.warn("explorer: export to {} failed", target, cause);
                model.report("cannot export: " + cause.getMessage());
            }
            refresh();
        }));
        return done;
    }

    // ---- building the window

    private void layOut() {
        JPanel side = new JPanel();
        side.setLayout(new BorderLayout(0, 6));
        side.add(metrics.component(), BorderLayout.NORTH);
        side.add(grade.component(), BorderLayout.CENTER);
        JScrollPane sideScroll = new JScrollPane(side, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        sideScroll.setBorder(BorderFactory.createEmptyBorder(0, 4, 0, 0));
        sideScroll.setPreferredSize(new Dimension(380, 400));

        JPanel chartGrid = new JPanel(new GridLayout(charts.charts().size(), 1, 0, 4));
        for (JFreeChart chart : charts.charts()) {
            ChartPanel panel = new ChartPanel(chart, false, true, false, false, true);
            // draw at the real size instead of stretching a bitmap of at most 1024 x 768
            panel.setMinimumDrawWidth(100);
            panel.setMinimumDrawHeight(80);
            panel.setMaximumDrawWidth(4000);
            panel.setMaximumDrawHeight(3000);
            panel.setDomainZoomable(false);
            panel.setRangeZoomable(false);
            panel.setFocusable(false);
            chartPanels.add(panel);
            chartGrid.add(panel);
        }
        chartGrid.setBorder(BorderFactory.createEmptyBorder(0, 6, 0, 4));

        status.setName("status");
        status.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));

        JPanel content = new JPanel(new BorderLayout(0, 4));
        content.setFocusable(true);
        content.add(controls.component(), BorderLayout.NORTH);
        content.add(sideScroll, BorderLayout.WEST);
        content.add(chartGrid, BorderLayout.CENTER);
        content.add(status, BorderLayout.SOUTH);
        MouseAdapter takeFocus = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent event) {
                content.requestFocusInWindow();
            }
        };
        content.addMouseListener(takeFocus);
        chartPanels.forEach(panel -> panel.addMouseListener(takeFocus));
        frame.setContentPane(content);
    }

    private JMenuBar menus() {
        JMenu file = new JMenu("File");
        file.setMnemonic(KeyEvent.VK_F);
        file.add(item("Export episode as CSV…", KeyEvent.VK_E, () -> chooseAndExport("csv", this::exportCsv)));
        file.add(item("Export charts as PNG…", KeyEvent.VK_P, () -> chooseAndExport("png", this::exportPng)));
        file.addSeparator();
        file.add(item("Close", KeyEvent.VK_W, this::close));
        JMenu view = new JMenu("View");
        view.setMnemonic(KeyEvent.VK_V);
        darkTheme.setSelected(theme == Theme.DARK);
        darkTheme.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_T, InputEvent.CTRL_DOWN_MASK));
        darkTheme.addActionListener(event -> toggleTheme());
        view.add(darkTheme);
        JMenu help = new JMenu("Help");
        help.setMnemonic(KeyEvent.VK_H);
        JMenuItem keys = new JMenuItem("Keyboard shortcuts");
        keys.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0));
        keys.addActionListener(event -> showShortcuts());
        help.add(keys);
        JMenuBar bar = new JMenuBar();
        bar.add(file);
        bar.add(view);
        bar.add(help);
        return bar;
    }

    private static JMenuItem item(String text, int key, Runnable command) {
        JMenuItem item = new JMenuItem(text);
        item.setAccelerator(KeyStroke.getKeyStroke(key, InputEvent.CTRL_DOWN_MASK));
        item.addActionListener(event -> command.run());
        return item;
    }

    private void chooseAndExport(String extension, Function<Path, CompletableFuture<Path>> export) {
        String name = model.latest().map(latest -> "cloudrl-" + latest.task().id() + "-seed" + latest.seed())
                .orElse("cloudrl-episode") + "." + extension;
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Export as " + extension.toUpperCase(Locale.ROOT));
        chooser.setSelectedFile(new File(name));
        if (chooser.showSaveDialog(frame) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            target = target.resolveSibling(target.getFileName() + "." + extension);
        }
        if (Files.exists(target) && JOptionPane.showConfirmDialog(frame, target + " exists. Replace it?",
                "Replace file", JOptionPane.OK_CANCEL_OPTION) != JOptionPane.OK_OPTION) {
            return;
        }
        export.apply(target);
    }

    private void showShortcuts() {
        JTextArea text = new JTextArea(Shortcuts.help());
        text.setEditable(false);
        text.setOpaque(false);
        text.setFont(UIManager.getFont("Label.font").deriveFont(Font.PLAIN));
        JOptionPane.showMessageDialog(frame, text, "Keyboard shortcuts", JOptionPane.PLAIN_MESSAGE);
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
