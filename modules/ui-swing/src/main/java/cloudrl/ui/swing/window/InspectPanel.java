package cloudrl.ui.swing.window;

import cloudrl.api.PlugPoint;
import cloudrl.api.TrafficLevel;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.Task;
import cloudrl.plugins.Selection;
import cloudrl.ui.swing.chart.HeatMaps;
import cloudrl.ui.swing.inspect.PolicyMap;
import cloudrl.ui.swing.inspect.RewardMap;
import cloudrl.ui.swing.inspect.StateGrid;
import cloudrl.ui.swing.present.Theme;
import cloudrl.ui.swing.Workbench;
import org.jfree.chart.ChartPanel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * Inspect: what a policy would do, as a heat map of its action over servers × request rate (or step
 * × servers, for a policy whose choice depends on the step, such as the oracle's plan), beside what
 * the set-up's reward pays over CPU × servers. Computed off the EDT.
 */
final class InspectPanel {

    static final String SERVERS_BY_RATE = "servers × request rate";
    static final String STEP_BY_SERVERS = "step × servers";
    /** Rows of the maps: 1 to this many servers, or the configuration's bound if lower. */
    static final int MAP_SERVERS = 12;
    private static final Logger LOG = LoggerFactory.getLogger(InspectPanel.class);

    final DefaultComboBoxModel<String> ids = new DefaultComboBoxModel<>();
    final JComboBox<String> policy = new JComboBox<>(ids);
    final JComboBox<String> axes = new JComboBox<>(new String[] {SERVERS_BY_RATE, STEP_BY_SERVERS});
    final JButton show = new JButton("Show maps");
    final ChartPanel policyMap = Charts.panel(null);
    final ChartPanel rewardMap = Charts.panel(null);
    private final JPanel panel = new JPanel(new BorderLayout(0, 4));
    private final Workshop workshop;
    private final ExecutorService work;
    private StateGrid policyGrid;
    private StateGrid rewardGrid;
    private List<String> actionNames = List.of();

    /** Names the map's actions by {@code labels}, after a set-up with another action scheme. */
    void actions(List<ActionLabel> labels) {
        actionNames = labels.stream().map(ActionLabel::plain).toList();
    }

    InspectPanel(Workshop workshop, ExecutorService work, List<ActionLabel> labels) {
        this.workshop = workshop;
        this.work = work;
        actionNames = labels.stream().map(ActionLabel::plain).toList();
        policy.setName("inspectPolicy");
        policy.setFocusable(false);
        axes.setName("inspectAxes");
        axes.setFocusable(false);
        axes.setToolTipText("Step × servers shows a policy whose choice depends on the step, such as the oracle");
        show.setName("showMaps");
        show.setFocusable(false);
        show.addActionListener(event -> compute());
        offer(workshop.workbench());
        workshop.selectionWith(null).ifPresent(selection -> ids.setSelectedItem(selection.policy().id()));
        JPanel controls = new JPanel(new WrappingFlowLayout(FlowLayout.LEFT, 6, 2));
        controls.add(new JLabel("Policy"));
        controls.add(policy);
        controls.add(new JLabel("over"));
        controls.add(axes);
        controls.add(show);
        JPanel maps = new JPanel(new GridLayout(1, 2, 4, 0));
        maps.add(policyMap);
        maps.add(rewardMap);
        panel.add(controls, BorderLayout.NORTH);
        panel.add(maps, BorderLayout.CENTER);
        panel.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
    }

    JComponent component() {
        return panel;
    }

    void offer(Workbench workbench) {
        List<String> available = workbench.ids(PlugPoint.POLICY);
        Object chosen = ids.getSelectedItem();
        ids.removeAllElements();
        available.forEach(ids::addElement);
        if (chosen != null && available.contains(chosen)) {
            ids.setSelectedItem(chosen);
        }
    }

    /** The latest policy map, or null before the first. */
    StateGrid policyGrid() {
        return policyGrid;
    }

    StateGrid rewardGrid() {
        return rewardGrid;
    }

    void apply(Theme theme) {
        if (policyGrid != null) {
            policyMap.setChart(HeatMaps.actions(policyGrid, actionNames, theme));
            rewardMap.setChart(HeatMaps.values(rewardGrid, theme));
        }
    }

    private void compute() {
        String id = (String) ids.getSelectedItem();
        Selection selection = workshop.selectionWith(id).orElse(null);
        if (selection == null) {
            return;
        }
        Workbench workbench = workshop.workbench();
        Task task = workshop.task();
        boolean byStep = STEP_BY_SERVERS.equals(axes.getSelectedItem());
        show.setEnabled(false);
        workshop.tell("mapping " + Workbench.label(selection) + " on " + task.id() + "…", false);
        try {
            work.execute(() -> {
                try {
                    CloudEnvironment environment = workbench.environment(task, selection);
                    EnvironmentConfig config = environment.config();
                    int servers = Math.min(MAP_SERVERS, config.maxServers());
                    TrafficLevel traffic = task.trafficLevel();
                    StateGrid actions;
                    if (byStep) {
                        actions = PolicyMap.overStepAndServers(() -> workbench.policy(task, selection, environment),
                                environment.dynamics(),
                                servers, config.maxSteps(), (int) Math.round(traffic.baseRate()));
                    } else {
                        int maxRate = (int) Math.ceil(traffic.baseRate() + 4 * traffic.stdDev());
                        int rateStep = Math.max(1, maxRate / 60);
                        actions = PolicyMap.overServersAndRate(() -> workbench.policy(task, selection, environment),
                                environment.dynamics(), servers, maxRate, rateStep);
                    }
                    StateGrid rewards = RewardMap.overCpuAndServers(environment.rewardFunction(), config, servers, 2);
                    String name = Workbench.label(selection);
                    StateGrid titledActions = actions.titled(name + ": " + lowerFirst(actions.title()));
                    StateGrid titledRewards = rewards.titled(selection.reward().label() + ": "
                            + lowerFirst(rewards.title()));
                    SwingUtilities.invokeLater(() -> shown(titledActions, titledRewards, name));
                } catch (RuntimeException failed) {
                    LOG.info("explorer: cannot map {}", id, failed);
                    SwingUtilities.invokeLater(() -> {
                        show.setEnabled(true);
                        workshop.tell("cannot map policy " + id + ": " + failed.getMessage(), true);
                    });
                }
            });
        } catch (RejectedExecutionException closing) {
            show.setEnabled(true);
        }
    }

    private void shown(StateGrid actions, StateGrid rewards, String name) {
        policyGrid = actions;
        rewardGrid = rewards;
        apply(workshop.theme());
        show.setEnabled(true);
        workshop.tell("mapped " + actions.title(), false);
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
