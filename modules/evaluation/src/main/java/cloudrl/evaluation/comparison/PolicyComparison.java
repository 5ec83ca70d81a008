package cloudrl.evaluation.comparison;

import cloudrl.api.Environment;
import cloudrl.api.Policy;
import cloudrl.env.Task;
import cloudrl.evaluation.EpisodeResults;
import cloudrl.evaluation.Evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Plays several policies on several tasks. On a task, every policy plays the same episode seeds, so
 * it faces exactly the same traffic as the others and their results are paired. Each task has seeds
 * of its own ({@link #taskSeed}): with one list for all tasks, the tasks' traffic would share its
 * noise (the same standard normal draws, scaled) and their results would be correlated, which the
 * stratified bootstrap, resampling each task on its own, assumes they are not. Cells are prepared one after another on the calling
 * thread (providers need not be thread-safe), then played on a fixed pool of threads; each cell has
 * its own environment and policy and its figures depend on its seeds alone, so the results are the
 * same for any number of threads.
 */
public final class PolicyComparison {

    /** What one cell plays: an environment for the task and a fresh policy for that environment. */
    public record Matchup(Environment environment, Policy policy) {

        public Matchup {
            Objects.requireNonNull(environment, "environment");
            Objects.requireNonNull(policy, "policy");
        }
    }

    /** Builds the matchup of one cell from the policy's name as the user gave it. */
    @FunctionalInterface
    public interface Setup {

        /**
         * @param seed the task's seed ({@link #taskSeed}), for whatever the environment and the policy draw
         *             when they are built
         * @throws IllegalArgumentException when the policy cannot be built or cannot serve the task
         */
        Matchup prepare(String policy, Task task, long seed);
    }

    private final Evaluation evaluation;
    private final int threads;

    /**
     * @param threads how many cells are played at once, in [1, 256]
     */
    public PolicyComparison(Evaluation evaluation, int threads) {
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads " + threads + " is not allowed: must be in [1, 256]");
        }
        this.threads = threads;
    }

    /**
     * Plays {@code episodes} episodes of every policy on every task.
     *
     * @param policies the policies' names, each once
     * @param tasks    the tasks, each once
     * @param seed     the seed every task's episode seeds derive from, through {@link #taskSeed}
     * @param progress told, from the worker threads, the total number of episodes finished so far
     * @throws IllegalArgumentException when a list is empty or repeats an entry, {@code episodes < 1},
     *                                  or {@code setup} rejects a cell
     */
    public ComparisonRuns play(List<String> policies, List<Task> tasks, int episodes, long seed, Setup setup,
                               IntConsumer progress) {
        requireDistinct("policies", policies);
        requireDistinct("tasks", tasks);
        Evaluation.episodeSeeds(seed, episodes); // rejects episodes < 1 before anything is built
        List<Callable<EpisodeResults>> cells = new ArrayList<>();
        AtomicInteger finished = new AtomicInteger();
        for (String policy : policies) {
            for (Task task : tasks) {
                long taskSeed = taskSeed(seed, task);
                long[] seeds = Evaluation.episodeSeeds(taskSeed, episodes);
                Matchup matchup = Objects.requireNonNull(setup.prepare(policy, task, taskSeed), "matchup");
                // each cell counts its own episodes and adds only what is new to the shared total
                cells.add(() -> {
                    int[] reported = {0};
                    return evaluation.play(matchup.environment(), matchup.policy(), seeds, done -> {
                        progress.accept(finished.addAndGet(done - reported[0]));
                        reported[0] = done;
                    });
                });
            }
        }
        List<EpisodeResults> results = Pool.runAll(threads, cells);
        EpisodeResults[][] grid = new EpisodeResults[policies.size()][tasks.size()];
        for (int p = 0; p < policies.size(); p++) {
            for (int t = 0; t < tasks.size(); t++) {
                grid[p][t] = results.get(p * tasks.size() + t);
            }
        }
        return new ComparisonRuns(policies, tasks, episodes, seed, grid);
    }

    /**
     * The seed of {@code task}'s episode seeds in a comparison seeded {@code seed}: different for every
     * task, and the same whichever other tasks are compared, so a task's figures do not change when
     * tasks are added.
     */
    public static long taskSeed(long seed, Task task) {
        // SplittableRandom mixes its seed well, so neighbouring inputs give unrelated outputs
        return new SplittableRandom(seed + (task.ordinal() + 1) * 0x9E3779B97F4A7C15L).nextLong();
    }

    private static void requireDistinct(String what, List<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one entry in " + what + ", got none");
        }
        HashSet<Object> seen = new HashSet<>();
        for (Object value : values) {
            if (!seen.add(value)) {
                throw new IllegalArgumentException(what + " lists '" + value + "' twice: list each once");
            }
        }
    }

    /** A fixed pool for one batch of independent work, whose results come back in submission order. */
    static final class Pool {

        private Pool() {
        }

        static <T> List<T> runAll(int threads, List<Callable<T>> work) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, work.size())), task -> {
                Thread thread = new Thread(task, "cloudrl-comparison");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<T>> futures = new ArrayList<>();
                for (Callable<T> item : work) {
                    futures.add(pool.submit(item));
                }
                List<T> results = new ArrayList<>();
                for (Future<T> future : futures) {
                    results.add(future.get());
                }
                return results;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the comparison was interrupted", interrupted);
            } catch (ExecutionException failed) {
                Throwable cause = failed.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(cause.getMessage(), cause);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
