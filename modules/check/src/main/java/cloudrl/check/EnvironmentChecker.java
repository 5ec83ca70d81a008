package cloudrl.check;

import cloudrl.api.Action;
import cloudrl.api.Environment;
import cloudrl.api.Observation;
import cloudrl.api.ResetResult;
import cloudrl.api.StepResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Checks an environment from the outside, the way Gymnasium's {@code check_env} does: the same seed
 * gives the same episode, every observation lies in the observation space, rewards lie in [0, 1],
 * the step counter advances by one, no step is both terminated and truncated, invalid actions are
 * refused, and stepping before a reset or after the end is refused until the next reset.
 *
 * <p>It asks for a supplier because some rules need a brand-new environment.
 */
public final class EnvironmentChecker {

    private final Supplier<? extends Environment> factory;
    private final int episodes;
    private final long seed;

    /**
     * @param factory  makes a fresh environment on every call
     * @param episodes how many random-action episodes to replay, at least 1
     * @param seed     seed for the environment resets and the random actions
     */
    public EnvironmentChecker(Supplier<? extends Environment> factory, int episodes, long seed) {
        this.factory = Objects.requireNonNull(factory, "factory");
        if (episodes < 1) {
            throw new IllegalArgumentException("episodes " + episodes + " is not allowed: must be at least 1");
        }
        this.episodes = episodes;
        this.seed = seed;
    }

    /** A checker replaying three episodes from seed 0. */
    public static ContractReport check(Supplier<? extends Environment> factory) {
        return new EnvironmentChecker(factory, 3, 0).run();
    }

    /** Runs every rule and reports the violations found. */
    public ContractReport run() {
        List<String> violations = new ArrayList<>();
        checkStepBeforeReset(violations);
        checkInvalidActions(violations);
        SplittableRandom seeds = new SplittableRandom(seed);
        for (int episode = 0; episode < episodes; episode++) {
            long episodeSeed = seeds.nextLong();
            List<float[]> first = replay(factory.get(), episodeSeed, violations);
            List<float[]> second = replay(factory.get(), episodeSeed, violations);
            if (!sameTrajectory(first, second)) {
                violations.add("two runs with seed " + episodeSeed + " and the same actions differ");
            }
        }
        checkResetWithoutSeedContinues(violations);
        return new ContractReport(violations);
    }

    private void checkStepBeforeReset(List<String> violations) {
        Environment environment = factory.get();
        try {
            environment.step(Action.MAINTAIN);
            violations.add("step() before reset() was accepted; it must throw IllegalStateException");
        } catch (IllegalStateException expected) {
            // the contract
        } catch (RuntimeException other) {
            violations.add("step() before reset() threw " + other.getClass().getSimpleName()
                    + " instead of IllegalStateException");
        }
    }

    private void checkInvalidActions(List<String> violations) {
        Environment environment = factory.get();
        environment.reset(seed);
        int n = environment.actionSpace().n();
        for (int bad : new int[] {-1, n}) {
            try {
                environment.step(bad);
                violations.add("action " + bad + " outside Discrete(" + n + ") was accepted");
            } catch (IllegalArgumentException expected) {
                // the contract
            }
        }
    }

    // Plays random actions drawn from the episode seed, so both replays choose the same ones.
    private List<float[]> replay(Environment environment, long episodeSeed, List<String> violations) {
        List<float[]> trajectory = new ArrayList<>();
        SplittableRandom actions = new SplittableRandom(episodeSeed);
        ResetResult reset = environment.reset(episodeSeed);
        requireInSpace(environment, reset.observation(), "reset", violations);
        if (reset.info().step() != 0) {
            violations.add("reset info says step " + reset.info().step() + " instead of 0");
        }
        trajectory.add(reset.observation().toArray());
        StepResult result;
        int expectedStep = 0;
        do {
            int action = environment.actionSpace().sample(actions);
            result = environment.step(action);
            expectedStep++;
            String where = "step " + expectedStep;
            requireInSpace(environment, result.observation(), where, violations);
            if (!(result.reward() >= 0 && result.reward() <= 1)) {
                violations.add(where + ": reward " + result.reward() + " is outside [0, 1]");
            }
            if (result.info().step() != expectedStep) {
                violations.add(where + ": info says step " + result.info().step());
            }
            float[] row = result.observation().toArray();
            float[] withReward = Arrays.copyOf(row, row.length + 3);
            withReward[row.length] = (float) result.reward();
            withReward[row.length + 1] = result.terminated() ? 1 : 0;
            withReward[row.length + 2] = result.truncated() ? 1 : 0;
            trajectory.add(withReward);
            if (violations.size() > 20) {
                return trajectory;
            }
        } while (!result.done());
        try {
            environment.step(Action.MAINTAIN);
            violations.add("step() after the episode ended at " + expectedStep + " was accepted");
        } catch (IllegalStateException expected) {
            // the contract
        }
        return trajectory;
    }

    private void checkResetWithoutSeedContinues(List<String> violations) {
        Environment environment = factory.get();
        environment.reset(seed);
        Observation second = nextEpisodeStart(environment);
        Environment again = factory.get();
        again.reset(seed);
        Observation secondAgain = nextEpisodeStart(again);
        if (!second.equals(secondAgain)) {
            violations.add("reset() without a seed after reset(" + seed + ") is not reproducible");
        }
    }

    private static Observation nextEpisodeStart(Environment environment) {
        StepResult result;
        do {
            result = environment.step(Action.MAINTAIN);
        } while (!result.done());
        return environment.reset().observation();
    }

    private static void requireInSpace(Environment environment, Observation observation, String where,
                                       List<String> violations) {
        if (!environment.observationSpace().contains(observation)) {
            violations.add(where + ": observation " + observation + " is outside " + environment.observationSpace());
        }
    }

    private static boolean sameTrajectory(List<float[]> first, List<float[]> second) {
        if (first.size() != second.size()) {
            return false;
        }
        for (int i = 0; i < first.size(); i++) {
            if (!Arrays.equals(first.get(i), second.get(i))) {
                return false;
            }
        }
        return true;
    }
}
