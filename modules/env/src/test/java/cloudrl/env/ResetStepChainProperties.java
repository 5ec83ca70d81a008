package cloudrl.env;

import cloudrl.api.Action;
import cloudrl.api.StepResult;
import cloudrl.reward.SeedShapedReward;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stateful test: arbitrary sequences of seeded resets, unseeded resets and steps, including steps
 * before the first reset and after the end, checked against a small model of the episode's phase.
 */
class ResetStepChainProperties {

    /** The environment under test and what the model expects of it. */
    static final class Model {
        final CloudEnvironment environment = new CloudEnvironment(
                EnvironmentConfig.builder().maxSteps(12).build(), Task.HARD.workload(),
                SeedShapedReward.defaults());
        boolean started;
        boolean ended;
        int step;
        StepResult last;

        void resetWith(Long seed) {
            var result = seed == null ? environment.reset() : environment.reset(seed);
            assertEquals(0, result.info().step());
            assertEquals(3, result.observation().servers());
            started = true;
            ended = false;
            step = 0;
            last = null;
        }

        void stepWith(Action action) {
            if (!started || ended) {
                assertThrows(IllegalStateException.class, () -> environment.step(action));
                return;
            }
            int serversBefore = last == null ? 3 : last.observation().servers();
            last = environment.step(action);
            step++;
            // the unit rule by hand: 0 removes one (never the last), 1 keeps, 2 adds one
            int expected = switch (action.index()) {
                case 0 -> Math.max(1, serversBefore - 1);
                case 1 -> serversBefore;
                default -> serversBefore + 1;
            };
            assertEquals(expected, last.observation().servers());
            ended = last.done();
        }

        @Override
        public String toString() {
            return "started=" + started + " ended=" + ended + " step=" + step;
        }
    }

    @Property(tries = 200)
    void resetAndStepSequencesKeepTheContract(@ForAll("chains") ActionChain<Model> chain) {
        chain.withInvariant("step counter and spaces", model -> {
            if (model.last != null) {
                assertEquals(model.step, model.last.info().step());
                assertTrue(model.step <= 12);
                assertTrue(model.environment.observationSpace().contains(model.last.observation()));
                assertTrue(model.last.reward() >= 0 && model.last.reward() <= 1);
                assertEquals(model.step == 12 && !model.last.terminated(), model.last.truncated());
            }
        }).run();
    }

    @Provide
    Arbitrary<ActionChain<Model>> chains() {
        net.jqwik.api.state.Action.Independent<Model> seededReset = () -> Arbitraries.longs().map(seed ->
                Transformer.mutate("reset(" + seed + ")", model -> model.resetWith(seed)));
        net.jqwik.api.state.Action.Independent<Model> unseededReset = net.jqwik.api.state.Action.just("reset()",
                Transformer.mutate("reset()", model -> model.resetWith(null)));
        net.jqwik.api.state.Action.Independent<Model> step = () -> Arbitraries.of(Action.DECREASE, Action.MAINTAIN, Action.INCREASE).map(action ->
                Transformer.mutate("step(" + action + ")", model -> model.stepWith(action)));
        return ActionChain.startWith(Model::new)
                .withAction(1, seededReset)
                .withAction(1, unseededReset)
                .withAction(8, step)
                .withMaxTransformations(60);
    }
}
