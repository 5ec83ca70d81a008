package cloudrl.agents;

import cloudrl.env.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A long run holds as many tensors as a short one: every step's temporaries are freed with their scope. */
class TensorScopeTest {

    @TempDir
    Path out;

    private int tensorsAfter(AgentKind agent, int iterations) {
        HyperParameters hyper = HyperParameters.defaults(agent).with(agent == AgentKind.DQN
                ? List.of("learningStarts=64", "evaluationEpisodes=4")
                : List.of("rolloutLength=16", "minibatchSize=64", "epochs=2", "evaluationEpisodes=4"));
        TrainingPlan plan = new TrainingPlan(hyper, TrainingEnvironment.reference(Task.MEDIUM), 1_000_000, 1, out);
        try (TrainingSession session = new TrainingSession(plan)) {
            AgentTrainer trainer = agent == AgentKind.DQN ? new DqnTrainer(session) : new PpoTrainer(session);
            ModelSelection selection = new ModelSelection(session, trainer);
            for (int k = 0; k < iterations; k++) {
                trainer.iterate();
                if (k % 10 == 0) {
                    selection.consider();
                }
            }
            selection.model("checkpoint");
            int tensors = session.manager.getManagedArrays().size();
            selection.close();
            return tensors;
        }
    }

    @Test
    void dqnStepsLeaveNoTensorsBehind() {
        assertEquals(tensorsAfter(AgentKind.DQN, 50), tensorsAfter(AgentKind.DQN, 400));
    }

    @Test
    void ppoUpdatesLeaveNoTensorsBehind() {
        assertEquals(tensorsAfter(AgentKind.PPO, 2), tensorsAfter(AgentKind.PPO, 12));
    }
}
