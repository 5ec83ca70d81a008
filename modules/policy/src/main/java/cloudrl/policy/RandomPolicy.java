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

    public RandomPolicy(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public Action act(Observation observation) {
        return Action.of(random.nextInt(Action.values().length));
    }
}
