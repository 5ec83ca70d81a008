package cloudrl.workload.provider;

import cloudrl.api.Parameters;
import cloudrl.api.TrafficLevel;
import cloudrl.api.WorkloadModel;
import cloudrl.api.WorkloadProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkloadProvidersTest {

    private static final TrafficLevel HARD = new TrafficLevel(80, 25);

    private static WorkloadModel create(WorkloadProvider provider, Map<String, String> given) {
        return provider.create(0, HARD, Parameters.of(provider, given));
    }

    @Test
    void everyProviderBuildsItsModelFromTheDefaults() {
        for (WorkloadProvider provider : List.of(new DiurnalWorkloadProvider(), new BurstyWorkloadProvider(),
                new Ar1WorkloadProvider(), new TraceWorkloadProvider())) {
            WorkloadModel model = create(provider, Map.of());
            SplittableRandom random = new SplittableRandom(1);
            model.reset(random);
            for (int step = 0; step < 100; step++) {
                assertTrue(model.requestRate(step, random) >= 0);
            }
        }
    }

    @Test
    void diurnalFollowsTheTasksBaseRate() {
        WorkloadModel model = create(new DiurnalWorkloadProvider(), Map.of("amplitude", "0.3"));
        assertEquals(80, model.longRunMean());
    }

    @Test
    void malformedAndOutOfRangeValuesAreRejectedWithTheKeyAndTheRange() {
        IllegalArgumentException notNumber = assertThrows(IllegalArgumentException.class,
                () -> create(new DiurnalWorkloadProvider(), Map.of("period", "daily")));
        assertEquals("workload diurnal: period=daily is not allowed: must be a number in [2, 1e6]",
                notNumber.getMessage());
        IllegalArgumentException outOfRange = assertThrows(IllegalArgumentException.class,
                () -> create(new Ar1WorkloadProvider(), Map.of("phi", "1")));
        assertEquals("workload ar1: phi=1 is not allowed: must be a number in [-0.999, 0.999]", outOfRange.getMessage());
        IllegalArgumentException never = assertThrows(IllegalArgumentException.class,
                () -> create(new BurstyWorkloadProvider(), Map.of("leaveBurst", "0")));
        assertTrue(never.getMessage().startsWith("workload bursty: leaveBurst=0 is not allowed"), never.getMessage());
    }

    @Test
    void unknownParametersAreRejectedNamingTheAllowedOnes() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> create(new DiurnalWorkloadProvider(), Map.of("periods", "24")));
        assertEquals("unknown parameter 'periods' for workload diurnal: allowed are period, amplitude, phase, noise",
                unknown.getMessage());
    }

    @Test
    void theSampleTraceIsRescaledToTheTasksBaseRate() {
        WorkloadModel model = create(new TraceWorkloadProvider(), Map.of());
        // rounding each scaled value moves the mean by at most half a request
        assertEquals(80, model.longRunMean(), 0.5);
    }

    @Test
    void aTraceFileReplaysItsColumnFromAFixedStart(@TempDir Path folder) throws IOException {
        Path csv = folder.resolve("rates.csv");
        Files.writeString(csv, "# recorded\ntime,requests,errors\n0,10,0\n1,20,1\n\n2,30,0\n");
        WorkloadModel model = create(new TraceWorkloadProvider(),
                Map.of("file", csv.toString(), "scale", "2", "start", "1"));
        SplittableRandom random = new SplittableRandom(0);
        model.reset(random);
        int[] rates = new int[4];
        for (int step = 0; step < 4; step++) {
            rates[step] = model.requestRate(step, random);
        }
        assertEquals(List.of(40, 60, 20, 40), java.util.Arrays.stream(rates).boxed().toList());
    }

    @Test
    void traceFileProblemsNameTheFileLineAndValue(@TempDir Path folder) throws IOException {
        Path csv = folder.resolve("bad.csv");
        Files.writeString(csv, "time,requests\n0,10\n1,lots\n");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> create(new TraceWorkloadProvider(), Map.of("file", csv.toString())));
        assertEquals("trace " + csv + " line 3: 'lots' in column requests is not a request rate: must be a number in"
                + " [0, 1e9]", bad.getMessage());
        IllegalArgumentException column = assertThrows(IllegalArgumentException.class,
                () -> create(new TraceWorkloadProvider(), Map.of("file", csv.toString(), "column", "rps")));
        assertTrue(column.getMessage().contains("has no column 'rps': its columns are time, requests"),
                column.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> create(new TraceWorkloadProvider(), Map.of("file", folder.resolve("none.csv").toString())));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
    }

    @Test
    void aDirectoryGivenAsTheTraceFileIsCalledADirectory(@TempDir Path folder) {
        IllegalArgumentException directory = assertThrows(IllegalArgumentException.class,
                () -> create(new TraceWorkloadProvider(), Map.of("file", folder.toString())));
        assertEquals("workload trace: file=" + folder + " is not allowed: is a directory; give a CSV file path or"
                + " 'sample'", directory.getMessage());
    }
}
