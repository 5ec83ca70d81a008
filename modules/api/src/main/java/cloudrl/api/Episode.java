package cloudrl.api;

import java.util.List;

/**
 * A finished or running episode, read-only: the reset state, then for every step the action taken,
 * the state it produced, the reward and the info. Index {@code i} of the lists is step {@code i+1}.
 *
 * @param initial    the state {@code reset} returned
 * @param actions    the actions, one per step
 * @param states     the states the steps produced
 * @param rewards    the rewards, one per step
 * @param infos      the step infos, one per step
 * @param terminated whether the episode ended by instability
 * @param truncated  whether the episode ended at the time limit
 */
public record Episode(Observation initial, List<Action> actions, List<Observation> states, List<Double> rewards,
                      List<StepInfo> infos, boolean terminated, boolean truncated) {

    public Episode {
        actions = List.copyOf(actions);
        states = List.copyOf(states);
        rewards = List.copyOf(rewards);
        infos = List.copyOf(infos);
        int steps = actions.size();
        if (states.size() != steps || rewards.size() != steps || infos.size() != steps) {
            throw new IllegalArgumentException("an episode needs one state, reward and info per action, got "
                    + steps + " actions, " + states.size() + " states, " + rewards.size() + " rewards, "
                    + infos.size() + " infos");
        }
        if (terminated && truncated) {
            throw new IllegalArgumentException("an episode cannot be both terminated and truncated");
        }
    }

    /** Number of steps taken. */
    public int steps() {
        return actions.size();
    }

    /** Whether the episode has ended. */
    public boolean done() {
        return terminated || truncated;
    }

    /** Sum of the rewards. */
    public double cumulativeReward() {
        double sum = 0;
        for (double reward : rewards) {
            sum += reward;
        }
        return sum;
    }
}
