package cloudrl.ui.swing.window;

import cloudrl.ui.swing.present.MetricZone;
import cloudrl.ui.swing.present.MetricsText;
import cloudrl.ui.swing.present.Theme;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTextArea;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The latest state: utilisations coloured by zone, traffic, servers, step, reward; and booting
 * servers, budget left and SLA violations in scenarios that have them.
 */
final class MetricsPanel {

    final JLabel cpu = Labels.value("cpuValue");
    final JLabel memory = Labels.value("memoryValue");
    final JProgressBar cpuBar = bar("cpuBar");
    final JProgressBar memoryBar = bar("memoryBar");
    final JLabel requestRate = Labels.value("requestRateValue");
    final JLabel servers = Labels.value("serversValue");
    final JLabel latency = Labels.value("latencyValue");
    final JLabel step = Labels.value("stepValue");
    final JLabel lastAction = Labels.value("actionValue");
    final JLabel lastReward = Labels.value("rewardValue");
    final JTextArea rewardParts = Labels.wrapping("rewardPartsValue");
    final JLabel cumulativeReward = Labels.value("cumulativeRewardValue");
    final JLabel booting = Labels.value("bootingValue");
    final JLabel budgetLeft = Labels.value("budgetLeftValue");
    final JLabel violations = Labels.value("violationsValue");
    /** The rows only some scenarios have, by value label: the name label to hide with it. */
    private final Map<JLabel, JLabel> scenarioRows = new java.util.LinkedHashMap<>();
    private final Map<MetricZone, JLabel> legend = new EnumMap<>(MetricZone.class);
    private final JPanel panel;

    MetricsPanel() {
        Rows rows = new Rows();
        rows.add("CPU", withBar(cpuBar, cpu));
        rows.add("Memory", withBar(memoryBar, memory));
        rows.addWide(legend());
        rows.add("Request rate", requestRate);
        rows.add("Servers", servers);
        scenarioRows.put(booting, rows.add("Booting", booting));
        rows.add("Latency", latency);
        rows.add("Step", step);
        rows.add("Last action", lastAction);
        rows.add("Last reward", lastReward);
        rows.add("Reward parts", rewardParts);
        rows.add("Cumulative", cumulativeReward);
        scenarioRows.put(budgetLeft, rows.add("Budget left", budgetLeft));
        scenarioRows.put(violations, rows.add("SLA violations", violations));
        scenarioRows.forEach((value, name) -> {
            value.setVisible(false);
            name.setVisible(false);
        });
        rows.finish();
        panel = rows.panel();
        panel.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createTitledBorder("State"),
                BorderFactory.createEmptyBorder(2, 6, 4, 6)));
    }

    JComponent component() {
        return panel;
    }

    void show(Optional<MetricsText> metrics, Theme theme) {
        legend.forEach((zone, label) -> label.setForeground(theme.zoneColour(zone)));
        if (metrics.isEmpty()) {
            return;
        }
        MetricsText text = metrics.get();
        utilisation(cpu, cpuBar, text.cpu(), text.cpuPercent(), text.cpuZone(), theme);
        utilisation(memory, memoryBar, text.memory(), text.memoryPercent(), text.memoryZone(), theme);
        requestRate.setText(text.requestRate());
        servers.setText(text.servers());
        latency.setText(text.latency());
        step.setText(text.step());
        lastAction.setText(text.lastAction());
        lastReward.setText(text.lastReward());
        rewardParts.setText(twoPerLine(text));
        cumulativeReward.setText(text.cumulativeReward());
        scenarioRow(booting, text.booting());
        scenarioRow(budgetLeft, text.budgetLeft());
        scenarioRow(violations, text.violations());
    }

    /** Shows {@code value} in its row, or hides the row when the scenario has no such value. */
    private void scenarioRow(JLabel label, Optional<String> value) {
        value.ifPresent(label::setText);
        label.setVisible(value.isPresent());
        scenarioRows.get(label).setVisible(value.isPresent());
    }

    /** Two parts a line, so a part's name never wraps away from its value. */
    static String twoPerLine(MetricsText text) {
        List<String> parts = text.rewardParts();
        if (parts.isEmpty()) {
            return MetricsText.NONE;
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            lines.append(parts.get(i)).append(i == parts.size() - 1 ? "" : i % 2 == 0 ? "   " : "\n");
        }
        return lines.toString();
    }

    private static void utilisation(JLabel value, JProgressBar bar, String text, double percent, MetricZone zone,
                                    Theme theme) {
        value.setText(text);
        value.setForeground(theme.zoneColour(zone));
        value.setToolTipText(zone.description());
        bar.setValue((int) Math.round(percent));
        bar.setForeground(theme.zoneColour(zone));
    }

    private JComponent legend() {
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT, 10, 0));
        for (MetricZone zone : MetricZone.values()) {
            JLabel label = new JLabel("■ " + zone.legend());
            label.putClientProperty("FlatLaf.styleClass", "small");
            legend.put(zone, label);
            row.add(label);
        }
        return row;
    }

    private static JComponent withBar(JProgressBar bar, JLabel value) {
        JPanel row = new JPanel(new BorderLayout(8, 0));
        row.add(bar, BorderLayout.CENTER);
        value.setPreferredSize(new Dimension(72, value.getPreferredSize().height));
        value.setHorizontalAlignment(JLabel.RIGHT);
        row.add(value, BorderLayout.EAST);
        return row;
    }

    private static JProgressBar bar(String name) {
        JProgressBar bar = new JProgressBar(0, 100);
        bar.setName(name);
        return bar;
    }
}
