package cloudrl.ui.swing.window;

import cloudrl.api.PlugPoint;
import cloudrl.api.Scenario;
import cloudrl.plugins.Choice;
import cloudrl.plugins.Composition;
import cloudrl.plugins.ScenarioChoice;
import cloudrl.env.Task;
import cloudrl.plugins.Selection;
import cloudrl.ui.swing.present.Theme;
import cloudrl.ui.swing.Workbench;

import javax.swing.BorderFactory;
import javax.swing.ComboBoxModel;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import java.awt.BorderLayout;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * The set-up form: the scenario and the task, then one section per plug point (workload, reward,
 * policy), each with the fields its chosen provider declares. Choosing a scenario fills in its task,
 * workload and reward with their parameters, as {@code --scenario} does on the command line; its
 * action scheme, fleet, constraints and features come with it. Every edit is checked a moment
 * later, off the EDT, by building the environment and the policy through the workbench, and the
 * command line's one-line message appears under the form. Apply starts a new episode with the set-up.
 */
final class SetupPanel {

    /** How long after the last keystroke the form is checked. */
    private static final int CHECK_DELAY_MILLIS = 200;

    final JComboBox<Task> task;
    final List<ProviderSection> sections;
    final JTextArea problem = Labels.wrapping("setupProblem");
    final JButton apply = new JButton("Apply and reset");
    private final JPanel panel = new JPanel(new BorderLayout());
    private final Timer checkLater;
    private final ExecutorService checks;
    private Workbench workbench;
    private int checkNumber;
    private Theme theme = Theme.LIGHT;
    private Optional<String> latestProblem = Optional.empty();
    /** The parts of the chosen scenario the form has no section for: actions, fleet, constraints, features. */
    private Composition composition;

    /**
     * @param tasks    the task model, shared with the control bar
     * @param policies the policy ids' model, shared with the control bar and the inspector
     * @param checks   where checks run: one thread, never the EDT
     * @param applied  told the set-up when the user applies it
     */
    SetupPanel(Workbench workbench, Selection first, ComboBoxModel<Task> tasks, DefaultComboBoxModel<String> policies,
               ExecutorService checks, Consumer<Selection> applied) {
        this.workbench = workbench;
        this.checks = checks;
        composition = first.composition();
        checkLater = new Timer(CHECK_DELAY_MILLIS, event -> check());
        checkLater.setRepeats(false);
        Runnable changed = checkLater::restart;
        task = new JComboBox<>(tasks);
        task.setName("setupTask");
        task.setFocusable(false);
        task.setRenderer(new ControlBar.TaskRenderer());
        task.addActionListener(event -> changed.run());
        // the order users think in: the problem, the traffic, what it is scored by, who plays it
        sections = List.of(
                new ProviderSection(PlugPoint.SCENARIO, "Scenario", new DefaultComboBoxModel<>(), workbench,
                        Choice.of(first.scenario()), () -> {
                            if (scenarioChosen()) {
                                changed.run();
                            }
                        }),
                new ProviderSection(PlugPoint.WORKLOAD, "Workload", new DefaultComboBoxModel<>(), workbench,
                        first.workload(), changed),
                new ProviderSection(PlugPoint.REWARD, "Reward", new DefaultComboBoxModel<>(), workbench, first.reward(),
                        changed),
                new ProviderSection(PlugPoint.POLICY, "Policy", policies, workbench, first.policy(), changed));
        Rows rows = new Rows();
        for (ProviderSection section : sections) {
            rows.add(section.title(), section.selector);
            rows.addWide(section.parameterPanel());
            if (section.point() == PlugPoint.SCENARIO) {
                section.selector.setToolTipText(first.composition().description());
                rows.add("Task", task);
            }
        }
        problem.setText(" ");
        rows.addWide(problem);
        apply.setName("applySetup");
        apply.setFocusable(false);
        apply.setToolTipText("Start a new episode with this scenario, task, workload, reward and policy");
        apply.addActionListener(event -> current().ifPresent(applied));
        rows.addWide(apply);
        rows.finish();
        panel.add(rows.panel(), BorderLayout.CENTER);
        panel.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        check();
    }

    JComponent component() {
        return panel;
    }

    Task selectedTask() {
        return (Task) task.getSelectedItem();
    }

    /** The section of {@code point}. */
    ProviderSection section(PlugPoint point) {
        return sections.stream().filter(section -> section.point() == point).findFirst().orElseThrow();
    }

    /**
     * The selection the form shows, or empty after showing why it cannot be written down (an
     * {@code ID:VALUE} or parameter the plug points refuse before anything is built).
     */
    Optional<Selection> current() {
        try {
            return Optional.of(new Selection(section(PlugPoint.POLICY).choice(), section(PlugPoint.REWARD).choice(),
                    section(PlugPoint.WORKLOAD).choice(), composition));
        } catch (IllegalArgumentException refused) {
            show(Optional.of(refused.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Takes the chosen scenario's parts: its task, workload and reward (with their parameters) into the
     * form, the rest into the selection; the policy stays. An unknown scenario shows its one line and
     * cannot be applied; whether the scenario was taken.
     */
    private boolean scenarioChosen() {
        ProviderSection scenarios = section(PlugPoint.SCENARIO);
        Scenario scenario;
        try {
            scenario = ScenarioChoice.resolve(scenarios.selectedId(), workbench.catalog());
        } catch (IllegalArgumentException | IllegalStateException unknown) {
            show(Optional.of(unknown.getMessage()));
            return false;
        }
        Selection seeded = Selection.of(scenario, null, null, null, List.of());
        composition = seeded.composition();
        scenarios.selector.setToolTipText(scenario.description());
        task.setSelectedItem(Task.parse(scenario.task()));
        section(PlugPoint.WORKLOAD).choose(seeded.workload());
        section(PlugPoint.REWARD).choose(seeded.reward());
        return true;
    }

    /** The latest check's problem, empty when the form can be played. */
    Optional<String> problem() {
        return latestProblem;
    }

    /** Offers the providers of {@code current}, keeping the choices still on offer, and checks again. */
    void workbench(Workbench current) {
        workbench = current;
        sections.forEach(section -> section.workbench(current));
        check();
    }

    /** Checks the form now, off the EDT; the answer of the latest check only is shown. */
    void check() {
        Optional<Selection> selection = current();
        if (selection.isEmpty()) {
            return;
        }
        int number = ++checkNumber;
        Workbench against = workbench;
        Task forTask = selectedTask();
        try {
            checks.execute(() -> {
                Optional<String> found = against.problem(forTask, selection.get());
                SwingUtilities.invokeLater(() -> {
                    if (number == checkNumber) {
                        show(found);
                    }
                });
            });
        } catch (RejectedExecutionException closed) {
            // the window is closing
        }
    }

    private void show(Optional<String> found) {
        latestProblem = found;
        problem.setText(found.orElse("✓ ready: Apply starts an episode with this set-up"));
        problem.putClientProperty("setupOk", found.isEmpty());
        colour(theme);
        for (ProviderSection section : sections) {
            section.mark(found.map(message -> fieldNamed(section, message)).orElse(null));
        }
        apply.setEnabled(found.isEmpty());
    }

    /** Colours the problem line for {@code current}. */
    void colour(Theme current) {
        theme = current;
        problem.setForeground(latestProblem.isPresent() ? current.failedColour() : current.passedColour());
    }

    /** The field a message is about: "workload diurnal: period=abc is not allowed" names period. */
    private static String fieldNamed(ProviderSection section, String message) {
        String owner = section.point().id() + " " + section.selectedId();
        for (String name : section.fields.keySet()) {
            if (message.contains(owner + ": " + name + "=") || message.contains("sets " + name + " of " + owner)) {
                return name;
            }
        }
        return null;
    }
}
