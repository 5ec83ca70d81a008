package cloudrl.workload.provider;

import cloudrl.api.Parameters;
import cloudrl.api.TrafficLevel;
import cloudrl.api.WorkloadModel;
import cloudrl.api.WorkloadProvider;
import cloudrl.workload.TraceWorkload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled traces, the train/test split, the step aggregation, the seeded start and every refusal. */
class TraceReplayTest {

    private static final TrafficLevel MEDIUM = new TrafficLevel(60, 15);

    private static WorkloadModel create(WorkloadProvider provider, Map<String, String> given) {
        return provider.create(0, MEDIUM, Parameters.of(provider, given));
    }

    private static int[] rates(WorkloadModel model, long seed, int steps) {
        SplittableRandom random = new SplittableRandom(seed);
        model.reset(random);
        return IntStream.rangeClosed(0, steps).map(step -> model.requestRate(step, random)).toArray();
    }

    /** A file whose row i holds i + 1, so every rate says which rows it came from. */
    private static Path counting(Path folder, int rows) throws IOException {
        StringBuilder csv = new StringBuilder("minute,requests\n");
        for (int i = 0; i < rows; i++) {
            csv.append(i).append(',').append(i + 1).append('\n');
        }
        return Files.writeString(folder.resolve("counting.csv"), csv);
    }

    @Test
    void theBundledTracesHoldTheRowsAndSumsOfTheSharedFiles() {
        // awk -F, '!/^#/ && $1!="minute" {n++; s+=$2; if (n<=29769) a+=$2} END {print n, s, a}' on
        // ../shared/data/traces: NASA 39692 rows, sum 1891675, first 29769 rows 1524331;
        // Twitter 20160 rows, sum 76878572, first 15120 rows 58181982
        double[] nasa = BundledTrace.NASA_1995.column("requests");
        assertEquals(39_692, nasa.length);
        assertEquals(1_891_675, Arrays.stream(nasa).sum());
        assertEquals(1_524_331, Arrays.stream(nasa, 0, 29_769).sum());
        double[] twitter = BundledTrace.TWITTER_2021.column("requests");
        assertEquals(20_160, twitter.length);
        assertEquals(76_878_572, Arrays.stream(twitter).sum());
        assertEquals(58_181_982, Arrays.stream(twitter, 0, 15_120).sum());
    }

    @Test
    void unscaledStepsSumTheirMinutesFromTheFirstRowOfTheSplit() {
        // awk: rows 29770..29774 (1-based) of the NASA file, the first five minutes of its test part, sum to 318
        WorkloadModel model = create(new Nasa1995WorkloadProvider(),
                Map.of("split", "test", "stepMinutes", "5", "scale", "1", "start", "0"));
        model.fitEpisodes(100);
        assertEquals(318, rates(model, 0, 0)[0]);
        // the whole test part, 9923 minutes, is 367344 requests (awk); 1984 whole steps of five minutes cover it
        assertEquals(367_344.0 / 9_923 * 5, model.longRunMean(), 1e-9);
    }

    @Test
    void theTasksScaleUsesTheWholeTracesMeanStep(@TempDir Path folder) throws IOException {
        // rows 1..8, mean 4.5; two minutes per step make the mean step 9, so the scale is 60 / 9
        Path csv = counting(folder, 8);
        WorkloadModel model = create(new TraceWorkloadProvider(),
                Map.of("file", csv.toString(), "stepMinutes", "2", "start", "0"));
        // steps: (1+2), (3+4), (5+6), (7+8) times 60/9 = 20, 46.67, 73.33, 100
        assertArrayEquals(new int[] {20, 47, 73, 100}, rates(model, 0, 3));
    }

    @Test
    void theSplitIsTimeOrderedAtThreeQuarters(@TempDir Path folder) throws IOException {
        // 10 rows: train is floor(7.5) = 7 rows (values 1..7), test the last 3 (8, 9, 10)
        Path csv = counting(folder, 10);
        Map<String, String> base = Map.of("file", csv.toString(), "scale", "1", "start", "0");
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7, 1}, rates(create(new TraceWorkloadProvider(),
                with(base, "split", "train")), 0, 7));
        assertArrayEquals(new int[] {8, 9, 10, 8}, rates(create(new TraceWorkloadProvider(),
                with(base, "split", "test")), 0, 3));
        assertArrayEquals(IntStream.rangeClosed(1, 10).toArray(), rates(create(new TraceWorkloadProvider(),
                with(base, "split", "ALL")), 0, 9));
    }

    @Test
    void anEpisodeStartsAtARowDrawnFromItsSeedAndNeverLeavesItsSplit(@TempDir Path folder) throws IOException {
        // 400 rows: test is rows 301..400; an episode of 20 steps needs 21 rows, so starts lie in 0..79 of the split
        Path csv = counting(folder, 400);
        Set<Integer> starts = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            WorkloadModel model = create(new TraceWorkloadProvider(),
                    Map.of("file", csv.toString(), "scale", "1", "split", "test"));
            model.fitEpisodes(20);
            int[] episode = rates(model, seed, 20);
            int expectedStart = new SplittableRandom(seed).nextInt(100 - 21 + 1);
            assertEquals(301 + expectedStart, episode[0], "seed " + seed);
            for (int step = 0; step <= 20; step++) {
                assertEquals(episode[0] + step, episode[step], "contiguous and inside the split, seed " + seed);
            }
            assertTrue(episode[20] <= 400);
            assertArrayEquals(episode, rates(model, seed, 20), "the same seed gives the same episode");
            starts.add(expectedStart);
        }
        assertTrue(starts.size() > 50, "starts spread over the split: " + starts.size());
    }

    @Test
    void aByteOrderMarkIsDropped(@TempDir Path folder) throws IOException {
        Path csv = Files.writeString(folder.resolve("bom.csv"), "\uFEFFrequests\n5\n7\n", StandardCharsets.UTF_8);
        WorkloadModel model = create(new TraceWorkloadProvider(),
                Map.of("file", csv.toString(), "scale", "1", "start", "0"));
        assertArrayEquals(new int[] {5, 7}, rates(model, 0, 1));
    }

    @Test
    void badInputNamesTheValueAndWhatIsAllowed(@TempDir Path folder) throws IOException {
        Path csv = counting(folder, 10);
        Map<String, String> file = Map.of("file", csv.toString());
        assertEquals("workload trace: split=later is not allowed: must be train, test or all",
                refusal(new TraceWorkloadProvider(), with(file, "split", "later")));
        assertEquals("workload trace: stepMinutes=0 is not allowed: must be a whole number in [1, 3]",
                refusal(new TraceWorkloadProvider(), with(with(file, "split", "test"), "stepMinutes", "0")));
        assertEquals("workload nasa-1995: stepMinutes=9924 is not allowed: must be a whole number in [1, 9923]",
                refusal(new Nasa1995WorkloadProvider(), Map.of("split", "test", "stepMinutes", "9924")));
        Path one = Files.writeString(folder.resolve("one.csv"), "requests\n4\n");
        assertEquals("workload trace: split=train is not allowed: the trace has 1 row and its train part none;"
                + " choose another split or a longer file", refusal(new TraceWorkloadProvider(),
                Map.of("file", one.toString(), "split", "train")));
        Path zeros = Files.writeString(folder.resolve("zeros.csv"), "requests\n0\n0\n0\n");
        assertTrue(refusal(new TraceWorkloadProvider(), Map.of("file", zeros.toString()))
                .startsWith("workload trace: scale=task is not allowed: the trace's values are all zero"));
        Path headless = Files.writeString(folder.resolve("headless.csv"), "0,42\n1,40\n");
        assertTrue(refusal(new TraceWorkloadProvider(), Map.of("file", headless.toString(), "column", "2"))
                .startsWith("trace " + headless + " line 1: '0,42' is not a header"));
        assertTrue(refusal(new TraceWorkloadProvider(), Map.of("file", folder.toString())).endsWith("is a directory;"
                + " give a CSV file path or 'sample'"));
    }

    @Test
    void anEpisodeLongerThanTheSplitOrAFixedStartTooLateIsRefused() {
        WorkloadModel model = create(new Twitter2021WorkloadProvider(), Map.of("split", "test", "stepMinutes", "60"));
        // test holds 20160 - 15120 = 5040 minutes, 84 hours: an episode of 100 hourly steps needs 101 hours
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> model.fitEpisodes(100));
        assertEquals("workload twitter-2021 (split=test, 5040 rows, stepMinutes=60): an episode of 100 steps needs"
                + " 6060 rows (101 rates of 60 rows) but there are 5040: allowed are episodes of at most 83 steps here;"
                + " choose a longer split or a smaller stepMinutes", tooLong.getMessage());
        model.fitEpisodes(83);
        WorkloadModel late = create(new Twitter2021WorkloadProvider(), Map.of("split", "test", "start", "5000"));
        IllegalArgumentException start = assertThrows(IllegalArgumentException.class, () -> late.fitEpisodes(100));
        assertTrue(start.getMessage().endsWith("start 5000 is not allowed: an episode of 100 steps from there runs"
                + " past the last row; allowed are 0 to 4939"), start.getMessage());
    }

    @Test
    void aReplayWithoutAnEpisodeLengthLoopsAsBefore() {
        TraceWorkload model = TraceWorkload.from(new int[] {3, 1, 4}, 4);
        assertArrayEquals(new int[] {1, 4, 3, 1}, rates(model, 0, 3));
    }

    private static String refusal(WorkloadProvider provider, Map<String, String> given) {
        return assertThrows(IllegalArgumentException.class, () -> create(provider, given)).getMessage();
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> copy = new java.util.HashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
