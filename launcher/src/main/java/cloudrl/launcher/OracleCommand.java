package cloudrl.launcher;

import cloudrl.api.Scenario;
import cloudrl.api.TrafficChain;
import cloudrl.env.CloudEnvironment;
import cloudrl.workload.Ar1Workload;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.ReferenceScenario;
import cloudrl.env.Task;
import cloudrl.oracle.BeliefPlan;
import cloudrl.oracle.BeliefPlanner;
import cloudrl.env.fleet.UnitScheme;
import cloudrl.oracle.OptimalPlanner;
import cloudrl.oracle.OracleCoverage;
import cloudrl.oracle.Plan;
import cloudrl.oracle.PolicyEvaluation;
import cloudrl.oracle.ScalingMdp;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.Selection;
import cloudrl.policy.ThresholdPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;

/** Prints the ceiling: the optimal expected return per task, and the heuristic's on the same process. */
@Command(name = "oracle", mixinStandardHelpOptions = true,
        description = "Print each task's optimal expected return, solved exactly by backward induction. Also prints"
                + " the threshold heuristic's exact expected return on the same process. Exact for gaussian and"
                + " diurnal, the optimum over the belief on the hidden regime for bursty (bracketed, with the bound"
                + " with the regime revealed beside it), approximate for ar1, as docs/oracle.md tabulates; refuses other"
                + " workloads. With --scenario, plans over (step, fleet state with its boot queue and, under a budget,"
                + " the cost spent so far, workload state).")
final class OracleCommand implements Runnable {

    /** The reference workload, the one every task's figures in the README are for. */
    static final String WORKLOAD = Selection.DEFAULT_WORKLOAD;

    @Spec
    CommandSpec spec;

    @Option(names = "--task", converter = TaskConverter.class, paramLabel = "TASK",
            description = "easy, medium or hard (default: all three)")
    Task task;

    @Option(names = "--json", description = "one JSON object per task, one per line")
    boolean json;

    @Option(names = "--timings", description = "with --json: add plan_millis, each plan's time in milliseconds,"
            + " which differs from run to run (left out otherwise, so two runs print the same JSON)")
    boolean timings;

    @Option(names = "--workload", paramLabel = "ID",
            description = "traffic model (default: " + Selection.DEFAULT_WORKLOAD + "; exact: gaussian, diurnal;"
                    + " over the belief: bursty; approximate: ar1)")
    String workload;

    @Option(names = "--param", paramLabel = "PART.NAME=VALUE",
            description = "a parameter of the workload, reward, actions or fleet, repeatable: workload.period=24")
    List<String> params = new ArrayList<>();

    @Mixin
    PluginsOption plugins;

    @Mixin
    ScenarioOption scenarioOption;

    @Override
    public void run() {
        Printer printer = new Printer(spec.commandLine().getOut());
        List<Task> tasks = task == null ? List.of(Task.values()) : List.of(task);
        for (String param : params) {
            if (param.startsWith("policy.")) {
                throw new IllegalArgumentException("--param " + param + " is not allowed here: the oracle takes"
                        + " workload., reward., actions. and fleet. parameters, as PART.NAME=VALUE");
            }
        }
        Assembly assembly = new Assembly(plugins.discover(spec.commandLine().getErr()));
        Scenario scenario = scenarioOption.resolve(assembly.catalog());
        Selection selection = Selection.of(scenario, null, null, workload, params);
        // no policy is checked: the oracle plays none, so a plugin clashing with a policy id cannot stop it
        String workloadId = selection.workload().id();
        boolean reference = ReferenceScenario.ID.equals(scenario.id());
        // every task is checked before the first line, so a refusal leaves no partial output
        List<CloudEnvironment> environments = new ArrayList<>();
        for (Task each : tasks) {
            CloudEnvironment environment = assembly.environment(each, selection, 0);
            OracleCoverage coverage = OracleCoverage.of(environment);
            if (!coverage.solved()) {
                throw new IllegalArgumentException("the oracle does not cover scenario " + scenario.id() + " with workload '"
                        + workloadId + "': " + coverage.reason() + " (docs/oracle.md)");
            }
            if (environment.workload() instanceof Ar1Workload ar1) {
                requireApproximable(each, ar1, environment.config());
            }
            environments.add(environment);
        }
        // the processes too: one too large to tabulate (a budget's spent cost multiplies the fleet states) is
        // refused before any output
        List<ScalingMdp> processes = new ArrayList<>();
        double[] tabulationMillis = new double[tasks.size()];
        for (int i = 0; i < tasks.size(); i++) {
            long start = System.nanoTime();
            processes.add(ScalingMdp.of(environments.get(i)));
            tabulationMillis[i] = (System.nanoTime() - start) / 1e6;
        }
        for (int i = 0; i < tasks.size(); i++) {
            Task each = tasks.get(i);
            CloudEnvironment environment = environments.get(i);
            EnvironmentConfig config = environment.config();
            long start = System.nanoTime();
            ScalingMdp mdp = processes.get(i);
            Plan plan = OptimalPlanner.plan(mdp);
            // bursty's regime is hidden from policies: its plan is an upper bound with the regime revealed, and
            // the optimum is the belief plan's bracket; ar1's level is continuous and only seen rounded: its plan
            // is over an approximate chain
            OracleCoverage.Kind kind = OracleCoverage.of(environment).kind();
            BeliefPlan belief = kind == OracleCoverage.Kind.BELIEF ? BeliefPlanner.plan(mdp) : null;
            double planMillis = tabulationMillis[i] + (System.nanoTime() - start) / 1e6;
            boolean bound = plan.coverage() == TrafficChain.Coverage.UPPER_BOUND;
            boolean approximate = plan.coverage() == TrafficChain.Coverage.APPROXIMATE;
            String label = kind.label();
            // the heuristic's exact value needs observations of (fleet state, rate) alone, and its actions are the
            // unit scheme's
            boolean evaluated = PolicyEvaluation.covers(environment.dynamics())
                    && environment.dynamics().scheme() instanceof UnitScheme;
            double heuristic = evaluated ? new PolicyEvaluation(mdp).expectedReturn(ThresholdPolicy.defaults()) : Double.NaN;
            // of the belief optimum's upper end, so never above the true share
            double ceiling = belief != null ? belief.upperBound() : plan.expectedReturn();
            double percent = 100 * heuristic / ceiling;
            if (json) {
                printer.raw(JsonLine.of(new Json(each.id(), reference ? null : scenario.id(), workloadId,
                        config.maxSteps(), config.initialServers(), reference ? null : mdp.fleetCount(), label,
                        bound ? null : plan.expectedReturn(),
                        belief == null ? null : belief.lowerBound(), belief == null ? null : belief.upperBound(),
                        belief == null ? null : belief.errorBound(), belief == null ? null : belief.gridPoints(),
                        bound ? plan.expectedReturn() : null,
                        plan.truncationErrorBound(), evaluated ? heuristic : null,
                        evaluated && !bound ? percent : null, evaluated && belief != null ? percent : null,
                        evaluated && bound && belief == null ? percent : null,
                        timings ? planMillis : null)));
            } else {
                if (reference) {
                    printer.line("%s · %s workload (%sbase %s, std %s) · %d steps from %d servers", each.id(), workloadId,
                            WORKLOAD.equals(workloadId) ? "" : "around the task's ",
                            plain(each.baseRate()), plain(each.stdDev()), config.maxSteps(), config.initialServers());
                } else {
                    printer.line("%s · scenario %s · %s workload (%sbase %s, std %s) · %d steps from %s servers · %d fleet"
                                    + " states", each.id(), scenario.id(), workloadId,
                            WORKLOAD.equals(workloadId) ? "" : "around the task's ", plain(each.baseRate()),
                            plain(each.stdDev()), config.maxSteps(), scenario.initialServers(), mdp.fleetCount());
                }
                if (belief != null) {
                    printer.line("  belief optimum                 %.4f to %.4f   (error bound %.2g %%, the cut"
                            + " tails included; the posterior of the hidden regime on a grid of %d beliefs)",
                            belief.lowerBound(), belief.upperBound(), 100 * belief.errorBound(), belief.gridPoints());
                    printer.line("  grid controller (oracle)       %.4f   (exact: the lower end, which --policy oracle"
                            + " plays)", belief.lowerBound());
                    printer.line("  upper bound, regime revealed   %.4f   (to within %.1e; a decision maker told the regime,"
                            + " not a policy)", plan.expectedReturn(), plan.truncationErrorBound());
                    printHeuristic(printer, evaluated, "  threshold heuristic            %.4f   (exact, %.2f %% of the"
                            + " belief optimum's upper end)", heuristic, percent);
                } else if (bound) {
                    printer.line("  upper bound, regime revealed %9.4f   (to within %.1e; no policy that sees only the"
                            + " observation can beat it; not an optimal policy)", plan.expectedReturn(),
                            plan.truncationErrorBound());
                    printHeuristic(printer, evaluated, "  threshold heuristic          %9.4f   (exact, %.2f %% of the"
                            + " upper bound)", heuristic, percent);
                } else if (approximate) {
                    printer.line("  optimal expected return   %9.4f   (APPROXIMATE: the last rate stands for the level;"
                            + " docs/oracle.md)", plan.expectedReturn());
                    printHeuristic(printer, evaluated, "  threshold heuristic       %9.4f   (on the same approximate"
                            + " process, %.2f %% of it)", heuristic, percent);
                } else {
                    printer.line("  optimal expected return   %9.4f   (exact to within %.1e)", plan.expectedReturn(),
                            plan.truncationErrorBound());
                    printHeuristic(printer, evaluated, "  threshold heuristic       %9.4f   (exact on the same process,"
                            + " %.2f %% of optimal)", heuristic, percent);
                }
                printer.line("  planned in %.1f ms", planMillis);
            }
            printer.flush();
        }
    }

    /** Refuses at once, with a noise that fits, an ar1 process whose chain would take minutes or more to plan. */
    private static void requireApproximable(Task task, Ar1Workload ar1, EnvironmentConfig config) {
        double work = ar1.planWork(config);
        if (work > OptimalPlanner.MAX_WORK) {
            double largest = ar1.largestPlannableStdDev(config, OptimalPlanner.MAX_WORK);
            throw new IllegalArgumentException(String.format(Locale.ROOT, "ar1 with noise %s (a standard deviation"
                    + " of %s on %s) is too wide to plan: about %.1e expectation terms, more than the %d allowed;"
                    + " give --param workload.noise=N with N at most %s for %s", twoDigits(ar1.stdDev() / task.stdDev()),
                    twoDigits(ar1.stdDev()), task.id(), work, OptimalPlanner.MAX_WORK,
                    twoDigitsDown(largest / task.stdDev()), task.id()));
        }
    }

    /**
     * One task's plan as JSON. A hidden regime has {@code upper_bound_return} (the regime revealed) in
     * place of {@code optimal_return}, and the belief optimum's bracket ({@code belief_lower_return},
     * {@code belief_upper_return}, the relative {@code belief_error_bound}, {@code belief_grid_points}) with
     * {@code threshold_percent_of_belief_optimum} (of the upper end); a bound without a belief plan has
     * {@code threshold_percent_of_upper_bound}. Off the reference, {@code scenario} and {@code fleet_states}
     * are added, and the threshold's keys are left out where its exact value is not computed;
     * {@code plan_millis} is there only with {@code --timings}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Json(String task, String scenario, String workload, int maxSteps, int initialServers, Integer fleetStates,
                String coverage, Double optimalReturn, Double beliefLowerReturn, Double beliefUpperReturn,
                Double beliefErrorBound, Integer beliefGridPoints, Double upperBoundReturn,
                double truncationErrorBound, Double thresholdReturn, Double thresholdPercentOfOptimal,
                Double thresholdPercentOfBeliefOptimum, Double thresholdPercentOfUpperBound, Double planMillis) {
    }

    private static String twoDigits(double value) {
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    // rounded down, so the advice itself is accepted
    private static String twoDigitsDown(double value) {
        return new BigDecimal(value).round(new MathContext(2, RoundingMode.DOWN)).stripTrailingZeros().toPlainString();
    }

    private static void printHeuristic(Printer printer, boolean evaluated, String format, double heuristic,
                                       double percent) {
        if (evaluated) {
            printer.line(format, heuristic, percent);
        } else {
            printer.line("  threshold heuristic       (not evaluated: its exact evaluation needs the unit scheme and"
                    + " features of the fleet state alone)");
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
