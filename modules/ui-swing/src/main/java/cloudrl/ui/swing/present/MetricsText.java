package cloudrl.ui.swing.present;

import cloudrl.api.Observation;
import cloudrl.ui.swing.session.ExplorerFrame;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The metric panel's values for one frame, formatted. Utilisations also carry their zone, so the
 * panel can colour them. Booting servers, budget left and violations are present only where the
 * scenario reports them (the frame's fleet values), so the reference shows none of them.
 */
public record MetricsText(String cpu, double cpuPercent, MetricZone cpuZone, String memory, double memoryPercent,
                          MetricZone memoryZone, String requestRate, String servers, String latency, String step,
                          String lastAction, String lastReward, List<String> rewardParts, String cumulativeReward,
                          Optional<String> booting, Optional<String> budgetLeft, Optional<String> violations) {

    public MetricsText {
        rewardParts = List.copyOf(rewardParts);
    }

    /** The reward's parts on one line, {@code cpu +0.912  memory +0.951  cost -0.150  penalty 0.000}; a dash at reset. */
    public String rewardComponents() {
        return rewardParts.isEmpty() ? NONE : String.join("  ", rewardParts);
    }

    /** Shown where a value does not exist yet, such as the reward of the reset state. */
    public static final String NONE = "—";

    /** The values of {@code frame}. */
    public static MetricsText of(ExplorerFrame frame) {
        Observation state = frame.state();
        return new MetricsText(percent(state.cpu()), state.cpu(), MetricZone.of(state.cpu()),
                percent(state.memory()), state.memory(), MetricZone.of(state.memory()),
                state.requestRate() + " req/step", Integer.toString(state.servers()),
                format("%.2f req/server", frame.latency()),
                frame.step() + " / " + frame.maxSteps(),
                frame.actionLabel().orElse(NONE),
                frame.reward().isPresent() ? format("%.4f", frame.reward().getAsDouble()) : NONE,
                parts(frame.rewardComponents()),
                format("%.3f", frame.cumulativeReward()),
                fleet(frame, "bootingServers", "%.0f"), fleet(frame, "budgetLeft", "%.2f"),
                fleet(frame, "violations", "%.0f"));
    }

    private static Optional<String> fleet(ExplorerFrame frame, String name, String pattern) {
        OptionalDouble value = frame.fleet(name);
        return value.isPresent() ? Optional.of(format(pattern, value.getAsDouble())) : Optional.empty();
    }

    /** Each reward part as {@code name +0.123}, in the reference order. */
    static List<String> parts(Map<String, Double> parts) {
        return RewardParts.ordered(parts.keySet()).stream()
                .map(name -> name + " " + format("%+.3f", parts.get(name))).toList();
    }

    static String percent(double value) {
        return format("%.1f %%", value);
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
