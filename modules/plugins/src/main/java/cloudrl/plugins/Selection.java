package cloudrl.plugins;

import cloudrl.api.PlugPoint;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a run plugs in: a policy, a reward and a workload, each with its parameters. On the command
 * line a parameter is addressed to its plug point with a prefix, {@code workload.period=24},
 * {@code policy.target=50} or {@code reward.slo=30}, and goes to whichever provider is chosen there.
 *
 * @param policy   the policy and its parameters
 * @param reward   the reward and its parameters
 * @param workload the workload and its parameters
 */
public record Selection(Choice policy, Choice reward, Choice workload) {

    /** The reference heuristic. */
    public static final String DEFAULT_POLICY = "threshold";
    /** The reference reward. */
    public static final String DEFAULT_REWARD = "seed-shaped";
    /** The reference traffic. */
    public static final String DEFAULT_WORKLOAD = "gaussian";

    public Selection {
        if (policy == null || reward == null || workload == null) {
            throw new IllegalArgumentException("a selection needs a policy, a reward and a workload");
        }
    }

    /** The reference setup: threshold policy, seed-shaped reward, Gaussian traffic. */
    public static Selection defaults() {
        return new Selection(Choice.of(DEFAULT_POLICY), Choice.of(DEFAULT_REWARD), Choice.of(DEFAULT_WORKLOAD));
    }

    /**
     * The selection of the given ids ({@code null} for a default) with {@code params}, each
     * {@code plugpoint.name=value}. An id may be written {@code ID:VALUE} to set the provider's first
     * declared parameter; see {@link Choice}.
     *
     * @throws IllegalArgumentException naming a parameter without a known prefix, a name or a
     *                                  {@code =}, one given twice, or a malformed {@code ID:VALUE}
     */
    public static Selection of(String policy, String reward, String workload, List<String> params) {
        Map<PlugPoint, Map<String, String>> byPoint = new EnumMap<>(PlugPoint.class);
        for (PlugPoint point : PlugPoint.values()) {
            byPoint.put(point, new LinkedHashMap<>());
        }
        for (String param : params) {
            addParam(byPoint, param);
        }
        return new Selection(
                Choice.parse(PlugPoint.POLICY, policy == null ? DEFAULT_POLICY : policy, byPoint.get(PlugPoint.POLICY)),
                Choice.parse(PlugPoint.REWARD, reward == null ? DEFAULT_REWARD : reward, byPoint.get(PlugPoint.REWARD)),
                Choice.parse(PlugPoint.WORKLOAD, workload == null ? DEFAULT_WORKLOAD : workload,
                        byPoint.get(PlugPoint.WORKLOAD)));
    }

    /** The choice for {@code point}. */
    public Choice choice(PlugPoint point) {
        return switch (point) {
            case POLICY -> policy;
            case REWARD -> reward;
            case WORKLOAD -> workload;
        };
    }

    private static void addParam(Map<PlugPoint, Map<String, String>> byPoint, String param) {
        int equals = param.indexOf('=');
        int dot = param.indexOf('.');
        if (equals < 0 || dot < 0 || dot > equals) {
            throw new IllegalArgumentException("--param " + param + " is not allowed: write plugpoint.name=value,"
                    + " such as workload.period=24, with plugpoint one of policy, reward, workload");
        }
        String prefix = param.substring(0, dot).strip().toLowerCase(Locale.ROOT);
        String name = param.substring(dot + 1, equals).strip();
        String value = param.substring(equals + 1).strip();
        PlugPoint point = null;
        for (PlugPoint candidate : PlugPoint.values()) {
            if (candidate.id().equals(prefix)) {
                point = candidate;
            }
        }
        if (point == null) {
            throw new IllegalArgumentException("--param " + param + " is not allowed: '" + prefix
                    + "' is no plug point; start with policy., reward. or workload.");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("--param " + param + " is not allowed: the parameter name is missing");
        }
        if (byPoint.get(point).put(name, value) != null) {
            throw new IllegalArgumentException("--param " + prefix + "." + name + " is given twice: give it once");
        }
    }
}
