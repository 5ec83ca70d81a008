package cloudrl.ui.swing.session;

import cloudrl.api.Action;
import cloudrl.api.Episode;
import cloudrl.api.GradeReport;
import cloudrl.api.Grader;
import cloudrl.api.Policy;
import cloudrl.api.ResetResult;
import cloudrl.api.StepResult;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.EpisodeRecorder;
import cloudrl.env.Task;
import cloudrl.grader.EpisodeGrader;
import cloudrl.ui.swing.compare.Hindsight;
import cloudrl.workload.TraceClock;
import cloudrl.workload.TraceWorkload;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The episode being explored: reset, step by hand, run several steps, or let a policy choose. Each
 * call returns the frames it produced. Not thread-safe: the explorer confines it to one worker
 * thread, like the environment inside it.
 */
public final class ExplorerSession {

    /** Fewest steps one "run" may take. */
    public static final int MIN_RUN = 1;
    /** Most steps one "run" may take. */
    public static final int MAX_RUN = 20;

    private Function<Task, CloudEnvironment> environments;
    private final Grader grader;
    private final EpisodeRecorder recorder = new EpisodeRecorder();

    private CloudEnvironment environment;
    private Task task;
    private long seed;
    private int episodeNumber;
    private double cumulativeReward;
    private Optional<TraceClock> clock = Optional.empty();
    private boolean trace;
    private ExplorerFrame latest;

    /** A session over the reference environment of each task, graded by the reference grader. */
    public ExplorerSession() {
        this(CloudEnvironment::of, new EpisodeGrader());
    }

    public ExplorerSession(Function<Task, CloudEnvironment> environments, Grader grader) {
        this.environments = Objects.requireNonNull(environments, "environments");
        this.grader = Objects.requireNonNull(grader, "grader");
    }

    /** The task of the current episode, or empty before the first reset. */
    public Task task() {
        return task;
    }

    /**
     * Builds every episode from now on with {@code factory} (another reward or workload); the current
     * episode goes on until the next reset.
     */
    public void use(Function<Task, CloudEnvironment> factory) {
        environments = Objects.requireNonNull(factory, "factory");
        environment = null;
    }

    /** Starts a new episode of {@code task} from {@code seed}. */
    public ExplorerFrame reset(Task task, long seed) {
        Objects.requireNonNull(task, "task");
        if (environment == null || task != this.task) {
            environment = environments.apply(task);
        }
        this.task = task;
        this.seed = seed;
        ResetResult reset = environment.reset(seed);
        recorder.begin(reset);
        episodeNumber++;
        cumulativeReward = 0;
        // after the reset: a random start is drawn there
        clock = TraceWorkload.clockOf(environment.workload());
        trace = Hindsight.applies(environment);
        latest = new ExplorerFrame(task, seed, 0, environment.config().maxSteps(),
                environment.config().terminationThreshold(), reset.observation(), reset.info().latency(),
                Optional.empty(), OptionalDouble.empty(), Map.of(), 0, Ending.RUNNING, Optional.empty(),
                reset.info().fleet(), Optional.empty(), clock, trace);
        return latest;
    }

    /**
     * Takes one step with {@code action}.
     *
     * @throws IllegalStateException before the first reset or once the episode has ended
     */
    public ExplorerFrame step(Action action) {
        Objects.requireNonNull(action, "action");
        requireRunning();
        StepResult result = environment.step(action);
        recorder.record(action, result);
        cumulativeReward += result.reward();
        Ending ending = Ending.of(result.terminated(), result.truncated());
        Optional<GradeReport> grade = ending.ended() ? Optional.of(grader.grade(recorder.episode())) : Optional.empty();
        latest = new ExplorerFrame(task, seed, result.info().step(), latest.maxSteps(), latest.terminationThreshold(),
                result.observation(), result.info().latency(), Optional.of(action),
                OptionalDouble.of(result.reward()), result.info().rewardComponents(), cumulativeReward, ending, grade,
                result.info().fleet(), Optional.of(environment.actionSpace().label(action.index())), clock, trace);
        return latest;
    }

    /**
     * Takes up to {@code count} steps with the same action, stopping early if the episode ends.
     *
     * @throws IllegalArgumentException when {@code count} is outside 1 to 20
     * @throws IllegalStateException    before the first reset or once the episode has ended
     */
    public List<ExplorerFrame> run(int count, Action action) {
        if (count < MIN_RUN || count > MAX_RUN) {
            throw new IllegalArgumentException("run count " + count + " is not allowed: choose " + MIN_RUN + " to "
                    + MAX_RUN + " steps");
        }
        requireRunning();
        List<ExplorerFrame> frames = new ArrayList<>(count);
        for (int i = 0; i < count && !ended(); i++) {
            frames.add(step(action));
        }
        return frames;
    }

    /** Takes one step with the action {@code policy} chooses for the latest state. */
    public ExplorerFrame step(Policy policy) {
        Objects.requireNonNull(policy, "policy");
        requireRunning();
        return step(Objects.requireNonNull(policy.act(latest.state()),
                () -> "policy " + policy.getClass().getSimpleName() + " chose no action"));
    }

    /**
     * The work of finding the ended episode's {@link Hindsight} figure, to run on another thread: it
     * builds an environment of its own for the episode's task and seed, so this session goes on.
     *
     * @throws IllegalStateException unless the latest episode has ended on a trace
     */
    public Callable<Hindsight> hindsight() {
        if (!ended() || !trace) {
            throw new IllegalStateException("the hindsight optimum needs an episode that ended on a trace");
        }
        Function<Task, CloudEnvironment> factory = environments;
        Task played = task;
        long episodeSeed = seed;
        double reached = cumulativeReward;
        return () -> Hindsight.of(factory.apply(played), episodeSeed, reached);
    }

    /** Whether a reset has happened. */
    public boolean started() {
        return latest != null;
    }

    /** Whether the current episode has ended; false before the first reset. */
    public boolean ended() {
        return latest != null && latest.ending().ended();
    }

    /** Counts resets, so a caller can tell one episode from the next. */
    public int episodeNumber() {
        return episodeNumber;
    }

    /** The latest frame, empty before the first reset. */
    public Optional<ExplorerFrame> latest() {
        return Optional.ofNullable(latest);
    }

    /** The current episode so far, empty before the first reset. */
    public Optional<Episode> episode() {
        return latest == null ? Optional.empty() : Optional.of(recorder.episode());
    }

    /**
     * Checks that a step is possible now.
     *
     * @throws IllegalStateException saying what to do, before the first reset or once the episode has ended
     */
    public void requireRunning() {
        if (latest == null) {
            throw new IllegalStateException("no episode yet: press Reset (R) to start one");
        }
        if (latest.ending().ended()) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "the episode ended by %s at step %d: press Reset (R) to start another",
                    latest.ending() == Ending.INSTABILITY ? "instability" : "the time limit", latest.step()));
        }
    }
}
