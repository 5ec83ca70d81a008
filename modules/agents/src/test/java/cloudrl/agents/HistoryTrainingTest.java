package cloudrl.agents;

import cloudrl.api.Action;
import cloudrl.api.Episode;
import cloudrl.api.Observation;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Rollout;
import cloudrl.env.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A model that sees a history of observations keeps it in its metadata, and the saved model acts on
 * the stacked observations exactly as they are built here by hand from a played episode.
 */
class HistoryTrainingTest {

    @TempDir
    Path folder;

    @Test
    void aSavedModelWithHistoryActsOnTheObservationsStackedNewestFirst() throws java.io.IOException {
        for (AgentKind agent : AgentKind.values()) {
            Path out = folder.resolve(agent.id());
            HyperParameters hyper = HyperParameters.defaults(agent).with(List.of("history=3", "evaluationEpisodes=0"));
            Training.run(new TrainingPlan(hyper, TrainingEnvironment.reference(Task.EASY), 2_000, 5, out),
                    progress -> { }, () -> false);
            try (TrainedPolicy policy = TrainedPolicy.load(out)) {
                StateFeatures features = policy.metadata().features();
                assertEquals(3, features.history(), agent.id());
                assertEquals(13, features.size());
                List<float[]> seenByNetwork = new ArrayList<>();
                cloudrl.api.Policy recording = new cloudrl.api.Policy() {
                    @Override
                    public Action act(Observation observation) {
                        Action action = policy.act(observation);
                        seenByNetwork.add(policy.lastFeatures());
                        return action;
                    }

                    @Override
                    public void reset() {
                        policy.reset();
                    }
                };
                Episode episode = Rollout.play(CloudEnvironment.of(Task.EASY), recording, 8);
                float[] rows = byHand(episode, features.size());
                for (int step = 0; step < seenByNetwork.size(); step++) {
                    assertArrayEquals(java.util.Arrays.copyOfRange(rows, step * 13, step * 13 + 13),
                            seenByNetwork.get(step), agent.id() + " step " + step);
                }
                List<Action> chosen = new ArrayList<>();
                for (int action : policy.actions(rows)) {
                    chosen.add(Action.of(action));
                }
                assertEquals(episode.actions(), chosen, agent.id());
            }
        }
    }

    /** Each decision's input: the observation it saw, the two before (the first one repeated at the start), step / 100. */
    private static float[] byHand(Episode episode, int width) {
        List<Observation> seen = new ArrayList<>();
        seen.add(episode.initial());
        seen.addAll(episode.states());
        int decisions = episode.actions().size();
        float[] rows = new float[decisions * width];
        for (int step = 0; step < decisions; step++) {
            for (int age = 0; age < 3; age++) {
                Observation observation = seen.get(Math.max(0, step - age));
                observation.copyInto(rows, step * width + age * Observation.SIZE);
            }
            rows[step * width + 12] = step / 100f;
        }
        float[] firstRow = new float[width];
        System.arraycopy(rows, 0, firstRow, 0, width);
        float[] first = episode.initial().toArray();
        assertArrayEquals(first, java.util.Arrays.copyOfRange(firstRow, 8, 12), "padding with the first observation");
        return rows;
    }
}
