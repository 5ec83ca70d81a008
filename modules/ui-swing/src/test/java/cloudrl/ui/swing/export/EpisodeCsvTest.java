package cloudrl.ui.swing.export;

import cloudrl.api.Episode;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Rollout;
import cloudrl.env.Task;
import cloudrl.policy.ThresholdPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EpisodeCsvTest {

    @Test
    void oneRowForTheResetStateThenOnePerStep(@TempDir Path folder) throws Exception {
        Episode episode = Rollout.play(CloudEnvironment.of(Task.MEDIUM), ThresholdPolicy.defaults(), 0);
        Path target = folder.resolve("episode.csv");
        EpisodeCsv.write(episode, target);
        List<String> lines = Files.readAllLines(target);

        assertEquals("step,action,cpu,memory,request_rate,servers,latency,reward,cumulative_reward,"
                + "reward_cpu,reward_memory,reward_cost,reward_penalty,ending", lines.get(0));
        assertEquals(episode.steps() + 2, lines.size());
        String[] reset = lines.get(1).split(",", -1);
        assertEquals(14, reset.length);
        assertEquals("0", reset[0]);
        assertEquals("", reset[1]);
        assertEquals(episode.initial().cpu(), Double.parseDouble(reset[2]));
        assertEquals(episode.initial().requestRate(), Integer.parseInt(reset[4]));
        assertEquals("", reset[7]);

        String[] last = lines.get(lines.size() - 1).split(",", -1);
        int steps = episode.steps();
        assertEquals(Integer.toString(steps), last[0]);
        assertEquals(episode.actions().get(steps - 1).toString(), last[1]);
        assertEquals(episode.states().get(steps - 1).servers(), Integer.parseInt(last[5]));
        assertEquals(episode.rewards().get(steps - 1), Double.parseDouble(last[7]));
        assertEquals(episode.cumulativeReward(), Double.parseDouble(last[8]), 1e-9);
        assertEquals(episode.infos().get(steps - 1).rewardComponents().get("cost"), Double.parseDouble(last[11]));
        assertEquals(episode.terminated() ? "instability" : "time_limit", last[13]);
        assertEquals("", lines.get(lines.size() - 2).split(",", -1)[13]);
    }
}
