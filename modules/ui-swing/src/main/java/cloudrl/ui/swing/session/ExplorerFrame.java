package cloudrl.ui.swing.session;

import cloudrl.api.Action;
import cloudrl.api.GradeReport;
import cloudrl.api.Observation;
import cloudrl.env.Task;
import cloudrl.workload.TraceClock;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One moment of the explored episode, everything the window shows about it: the reset state
 * (step 0, no action, no reward) or the state a step produced. The last frame of an episode carries
 * its grade.
 *
 * @param task                 the task being played
 * @param seed                 the seed the episode was reset with
 * @param step                 steps taken since the reset
 * @param maxSteps             the episode's step limit
 * @param terminationThreshold utilisation in percent above which the episode ends by instability
 * @param state                the observation
 * @param latency              requests per server
 * @param action               the action that led here; empty for the reset state
 * @param reward               the reward of this state; empty for the reset state
 * @param rewardComponents     the reward's named parts; empty for the reset state
 * @param cumulativeReward     sum of the rewards so far
 * @param ending               whether the episode goes on, or why it ended
 * @param grade                the episode's grade, present once it has ended
 * @param fleet                what the fleet did beyond the observation ({@code StepInfo.fleet()}):
 *                             booting servers, cost, budget left, violations; empty in the reference
 * @param actionLabel          the action's label in the scheme ({@code add 1}, {@code keep}); empty for the reset state
 * @param clock                when the episode's steps were recorded, on a trace that knows it
 *                             ({@code TraceWorkload.clock()}); empty elsewhere
 * @param trace                whether the episode replays a trace, so its grade gets a hindsight optimum
 */
public record ExplorerFrame(Task task, long seed, int step, int maxSteps, double terminationThreshold,
                            Observation state, double latency, Optional<Action> action, OptionalDouble reward,
                            Map<String, Double> rewardComponents, double cumulativeReward, Ending ending,
                            Optional<GradeReport> grade, Map<String, Double> fleet, Optional<String> actionLabel,
                            Optional<TraceClock> clock, boolean trace) {

    public ExplorerFrame {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reward, "reward");
        Objects.requireNonNull(ending, "ending");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(actionLabel, "actionLabel");
        Objects.requireNonNull(clock, "clock");
        rewardComponents = Map.copyOf(rewardComponents);
        fleet = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fleet));
        if (ending.ended() != grade.isPresent()) {
            throw new IllegalArgumentException("a frame has a grade exactly when its episode has ended, but ending is "
                    + ending + " and grade is " + (grade.isPresent() ? "present" : "absent"));
        }
    }

    /** A frame whose steps report nothing about the fleet, its action named by the action's own name. */
    public ExplorerFrame(Task task, long seed, int step, int maxSteps, double terminationThreshold, Observation state,
                         double latency, Optional<Action> action, OptionalDouble reward,
                         Map<String, Double> rewardComponents, double cumulativeReward, Ending ending,
                         Optional<GradeReport> grade) {
        this(task, seed, step, maxSteps, terminationThreshold, state, latency, action, reward, rewardComponents,
                cumulativeReward, ending, grade, Map.of(), action.map(Object::toString), Optional.empty(), false);
    }

    /** The fleet value {@code name} ({@code bootingServers}, {@code costSoFar}, ...), empty where the scenario has none. */
    public OptionalDouble fleet(String name) {
        Double value = fleet.get(name);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** Whether this is the state right after a reset. */
    public boolean isReset() {
        return step == 0;
    }
}
