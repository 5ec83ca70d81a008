package cloudrl.policy;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Policy;

import java.util.SplittableRandom;

/**
 * Picks one of the three actions uniformly at random, ignoring the state: the floor any learned
 * policy should beat. Its stream continues across episodes, so a fixed seed gives a fixed run.
 */
public final class RandomPolicy implements Policy {

    private final SplittableRandom random;
    private final int actions;

    /** Uniform over the reference scheme's three actions. */
    public RandomPolicy(long seed) {
        this(seed, 3);
    }

    /** Uniform over {@code actions} actions, at least one. */
    public RandomPolicy(long seed, int actions) {
        if (actions < 1) {
            throw new IllegalArgumentException("actions " + actions + " is not allowed: must be at least 1");
        }
        this.random = new SplittableRandom(seed);
        this.actions = actions;
    }

    @Override
    public Action act(Observation observation) {
        return Action.of(random.nextInt(actions));
    }
}
