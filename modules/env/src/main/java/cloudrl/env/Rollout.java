package cloudrl.env;

import cloudrl.api.Action;
import cloudrl.api.Environment;
import cloudrl.api.Episode;
import cloudrl.api.Observation;
import cloudrl.api.Policy;
import cloudrl.api.ResetResult;
import cloudrl.api.StepResult;

/** Plays whole episodes of an environment with a policy. */
public final class Rollout {

    /** Told about every step as it happens, for printing or live display. */
    @FunctionalInterface
    public interface StepListener {
        void onStep(Action action, StepResult result);
    }

    private Rollout() {
    }

    /** Resets {@code environment} with {@code seed} and plays {@code policy} until the episode ends. */
    public static Episode play(Environment environment, Policy policy, long seed) {
        return play(environment, policy, seed, (action, result) -> { });
    }

    /** As {@link #play(Environment, Policy, long)}, telling {@code listener} about each step. */
    public static Episode play(Environment environment, Policy policy, long seed, StepListener listener) {
        // kept so that a failing plug point can be named with this episode's seed and step
        EpisodePosition position = EpisodePosition.current();
        boolean outerPlaying = position.playing();
        long outerSeed = position.seed();
        int outerStep = position.step();
        position.begin(seed);
        try {
            EpisodeRecorder recorder = new EpisodeRecorder();
            ResetResult reset = environment.reset(seed);
            recorder.begin(reset);
            policy.reset();
            Observation observation = reset.observation();
            StepResult result;
            int step = 0;
            do {
                position.step(++step);
                Action action = policy.act(observation);
                result = environment.step(action);
                recorder.record(action, result);
                listener.onStep(action, result);
                observation = result.observation();
            } while (!result.done());
            return recorder.episode();
        } finally {
            position.restore(outerPlaying, outerSeed, outerStep);
        }
    }
}
