package cloudrl.oracle;

import cloudrl.api.Observation;
import cloudrl.api.RewardBreakdown;
import cloudrl.api.RewardFunction;
import cloudrl.api.TrafficChain;
import cloudrl.api.TrafficOutcomes;
import cloudrl.api.Transition;

import java.util.Map;

/** A traffic chain and a reward small enough to work processes out by hand. */
final class SmallProcess {

    private SmallProcess() {
    }

    /** Rate 1 or rate 2, each with probability 1/2, independently every step (rate 2 needs 2 servers). */
    static final TrafficChain TWO_POINT = new TrafficChain() {
        private final TrafficOutcomes draw = new TrafficOutcomes(new int[] {1, 2}, new int[] {0, 0},
                new double[] {0.5, 0.5}, 0);

        @Override
        public int stateCount() {
            return 1;
        }

        @Override
        public TrafficOutcomes atReset() {
            return draw;
        }

        @Override
        public TrafficOutcomes from(int state) {
            return draw;
        }

        @Override
        public int stateOf(Observation observation, int step) {
            return 0;
        }

        @Override
        public String name() {
            return "two-point";
        }
    };

    /**
     * Rate {@code rates[t]} for certain at the draw of step {@code t + 1} ({@code rates[0]} also at reset);
     * the workload state is the step.
     */
    static TrafficChain byStep(int... rates) {
        return new TrafficChain() {
            @Override
            public int stateCount() {
                return rates.length + 1;
            }

            @Override
            public TrafficOutcomes atReset() {
                return new TrafficOutcomes(new int[] {rates[0]}, new int[] {0}, new double[] {1}, 0);
            }

            @Override
            public TrafficOutcomes from(int state) {
                int rate = rates[Math.min(state, rates.length - 1)];
                return new TrafficOutcomes(new int[] {rate}, new int[] {Math.min(state + 1, rates.length)},
                        new double[] {1}, 0);
            }

            @Override
            public boolean possibleAfter(int step, int state) {
                return state == step;
            }

            @Override
            public int stateOf(Observation observation, int step) {
                return step;
            }

            @Override
            public String name() {
                return "by-step";
            }
        };
    }

    /**
     * 0.5, plus 0.5 when the serving servers cover the rate, minus 0.1 per server held (serving or
     * booting). Utilisation stays far below the instability threshold at these rates.
     */
    static final RewardFunction COVER = new RewardFunction() {
        @Override
        public double reward(double cpu, double memory, int requestRate, int servers) {
            return 0.5 + (servers >= requestRate ? 0.5 : 0) - 0.1 * servers;
        }

        @Override
        public RewardBreakdown explain(double cpu, double memory, int requestRate, int servers) {
            return new RewardBreakdown(reward(cpu, memory, requestRate, servers), Map.of());
        }

        @Override
        public double reward(Transition step) {
            return 0.5 + (step.activeServers() >= step.requestRate() ? 0.5 : 0)
                    - 0.1 * (step.activeServers() + step.bootingServers());
        }
    };
}
