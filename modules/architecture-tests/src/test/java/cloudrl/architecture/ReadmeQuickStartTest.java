package cloudrl.architecture;

import cloudrl.api.Episode;
import cloudrl.api.GradeReport;
import cloudrl.api.Observation;
import cloudrl.api.ResetResult;
import cloudrl.api.StepResult;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.EpisodeRecorder;
import cloudrl.env.Rollout;
import cloudrl.env.Task;
import cloudrl.grader.EpisodeGrader;
import cloudrl.policy.ThresholdPolicy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's Java quick start, kept compiling and agreeing with {@link Rollout}. */
class ReadmeQuickStartTest {

    @Test
    void theQuickStartRunsAndMatchesRollout() {
        // --- as in README.md, "Java quick start" ---
        CloudEnvironment env = CloudEnvironment.of(Task.MEDIUM);
        ThresholdPolicy heuristic = ThresholdPolicy.defaults();
        EpisodeRecorder recorder = new EpisodeRecorder();

        ResetResult reset = env.reset(42);
        recorder.begin(reset);
        Observation observation = reset.observation();
        StepResult result;
        do {
            var action = heuristic.act(observation);
            result = env.step(action);
            recorder.record(action, result);
            observation = result.observation();
        } while (!result.terminated() && !result.truncated());

        GradeReport grade = new EpisodeGrader().grade(recorder.episode());
        // --- end of the README's snippet ---

        Episode viaRollout = Rollout.play(CloudEnvironment.of(Task.MEDIUM), heuristic, 42);
        assertEquals(viaRollout, recorder.episode());
        assertEquals(new EpisodeGrader().grade(viaRollout), grade);
    }

    @Test
    void theReadmeStillShowsThatSnippet() throws IOException {
        // Surefire runs each module's tests in the module's own folder
        String text = Files.readString(Path.of("../../README.md"));
        assertTrue(text.contains("result = env.step(action);"), "README's quick start changed: update this test");
        assertTrue(text.contains("new EpisodeGrader().grade(recorder.episode())"));
    }
}
