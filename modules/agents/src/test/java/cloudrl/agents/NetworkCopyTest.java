package cloudrl.agents;

import ai.djl.ndarray.NDManager;
import cloudrl.agents.FeedForwardNetwork.Architecture;
import cloudrl.agents.FeedForwardNetwork.Nonlinearity;
import cloudrl.torch.PyTorchRuntime;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Copying one network into another, as the DQN target network and the kept best model are made. */
class NetworkCopyTest {

    private static final Architecture SHAPE = new Architecture(4, 8, 3, Nonlinearity.RELU);

    @Test
    void aCopyHasTheSourcesValuesAndIsIndependentOfIt() {
        try (NDManager manager = PyTorchRuntime.newManager()) {
            FeedForwardNetwork source = FeedForwardNetwork.create(manager, SHAPE, 0);
            FeedForwardNetwork copy = FeedForwardNetwork.create(manager, SHAPE, 0);
            copy.copyFrom(source);
            for (int i = 0; i < source.parameters().size(); i++) {
                float[] expected = source.parameters().get(i).getArray().toFloatArray();
                assertArrayEquals(expected, copy.parameters().get(i).getArray().toFloatArray());
            }
            // changing the source afterwards leaves the copy as it was
            float[] before = copy.parameters().get(0).getArray().toFloatArray();
            source.parameters().get(0).getArray().muli(2);
            assertArrayEquals(before, copy.parameters().get(0).getArray().toFloatArray());
        }
    }

    /**
     * libtorch prints its deprecation warning from native code straight to the process's standard
     * error, out of Java's reach, so the copy runs in a JVM of its own whose output is read back.
     */
    @Test
    void copyingPrintsNoLibtorchWarning() throws IOException, InterruptedException {
        String path = System.getProperty("java.class.path") + File.pathSeparator
                + System.getProperty("jdk.module.path", "");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dai.djl.offline=true", "-cp", path, CopyInAFreshJvm.class.getName())
                .redirectErrorStream(true).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child JVM did not finish");
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains("copied 6 parameters"), output);
        assertFalse(output.contains("AutoNonVariableTypeMode"), output);
    }

    /** The child's program: one copy, as training makes it. */
    public static final class CopyInAFreshJvm {
        public static void main(String[] args) {
            try (NDManager manager = PyTorchRuntime.newManager()) {
                FeedForwardNetwork source = FeedForwardNetwork.create(manager, SHAPE, 0);
                FeedForwardNetwork copy = FeedForwardNetwork.create(manager, SHAPE, 0);
                copy.copyFrom(source);
                List<?> parameters = copy.parameters();
                System.out.println("copied " + parameters.size() + " parameters");
            }
        }
    }
}
