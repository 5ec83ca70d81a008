package cloudrl.ui.swing.window;

import cloudrl.api.Action;
import cloudrl.env.Task;
import cloudrl.ui.swing.session.ExplorerSession;
import cloudrl.ui.swing.session.PlaybackSpeed;

import javax.swing.BorderFactory;
import javax.swing.ComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingConstants;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The controls: task, seed and reset; one button per action of the environment; running several steps; playing a policy
 * with its speed. Buttons, selectors and the slider take no keyboard focus, so the arrow keys, R and
 * Space always reach the window's shortcuts; only the seed and step-count fields take typing.
 */
final class ControlBar {

    static final String PLAY = "▶ Play";
    static final String PAUSE = "❚❚ Pause";
    private static final int DEFAULT_SPEED = 3;

    final JComboBox<Task> task;
    final JTextField seed = new JTextField(9);
    final JButton reset = button("reset", "Reset", "Start a new episode with this task and seed (R)");
    /** One button per action of the environment's action space, in index order. */
    final List<JButton> actions = new ArrayList<>();
    final JSpinner runCount = new JSpinner(new SpinnerNumberModel(10, ExplorerSession.MIN_RUN, ExplorerSession.MAX_RUN, 1));
    final JComboBox<ActionLabel> runAction;
    final JButton run = button("run", "Run", "Take this many steps with this action");
    final JComboBox<String> policy;
    final JButton play = button("play", PLAY, "Play the policy to the end of the episode, or pause it (Space)");
    final JButton policyStep = button("policyStep", "Step", "Take one step with the policy's action");
    final JSlider speed = new JSlider(0, PlaybackSpeed.CHOICES.size() - 1, DEFAULT_SPEED);
    final JLabel speedLabel = new JLabel();
    final JLabel inputProblem = new JLabel(" ");
    private final JPanel panel = new JPanel();
    private final JLabel act = new JLabel("Act");
    private final JPanel episode;
    private final ExplorerCommands commands;
    private List<ActionLabel> labels;

    /**
     * @param tasks    the task selector's model, shared with the set-up form
     * @param policies the policy selector's model, shared with the set-up form
     * @param labels   the actions' buttons, one per action of the environment, in index order
     */
    ControlBar(ComboBoxModel<Task> tasks, ComboBoxModel<String> policies, List<ActionLabel> labels, long firstSeed,
               ExplorerCommands commands) {
        this.commands = commands;
        this.labels = labels;
        task = new JComboBox<>(tasks);
        policy = new JComboBox<>(policies);
        runAction = new JComboBox<>(labels.toArray(ActionLabel[]::new));
        labels.forEach(label -> actions.add(actionButton(label)));
        task.setName("task");
        task.setRenderer(new TaskRenderer());
        seed.setName("seed");
        seed.setText(Long.toString(firstSeed));
        seed.putClientProperty("JTextField.placeholderText", "seed");
        seed.setToolTipText("A whole number; the same seed replays the same traffic. Enter resets.");
        seed.addActionListener(event -> commands.reset());
        runCount.setName("runCount");
        runCount.setToolTipText("Steps to run: 1 to 20");
        runAction.setName("runAction");
        runAction.setSelectedIndex(labels.size() / 2);
        policy.setName("policy");
        speed.setName("speed");
        speed.setSnapToTicks(true);
        speed.setPaintTicks(true);
        speed.setMajorTickSpacing(1);
        speed.setPreferredSize(new Dimension(140, speed.getPreferredSize().height));
        speedLabel.setName("speedLabel");
        speedLabel.setText(PlaybackSpeed.FULL.label());
        speedLabel.setPreferredSize(new Dimension(90, speedLabel.getPreferredSize().height));
        inputProblem.setName("inputProblem");
        for (JComponent unfocused : List.of(task, runAction, policy, speed)) {
            unfocused.setFocusable(false);
        }

        reset.addActionListener(event -> commands.reset());
        run.addActionListener(event -> commands.runSteps());
        play.addActionListener(event -> commands.togglePlay());
        policyStep.addActionListener(event -> commands.stepPolicy());
        speed.addChangeListener(event -> {
            speedLabel.setText(selectedSpeed().label());
            if (!speed.getValueIsAdjusting()) {
                commands.speed(selectedSpeed());
            }
        });
        speedLabel.setText(selectedSpeed().label());

        List<Component> first = new ArrayList<>(List.of(new JLabel("Task"), task, new JLabel("Seed"), seed, reset,
                separator(), act));
        first.addAll(actions);
        first.addAll(List.of(separator(), new JLabel("Run"), runCount, new JLabel("steps of"), runAction, run));
        episode = row(first.toArray(Component[]::new));
        JPanel playback = row(new JLabel("Policy"), policy, play, policyStep, separator(), new JLabel("Speed"), speed,
                speedLabel);
        inputProblem.setBorder(BorderFactory.createEmptyBorder(0, 12, 0, 12));
        playback.add(inputProblem);
        JPanel second = playback;

        panel.setLayout(new BorderLayout());
        panel.add(episode, BorderLayout.NORTH);
        panel.add(second, BorderLayout.SOUTH);
        panel.setBorder(BorderFactory.createEmptyBorder(4, 4, 2, 4));
    }

    JComponent component() {
        return panel;
    }

    Task selectedTask() {
        return (Task) task.getSelectedItem();
    }

    Action selectedRunAction() {
        return Action.of(((ActionLabel) runAction.getSelectedItem()).index());
    }

    /**
     * Shows one button per action of {@code shown} instead, after a set-up with another action scheme;
     * the run selector offers the same actions, starting at the middle one.
     */
    void actions(List<ActionLabel> shown) {
        if (shown.equals(labels)) {
            return;
        }
        labels = shown;
        actions.forEach(episode::remove);
        actions.clear();
        int at = java.util.Arrays.asList(episode.getComponents()).indexOf(act) + 1;
        for (ActionLabel label : shown) {
            JButton button = actionButton(label);
            actions.add(button);
            episode.add(button, at++);
        }
        runAction.setModel(new javax.swing.DefaultComboBoxModel<>(shown.toArray(ActionLabel[]::new)));
        runAction.setSelectedIndex(shown.size() / 2);
        episode.revalidate();
        episode.repaint();
    }

    /** The actions the buttons show, in index order. */
    List<ActionLabel> labels() {
        return labels;
    }

    /** The action named {@code name} ({@link ActionLabel#INCREASE} ...), empty when the scheme has none. */
    Optional<Action> named(String name) {
        return labels.stream().filter(label -> label.name().equals(name)).findFirst()
                .map(label -> Action.of(label.index()));
    }

    private JButton actionButton(ActionLabel label) {
        JButton button = button(label.name(), label.text(), label.tip());
        button.addActionListener(event -> commands.act(Action.of(label.index())));
        return button;
    }

    /** The button of the action with {@code index}. */
    JButton action(int index) {
        return actions.get(index);
    }

    PlaybackSpeed selectedSpeed() {
        return PlaybackSpeed.CHOICES.get(speed.getValue());
    }

    /** The step count typed, or empty after {@link #showProblem} when the text is not 1 to 20. */
    Optional<Integer> runCountValue() {
        try {
            runCount.commitEdit();
        } catch (ParseException outOfRange) {
            JTextField field = ((JSpinner.DefaultEditor) runCount.getEditor()).getTextField();
            showProblem(field, "run count '" + field.getText().strip() + "' is not allowed: choose "
                    + ExplorerSession.MIN_RUN + " to " + ExplorerSession.MAX_RUN + " steps");
            return Optional.empty();
        }
        return Optional.of((Integer) runCount.getValue());
    }

    void playing(boolean playing) {
        play.setText(playing ? PAUSE : PLAY);
    }

    /** Shows {@code message} beside the controls and marks {@code field} as the one in error. */
    void showProblem(JComponent field, String message) {
        field.putClientProperty("JComponent.outline", "error");
        inputProblem.setText(message);
    }

    void clearProblems() {
        seed.putClientProperty("JComponent.outline", null);
        ((JSpinner.DefaultEditor) runCount.getEditor()).getTextField().putClientProperty("JComponent.outline", null);
        inputProblem.setText(" ");
    }

    private static JPanel row(Component... components) {
        // wraps onto more lines when the window is narrow, instead of hiding controls past the edge
        JPanel row = new JPanel(new WrappingFlowLayout(FlowLayout.LEFT, 6, 3));
        for (Component component : components) {
            row.add(component);
        }
        return row;
    }

    private static JComponent separator() {
        JSeparator separator = new JSeparator(SwingConstants.VERTICAL);
        separator.setPreferredSize(new Dimension(8, 22));
        return separator;
    }

    private static JButton button(String name, String text, String tip) {
        JButton button = new JButton(text);
        button.setName(name);
        button.setToolTipText(tip);
        button.setFocusable(false);
        return button;
    }

    /** Shows tasks as users type them: easy, medium, hard. */
    static final class TaskRenderer extends DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                      boolean focused) {
            Object shown = value instanceof Task each ? each.id() : value;
            return super.getListCellRendererComponent(list, shown, index, selected, focused);
        }
    }
}
