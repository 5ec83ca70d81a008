package cloudrl.oracle;

import cloudrl.api.Action;
import cloudrl.api.MarkovWorkload;
import cloudrl.api.Observation;
import cloudrl.api.RewardBreakdown;
import cloudrl.api.RewardFunction;
import cloudrl.api.StepResult;
import cloudrl.api.TrafficChain;
import cloudrl.api.TrafficOutcomes;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.EnvironmentConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A workload the oracle has never heard of is solved through {@link MarkovWorkload} alone. */
class PluginWorkloadTest {

    /** Rate 1 at even steps and 2 at odd ones; its state is the parity, which the step reveals. */
    private static final class Alternating implements MarkovWorkload {
        @Override
        public int requestRate(int step, RandomGenerator random) {
            return step % 2 == 0 ? 1 : 2;
        }

        @Override
        public TrafficChain chain(int maxSteps) {
            return new TrafficChain() {
                @Override
                public int stateCount() {
                    return 2;
                }

                @Override
                public TrafficOutcomes atReset() {
                    return new TrafficOutcomes(new int[] {1}, new int[] {0}, new double[] {1}, 0);
                }

                @Override
                public TrafficOutcomes from(int state) {
                    // from the even state the next rate is 2 and the state odd, and back
                    return state == 0 ? new TrafficOutcomes(new int[] {2}, new int[] {1}, new double[] {1}, 0)
                            : new TrafficOutcomes(new int[] {1}, new int[] {0}, new double[] {1}, 0);
                }

                @Override
                public int stateOf(Observation observation, int step) {
                    return step % 2;
                }

                @Override
                public String name() {
                    return "alternating";
                }
            };
        }
    }

    /** 1 when the servers cover the rate, 0.5 otherwise, minus 0.1 per server. */
    private static final RewardFunction COVER = new RewardFunction() {
        @Override
        public double reward(double cpu, double memory, int requestRate, int servers) {
            return (servers >= requestRate ? 1 : 0.5) - 0.1 * servers;
        }

        @Override
        public RewardBreakdown explain(double cpu, double memory, int requestRate, int servers) {
            return new RewardBreakdown(reward(cpu, memory, requestRate, servers), Map.of());
        }
    };

    @Test
    void itsChainIsPlannedOverAndThePlanPlaysAsPlanned() {
        // Two steps from 1 server. Step 1 draws rate 2: adding gives 1 - 0.2 = 0.8, keeping 0.5 - 0.1 = 0.4.
        // Step 2 draws rate 1: from 2 servers removing gives 1 - 0.1 = 0.9, keeping 0.8. Optimum 0.8 + 0.9 = 1.7:
        // add, then remove; a planner that took the rate as independent of the step could not find it.
        CloudEnvironment environment = new CloudEnvironment(
                EnvironmentConfig.builder().initialServers(1).maxSteps(2).build(), new Alternating(), COVER);
        assertEquals(OracleCoverage.Kind.EXACT, OracleCoverage.of(environment).kind());
        Plan plan = OptimalPlanner.plan(ScalingMdp.of(environment));
        assertEquals(1.7, plan.expectedReturn(), 1e-12);
        assertEquals(Action.INCREASE, plan.action(0, 1, 0));
        assertEquals(Action.DECREASE, plan.action(1, 2, 1));
        OptimalPolicy policy = plan.policy();
        policy.reset();
        Observation observation = environment.reset(7).observation();
        double total = 0;
        for (int step = 0; step < 2; step++) {
            StepResult result = environment.step(policy.act(observation));
            total += result.reward();
            observation = result.observation();
        }
        assertEquals(1.7, total, 1e-12);
    }
}
