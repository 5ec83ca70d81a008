package cloudrl.launcher;

import cloudrl.env.CloudEnvironment;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.Task;
import cloudrl.oracle.GaussianTraffic;
import cloudrl.oracle.OptimalPlanner;
import cloudrl.oracle.Plan;
import cloudrl.oracle.PolicyEvaluation;
import cloudrl.oracle.ScalingMdp;
import cloudrl.policy.ThresholdPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;

/** Prints the ceiling: the optimal expected return per task, and the heuristic's on the same process. */
@Command(name = "oracle", mixinStandardHelpOptions = true,
        description = {"Print each task's optimal expected return, solved exactly by backward induction.",
                "Also prints the threshold heuristic's exact expected return on the same process.",
                "Covers the reference Gaussian workload only (see docs/oracle.md)."})
final class OracleCommand implements Runnable {

    static final String WORKLOAD = "gaussian";

    @Spec
    CommandSpec spec;

    @Option(names = "--task", converter = TaskConverter.class, paramLabel = "TASK",
            description = "easy, medium or hard (default: all three)")
    Task task;

    @Option(names = "--json", description = "one JSON object per task, one per line")
    boolean json;

    @Override
    public void run() {
        Printer printer = new Printer(spec.commandLine().getOut());
        List<Task> tasks = task == null ? List.of(Task.values()) : List.of(task);
        for (Task each : tasks) {
            CloudEnvironment environment = CloudEnvironment.of(each);
            EnvironmentConfig config = environment.config();
            long start = System.nanoTime();
            ScalingMdp mdp = new ScalingMdp(config, GaussianTraffic.of(each.workload()),
                    environment.rewardFunction());
            Plan plan = OptimalPlanner.plan(mdp);
            double planMillis = (System.nanoTime() - start) / 1e6;
            double heuristic = new PolicyEvaluation(mdp).expectedReturn(ThresholdPolicy.defaults());
            double percent = 100 * heuristic / plan.expectedReturn();
            if (json) {
                printer.raw(new JsonObject()
                        .put("task", each.id())
                        .put("workload", WORKLOAD)
                        .put("max_steps", config.maxSteps())
                        .put("initial_servers", config.initialServers())
                        .put("optimal_return", plan.expectedReturn())
                        .put("truncation_error_bound", plan.truncationErrorBound())
                        .put("threshold_return", heuristic)
                        .put("threshold_percent_of_optimal", percent)
                        .put("plan_millis", planMillis)
                        .toString());
            } else {
                printer.line("%s · %s workload (base %s, std %s) · %d steps from %d servers", each.id(), WORKLOAD,
                        plain(each.baseRate()), plain(each.stdDev()), config.maxSteps(), config.initialServers());
                printer.line("  optimal expected return   %9.4f   (exact to within %.1e)", plan.expectedReturn(),
                        plan.truncationErrorBound());
                printer.line("  threshold heuristic       %9.4f   (exact on the same process, %.2f %% of optimal)",
                        heuristic, percent);
                printer.line("  planned in %.1f ms", planMillis);
            }
            printer.flush();
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
