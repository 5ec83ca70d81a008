package cloudrl.plugins;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Trace workloads replay the command's split unless told otherwise, where the split can hold an episode. */
class DefaultSplitTest {

    private static final PluginCatalog CATALOG = PluginDiscovery.builtIns();
    private static final Assembly ASSEMBLY = new Assembly(CATALOG);

    private static Selection workload(String workload, String... params) {
        return Selection.of(null, null, workload, List.of(params));
    }

    private static String split(Selection selection) {
        return ASSEMBLY.workloadParameters(selection).get("split");
    }

    @Test
    void theMeasuredTracesTakeTheCommandsSplit() {
        assertEquals("test", split(ASSEMBLY.withDefaultSplit(workload("nasa-1995"), "test")));
        assertEquals("train", split(ASSEMBLY.withDefaultSplit(workload("twitter-2021"), "train")));
        Selection scenario = Selection.of(CATALOG.scenario("nasa-boot"), null, null, null, List.of());
        assertEquals("test", split(ASSEMBLY.withDefaultSplit(scenario, "test")));
    }

    @Test
    void aSplitTheUserNamedStands() {
        assertEquals("all", split(ASSEMBLY.withDefaultSplit(workload("nasa-1995", "workload.split=all"), "test")));
        // nasa-1995's first parameter is the split, so ID:VALUE names it too
        assertEquals("train", split(ASSEMBLY.withDefaultSplit(workload("nasa-1995:train"), "test")));
    }

    @Test
    void aWorkloadWithoutASplitIsUnchanged() {
        Selection gaussian = workload("gaussian");
        assertSame(gaussian, ASSEMBLY.withDefaultSplit(gaussian, "test"));
    }

    @Test
    void theBundledSampleKeepsAllBecauseItsTestPartIsShorterThanAnEpisode() {
        // 288 rows: the test part is 288 - floor(0.75 x 288) = 72 rows, and an episode of 100 steps needs 101
        Selection sample = workload("trace");
        assertSame(sample, ASSEMBLY.withDefaultSplit(sample, "test"));
        assertEquals("all", split(sample));
    }

    @Test
    void aUsersFileTakesTheSplitWhenItsPartHoldsAnEpisode(@TempDir Path folder) throws IOException {
        // test part of 404 rows: 404 - 303 = 101 rows, exactly one episode's rates; of 400 rows: 100, one short
        Path fits = csv(folder.resolve("fits.csv"), 404);
        Path short_ = csv(folder.resolve("short.csv"), 400);
        assertEquals("test", split(ASSEMBLY.withDefaultSplit(workload("trace", "workload.file=" + fits), "test")));
        Selection tooShort = workload("trace", "workload.file=" + short_);
        assertSame(tooShort, ASSEMBLY.withDefaultSplit(tooShort, "test"));
        assertEquals(Map.of("file", short_.toString(), "split", "all"),
                ASSEMBLY.workloadParameters(tooShort).entrySet().stream()
                        .filter(entry -> entry.getKey().equals("file") || entry.getKey().equals("split"))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private static Path csv(Path file, int rows) throws IOException {
        String body = IntStream.range(0, rows).mapToObj(i -> Integer.toString(10 + i % 7))
                .collect(Collectors.joining("\n", "requests\n", "\n"));
        return Files.writeString(file, body);
    }
}
