package cloudrl.env;

import cloudrl.api.Action;
import cloudrl.api.Episode;
import cloudrl.api.Observation;
import cloudrl.api.ResetResult;
import cloudrl.api.StepInfo;
import cloudrl.api.StepResult;

import java.util.ArrayList;
import java.util.List;

/** Collects the reset state and every step of one episode, to hand a read-only {@link Episode} on. */
public final class EpisodeRecorder {

    private Observation initial;
    private final List<Action> actions = new ArrayList<>();
    private final List<Observation> states = new ArrayList<>();
    private final List<Double> rewards = new ArrayList<>();
    private final List<StepInfo> infos = new ArrayList<>();
    private boolean terminated;
    private boolean truncated;

    /** Forgets any previous episode and starts this one from {@code reset}. */
    public void begin(ResetResult reset) {
        initial = reset.observation();
        actions.clear();
        states.clear();
        rewards.clear();
        infos.clear();
        terminated = false;
        truncated = false;
    }

    /** Records that {@code action} produced {@code result}. */
    public void record(Action action, StepResult result) {
        if (initial == null) {
            throw new IllegalStateException("record() called before begin(): record the reset first");
        }
        actions.add(action);
        states.add(result.observation());
        rewards.add(result.reward());
        infos.add(result.info());
        terminated = result.terminated();
        truncated = result.truncated();
    }

    /** Number of steps recorded. */
    public int steps() {
        return actions.size();
    }

    /** A read-only snapshot of what has been recorded so far. */
    public Episode episode() {
        if (initial == null) {
            throw new IllegalStateException("no episode has begun");
        }
        return new Episode(initial, actions, states, rewards, infos, terminated, truncated);
    }
}
