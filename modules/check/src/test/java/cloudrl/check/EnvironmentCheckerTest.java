package cloudrl.check;

import cloudrl.api.Action;
import cloudrl.api.Box;
import cloudrl.api.Discrete;
import cloudrl.api.Environment;
import cloudrl.api.Observation;
import cloudrl.api.ResetResult;
import cloudrl.api.StepInfo;
import cloudrl.api.StepResult;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checker against a small hand-written environment that keeps the contract, and against
 * variants that each break one rule. (CloudRL's own environment is checked in the
 * architecture-tests module, which may depend on every module.)
 */
class EnvironmentCheckerTest {

    /** A counter service: the rate is a seeded draw, episodes last five steps. */
    static class Honest implements Environment {
        SplittableRandom random = new SplittableRandom(0);
        int step = -1;
        boolean over;
        int servers = 2;

        @Override
        public Box observationSpace() {
            return new Box(new float[] {0, 0, 0, 1}, new float[] {100, 100, Float.POSITIVE_INFINITY, 100});
        }

        @Override
        public Discrete actionSpace() {
            return new Discrete(3);
        }

        @Override
        public ResetResult reset(long seed) {
            random = new SplittableRandom(seed);
            return reset();
        }

        @Override
        public ResetResult reset() {
            step = 0;
            over = false;
            servers = 2;
            return new ResetResult(observe(), new StepInfo(0, 1, Map.of()));
        }

        Observation observe() {
            return new Observation(random.nextInt(90), 10, random.nextInt(50), servers);
        }

        double reward() {
            return 0.5;
        }

        @Override
        public StepResult step(Action action) {
            if (step < 0 || over) {
                throw new IllegalStateException("not running");
            }
            servers = Math.max(1, Math.min(99, servers + action.index() - 1));
            step++;
            over = step == 5;
            return new StepResult(observe(), reward(), false, over, new StepInfo(step, 1, Map.of()));
        }
    }

    @Test
    void anHonestEnvironmentPasses() {
        ContractReport report = new EnvironmentChecker(Honest::new, 5, 42).run();
        assertTrue(report.passed(), report.violations()::toString);
        report.assertPassed();
    }

    @Test
    void aNonDeterministicEnvironmentIsCaught() {
        AtomicLong instances = new AtomicLong();
        Supplier<Environment> factory = () -> new Honest() {
            final long salt = instances.incrementAndGet();

            @Override
            public ResetResult reset(long seed) {
                random = new SplittableRandom(seed + salt);
                return reset();
            }
        };
        assertViolation(EnvironmentChecker.check(factory), "differ");
    }

    @Test
    void stepAfterTheEndMustBeRefused() {
        Supplier<Environment> factory = () -> new Honest() {
            @Override
            public StepResult step(Action action) {
                if (step < 0) {
                    throw new IllegalStateException("not started");
                }
                step++;
                return new StepResult(observe(), 0.5, false, step % 5 == 0, new StepInfo(step, 1, Map.of()));
            }
        };
        assertViolation(EnvironmentChecker.check(factory), "after the episode ended");
    }

    @Test
    void stepBeforeResetMustBeRefused() {
        Supplier<Environment> factory = () -> new Honest() {
            {
                step = 0;
            }
        };
        assertViolation(EnvironmentChecker.check(factory), "before reset() was accepted");
    }

    @Test
    void rewardsOutsideTheUnitIntervalAreCaught() {
        Supplier<Environment> factory = () -> new Honest() {
            @Override
            public StepResult step(Action action) {
                StepResult honest = super.step(action);
                return new StepResult(honest.observation(), 1.5, false, honest.truncated(), honest.info());
            }
        };
        assertViolation(EnvironmentChecker.check(factory), "reward 1.5 is outside [0, 1]");
    }

    @Test
    void observationsOutsideTheSpaceAreCaught() {
        Supplier<Environment> factory = () -> new Honest() {
            @Override
            public Box observationSpace() {
                return new Box(new float[] {0, 0, 0, 1}, new float[] {100, 100, 10, 100});
            }
        };
        assertViolation(EnvironmentChecker.check(factory), "is outside Box");
    }

    @Test
    void theChecksNeedAtLeastOneEpisode() {
        assertThrows(IllegalArgumentException.class, () -> new EnvironmentChecker(Honest::new, 0, 1));
    }

    private static void assertViolation(ContractReport report, String fragment) {
        assertFalse(report.passed());
        assertTrue(report.violations().stream().anyMatch(v -> v.contains(fragment)),
                () -> "expected a violation containing '" + fragment + "' in " + report.violations());
        AssertionError error = assertThrows(AssertionError.class, report::assertPassed);
        assertTrue(error.getMessage().contains(fragment));
        assertEquals(report.violations().size(), error.getMessage().lines().count() - 1);
    }
}
