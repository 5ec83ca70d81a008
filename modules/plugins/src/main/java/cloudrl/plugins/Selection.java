package cloudrl.plugins;

import cloudrl.api.PlugPoint;
import cloudrl.api.Scenario;
import cloudrl.env.ReferenceScenario;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a run plugs in: a policy, a reward and a workload, each with its parameters, and the rest
 * of the scenario they play in. On the command line a parameter is addressed to its plug point with
 * a prefix, {@code workload.period=24}, {@code policy.target=50}, {@code reward.slo=30},
 * {@code actions.k=2} or {@code fleet.bootSteps=3}, and goes to whichever provider is chosen there.
 * A scenario names a reward, a workload, an action scheme and a fleet with their parameters;
 * {@code --reward} and {@code --workload} replace the scenario's part, and {@code --param} values
 * override or add to the parameters of the part in use.
 *
 * @param policy      the policy and its parameters
 * @param reward      the reward and its parameters
 * @param workload    the workload and its parameters
 * @param composition the scenario's other parts
 */
public record Selection(Choice policy, Choice reward, Choice workload, Composition composition) {

    /** The prefixes {@code --param} accepts, with the plug point each addresses. */
    private static final List<PlugPoint> PARAM_POINTS = List.of(PlugPoint.POLICY, PlugPoint.REWARD, PlugPoint.WORKLOAD,
            PlugPoint.ACTIONS, PlugPoint.FLEET);

    /** The reference heuristic. */
    public static final String DEFAULT_POLICY = "threshold";
    /** The reference reward. */
    public static final String DEFAULT_REWARD = "seed-shaped";
    /** The reference traffic. */
    public static final String DEFAULT_WORKLOAD = "gaussian";

    public Selection {
        if (policy == null || reward == null || workload == null || composition == null) {
            throw new IllegalArgumentException("a selection needs a policy, a reward, a workload and a composition");
        }
    }

    /** The given choices in the reference scenario. */
    public Selection(Choice policy, Choice reward, Choice workload) {
        this(policy, reward, workload, Composition.of(ReferenceScenario.scenario(), Map.of(), Map.of()));
    }

    /** The reference setup: threshold policy, seed-shaped reward, Gaussian traffic. */
    public static Selection defaults() {
        return new Selection(Choice.of(DEFAULT_POLICY), Choice.of(DEFAULT_REWARD), Choice.of(DEFAULT_WORKLOAD));
    }

    /** The same selection with {@code policy} instead. */
    public Selection withPolicy(Choice policy) {
        return new Selection(policy, reward, workload, composition);
    }

    /** The scenario's id (or file) this selection plays in. */
    public String scenario() {
        return composition.scenario();
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
        return of(ReferenceScenario.scenario(), policy, reward, workload, params);
    }

    /**
     * The selection of the given ids ({@code null}: the scenario's part, or the default policy) in
     * {@code scenario}, with {@code params}, each {@code plugpoint.name=value}.
     *
     * @throws IllegalArgumentException as {@link #of(String, String, String, List)}
     */
    public static Selection of(Scenario scenario, String policy, String reward, String workload, List<String> params) {
        Map<PlugPoint, Map<String, String>> byPoint = new EnumMap<>(PlugPoint.class);
        for (PlugPoint point : PlugPoint.values()) {
            byPoint.put(point, new LinkedHashMap<>());
        }
        for (String param : params) {
            addParam(byPoint, param);
        }
        return new Selection(
                Choice.parse(PlugPoint.POLICY, policy == null ? DEFAULT_POLICY : policy, byPoint.get(PlugPoint.POLICY)),
                reward == null ? Choice.merged(scenario.reward(), byPoint.get(PlugPoint.REWARD))
                        : Choice.parse(PlugPoint.REWARD, reward, byPoint.get(PlugPoint.REWARD)),
                workload == null ? Choice.merged(scenario.workload(), byPoint.get(PlugPoint.WORKLOAD))
                        : Choice.parse(PlugPoint.WORKLOAD, workload, byPoint.get(PlugPoint.WORKLOAD)),
                Composition.of(scenario, byPoint.get(PlugPoint.ACTIONS), byPoint.get(PlugPoint.FLEET)));
    }

    /** The choice for {@code point}. */
    public Choice choice(PlugPoint point) {
        return switch (point) {
            case POLICY -> policy;
            case REWARD -> reward;
            case WORKLOAD -> workload;
            case ACTIONS -> composition.actions();
            case FLEET -> composition.fleet();
            default -> throw new IllegalArgumentException("a selection holds no single " + point.id()
                    + " choice: see its composition");
        };
    }

    /** Whether this selection plays the provider {@code id} of {@code point}: as its choice, a constraint, a feature or its scenario. */
    public boolean uses(PlugPoint point, String id) {
        return switch (point) {
            case POLICY, REWARD, WORKLOAD, ACTIONS, FLEET -> choice(point).id().equals(id);
            case CONSTRAINT -> composition.constraints().stream().anyMatch(choice -> choice.id().equals(id));
            case FEATURE -> composition.features().stream().anyMatch(choice -> choice.id().equals(id));
            case SCENARIO -> composition.scenario().equals(id);
        };
    }

    private static void addParam(Map<PlugPoint, Map<String, String>> byPoint, String param) {
        int equals = param.indexOf('=');
        int dot = param.indexOf('.');
        if (equals < 0 || dot < 0 || dot > equals) {
            throw new IllegalArgumentException("--param " + param + " is not allowed: write plugpoint.name=value,"
                    + " such as workload.period=24, with plugpoint one of policy, reward, workload, actions, fleet");
        }
        String prefix = param.substring(0, dot).strip().toLowerCase(Locale.ROOT);
        String name = param.substring(dot + 1, equals).strip();
        String value = param.substring(equals + 1).strip();
        PlugPoint point = null;
        for (PlugPoint candidate : PARAM_POINTS) {
            if (candidate.id().equals(prefix)) {
                point = candidate;
            }
        }
        if (point == null) {
            throw new IllegalArgumentException("--param " + param + " is not allowed: '" + prefix
                    + "' is no plug point a parameter can address; start with policy., reward., workload., actions."
                    + " or fleet.");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("--param " + param + " is not allowed: the parameter name is missing");
        }
        if (byPoint.get(point).put(name, value) != null) {
            throw new IllegalArgumentException("--param " + prefix + "." + name + " is given twice: give it once");
        }
    }
}
