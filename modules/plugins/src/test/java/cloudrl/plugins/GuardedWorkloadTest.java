package cloudrl.plugins;

import cloudrl.api.MarkovWorkload;
import cloudrl.api.Parameters;
import cloudrl.api.TrafficChain;
import cloudrl.api.TrafficLevel;
import cloudrl.api.WorkloadModel;
import cloudrl.api.WorkloadProvider;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A guard passes on what a workload offers besides its rates: its episode length, and its transition law. */
class GuardedWorkloadTest {

    private final List<Integer> fitted = new ArrayList<>();

    private class Plain implements WorkloadModel {
        @Override
        public int requestRate(int step, RandomGenerator random) {
            return 7;
        }

        @Override
        public void fitEpisodes(int steps) {
            fitted.add(steps);
        }
    }

    private final class Chained extends Plain implements MarkovWorkload {
        @Override
        public TrafficChain chain(int maxSteps) {
            throw new IllegalStateException("no law today");
        }
    }

    private static PluginGuard guard() {
        WorkloadProvider provider = new WorkloadProvider() {
            @Override
            public String id() {
                return "seven";
            }

            @Override
            public String description() {
                return "seven requests a step";
            }

            @Override
            public WorkloadModel create(long seed, TrafficLevel traffic, Parameters parameters) {
                return null;
            }
        };
        return new PluginGuard(new FoundProvider(provider, new PluginSource(Path.of("/plugins/seven.jar"))),
                PluginWatchdog.logging(Duration.ofSeconds(10)));
    }

    @Test
    void theEpisodeLengthReachesTheGuardedWorkload() {
        WorkloadModel guarded = GuardedWorkload.of(new Plain(), guard());
        assertFalse(guarded instanceof MarkovWorkload, "a workload without a law is not given one");
        guarded.fitEpisodes(100);
        assertEquals(List.of(100), fitted);
        assertEquals(7, guarded.requestRate(1, null));
    }

    @Test
    void aTransitionLawIsOfferedThroughTheGuardAndItsFailureNamesThePlugin() {
        WorkloadModel guarded = GuardedWorkload.of(new Chained(), guard());
        assertTrue(guarded instanceof MarkovWorkload, "the oracle can still plan over a guarded Markov workload");
        PluginFailure failure = assertThrows(PluginFailure.class, () -> ((MarkovWorkload) guarded).chain(100));
        assertTrue(failure.getMessage().contains("seven") && failure.getMessage().contains("chain threw"),
                failure.getMessage());
    }
}
