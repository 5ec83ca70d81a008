package cloudrl.torch;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import cloudrl.api.StepResult;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TensorEnvironmentTest {

    @Test
    void theStateTensorHoldsTheLatestObservationAsFloat32OfShapeFour() {
        TensorEnvironment environment = new TensorEnvironment(CloudEnvironment.of(Task.MEDIUM));
        try (NDManager manager = PyTorchRuntime.newManager()) {
            float[] reset = environment.reset(8).observation().toArray();
            NDArray first = environment.stateTensor(manager);
            assertEquals(new Shape(4), first.getShape());
            assertEquals(DataType.FLOAT32, first.getDataType());
            assertArrayEquals(reset, first.toFloatArray());
            for (int t = 0; t < 20; t++) {
                StepResult result = environment.step(t % 3);
                assertArrayEquals(result.observation().toArray(), environment.stateTensor(manager).toFloatArray());
                if (result.done()) {
                    environment.reset();
                }
            }
        }
    }

    @Test
    void behavesExactlyLikeTheEnvironmentItWraps() {
        TensorEnvironment wrapped = new TensorEnvironment(CloudEnvironment.of(Task.HARD));
        CloudEnvironment plain = CloudEnvironment.of(Task.HARD);
        assertEquals(plain.reset(4), wrapped.reset(4));
        for (int t = 0; t < 50; t++) {
            StepResult expected = plain.step(2 - t % 3);
            assertEquals(expected, wrapped.step(2 - t % 3));
            if (expected.done()) {
                assertEquals(plain.reset(), wrapped.reset());
            }
        }
        assertEquals(plain.observationSpace(), wrapped.observationSpace());
        assertEquals(plain.actionSpace(), wrapped.actionSpace());
    }

    @Test
    void askingForTheStateBeforeAResetIsAnError() {
        TensorEnvironment environment = new TensorEnvironment(CloudEnvironment.of(Task.EASY));
        try (NDManager manager = PyTorchRuntime.newManager()) {
            IllegalStateException early = assertThrows(IllegalStateException.class,
                    () -> environment.stateTensor(manager));
            assertEquals("stateTensor() called before reset(): call reset() first", early.getMessage());
        }
    }
}
