package cloudrl.torch;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.Task;
import cloudrl.env.VectorEnv;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TensorVectorEnvTest {

    private static final int COUNT = 300;

    @Test
    void everyTensorHoldsExactlyWhatTheArraysHold() {
        // short episodes on the hard task: terminations, truncations and autoresets all show up
        EnvironmentConfig config = EnvironmentConfig.builder().maxSteps(15).build();
        try (NDManager manager = PyTorchRuntime.newManager();
             VectorEnv environments = VectorEnv.of(Task.HARD, config, COUNT, 1);
             TensorVectorEnv view = new TensorVectorEnv(environments, manager)) {
            NDArray observations = view.reset(21);
            assertEquals(new Shape(COUNT, 4), observations.getShape());
            assertEquals(DataType.FLOAT32, observations.getDataType());
            assertArrayEquals(environments.observations(), observations.toFloatArray());
            SplittableRandom chooser = new SplittableRandom(2);
            int terminations = 0;
            int truncations = 0;
            for (int t = 0; t < 60; t++) {
                int[] actions = new int[COUNT];
                for (int i = 0; i < COUNT; i++) {
                    actions[i] = chooser.nextInt(3);
                }
                TensorStep step;
                try (NDManager scratch = manager.newSubManager()) {
                    NDArray chosen = t % 2 == 0 ? scratch.create(actions) : scratch.create(actions).toType(DataType.INT64, false);
                    step = view.step(chosen);
                }
                assertArrayEquals(environments.observations(), step.observations().toFloatArray(), "step " + t);
                float[] rewards = step.rewards().toFloatArray();
                boolean[] terminated = step.terminated().toBooleanArray();
                boolean[] truncated = step.truncated().toBooleanArray();
                for (int i = 0; i < COUNT; i++) {
                    assertEquals((float) environments.rewards()[i], rewards[i], "reward " + i + " at step " + t);
                    assertEquals(environments.terminated()[i], terminated[i], "terminated " + i + " at step " + t);
                    assertEquals(environments.truncated()[i], truncated[i], "truncated " + i + " at step " + t);
                    terminations += terminated[i] ? 1 : 0;
                    truncations += truncated[i] ? 1 : 0;
                }
                assertEquals(DataType.FLOAT32, step.rewards().getDataType());
                assertEquals(DataType.BOOLEAN, step.terminated().getDataType());
                assertEquals(new Shape(COUNT), step.truncated().getShape());
            }
            assertTrue(terminations > 0 && truncations > 0, terminations + " terminations, " + truncations
                    + " truncations");
        }
    }

    @Test
    void theTensorPathFollowsTheArrayPathStepForStep() {
        try (NDManager manager = PyTorchRuntime.newManager();
             VectorEnv arrays = VectorEnv.of(Task.MEDIUM, COUNT, 1);
             VectorEnv viewed = VectorEnv.of(Task.MEDIUM, COUNT, 1);
             TensorVectorEnv view = new TensorVectorEnv(viewed, manager)) {
            arrays.reset(6);
            view.reset(6);
            int[] actions = new int[COUNT];
            for (int t = 0; t < 150; t++) {
                for (int i = 0; i < COUNT; i++) {
                    actions[i] = (i + t) % 3;
                }
                arrays.step(actions);
                try (NDManager scratch = manager.newSubManager()) {
                    view.step(scratch.create(actions));
                }
                assertArrayEquals(arrays.observations(), view.latest().observations().toFloatArray());
            }
        }
    }

    @Test
    void theOutputTensorsAreTheSameLiveObjectsEveryStep() {
        try (NDManager manager = PyTorchRuntime.newManager();
             VectorEnv environments = VectorEnv.of(Task.EASY, 8, 1);
             TensorVectorEnv view = new TensorVectorEnv(environments, manager)) {
            NDArray observations = view.reset(1);
            float[] before = observations.toFloatArray();
            NDArray increase = manager.create(new int[] {2, 2, 2, 2, 2, 2, 2, 2});
            TensorStep step = view.step(increase);
            assertSame(observations, step.observations());
            assertSame(step, view.step(increase));
            assertEquals(5f, observations.toFloatArray()[3], "the tensor read after two increases shows 5 servers");
            assertEquals(3f, before[3]);
        }
    }

    @Test
    void badActionTensorsAreRejectedWithWhatIsAllowed() {
        try (NDManager manager = PyTorchRuntime.newManager();
             VectorEnv environments = VectorEnv.of(Task.EASY, 3, 1);
             TensorVectorEnv view = new TensorVectorEnv(environments, manager)) {
            view.reset(1);
            IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                    () -> view.step(manager.create(new int[] {1, 1})));
            assertEquals("actions has shape (2) but must have shape (3), one action per environment", shape.getMessage());
            IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                    () -> view.step(manager.create(new float[] {1, 1, 1})));
            assertEquals("actions has type float32 but must be int32 or int64", type.getMessage());
            IllegalArgumentException wide = assertThrows(IllegalArgumentException.class,
                    () -> view.step(manager.create(new long[] {1, 7, 1})));
            assertEquals("for environment 1: action 7 is not valid: allowed are 0 (remove 1), 1 (keep), 2 (add 1)",
                    wide.getMessage());
            IllegalArgumentException narrow = assertThrows(IllegalArgumentException.class,
                    () -> view.step(manager.create(new int[] {1, 1, -1})));
            assertTrue(narrow.getMessage().startsWith("for environment 2: action -1 is not valid"), narrow.getMessage());
        }
    }
}
