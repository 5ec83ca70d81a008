package cloudrl.env;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.StepResult;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference scenario stays exactly what it was before the dynamics core: every episode in
 * {@code golden/reference-episodes.csv} (written by the main of 2026-12-01, see the README beside
 * it) is replayed, action by action, and must give the same observations, rewards and flags, bit
 * for bit.
 */
class GoldenReferenceTest {

    private record Row(String task, long seed, String driver, int step, int action, double cpu, double memory,
                       int requestRate, int servers, double reward, boolean terminated, boolean truncated) {
    }

    @Test
    void everyGoldenEpisodeReplaysBitForBit() throws IOException {
        Map<String, List<Row>> episodes = episodes();
        assertEquals(3 * 12 * 2, episodes.size(), "episodes in the golden file");
        int steps = 0;
        for (List<Row> episode : episodes.values()) {
            Row first = episode.get(0);
            CloudEnvironment environment = CloudEnvironment.of(Task.parse(first.task()));
            assertSame(first, environment.reset(first.seed()).observation());
            for (Row row : episode.subList(1, episode.size())) {
                StepResult result = environment.step(Action.of(row.action()));
                assertSame(row, result.observation());
                assertEquals(row.reward(), result.reward(), 0.0, row::toString);
                assertEquals(row.terminated(), result.terminated(), row::toString);
                assertEquals(row.truncated(), result.truncated(), row::toString);
                assertEquals(row.step(), result.info().step(), row::toString);
                steps++;
            }
            Row last = episode.get(episode.size() - 1);
            assertTrue(last.terminated() || last.truncated(), "the golden episode ends: " + last);
        }
        assertTrue(steps > 3000, "steps replayed: " + steps);
    }

    private static void assertSame(Row row, Observation observation) {
        assertEquals(row.cpu(), observation.cpu(), 0.0, row::toString);
        assertEquals(row.memory(), observation.memory(), 0.0, row::toString);
        assertEquals(row.requestRate(), observation.requestRate(), row::toString);
        assertEquals(row.servers(), observation.servers(), row::toString);
        assertEquals(4, observation.size(), "the reference observation keeps its four features");
    }

    private static Map<String, List<Row>> episodes() throws IOException {
        Map<String, List<Row>> episodes = new LinkedHashMap<>();
        try (InputStream in = GoldenReferenceTest.class.getResourceAsStream("/golden/reference-episodes.csv")) {
            assertNotNull(in, "golden/reference-episodes.csv is on the test class path");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            assertEquals("task,seed,driver,step,action,cpu,memory,requestRate,servers,reward,terminated,truncated", header);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", -1);
                boolean reset = f[4].isEmpty();
                Row row = new Row(f[0], Long.parseLong(f[1]), f[2], Integer.parseInt(f[3]),
                        reset ? -1 : Integer.parseInt(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                        Integer.parseInt(f[7]), Integer.parseInt(f[8]), reset ? Double.NaN : Double.parseDouble(f[9]),
                        !reset && Boolean.parseBoolean(f[10]), !reset && Boolean.parseBoolean(f[11]));
                episodes.computeIfAbsent(f[0] + "/" + f[1] + "/" + f[2], key -> new ArrayList<>()).add(row);
            }
        }
        return episodes;
    }
}
