package cloudrl.benchmarks;

import cloudrl.api.Observation;
import cloudrl.policy.ThresholdPolicy;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.FloatRange;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ThresholdActionsTest {

    private final ThresholdPolicy policy = ThresholdPolicy.defaults();
    private final ThresholdActions batch = new ThresholdActions(policy);

    @Property
    void choosesWhatThePolicyChooses(@ForAll @FloatRange(min = 0, max = 100) float cpu) {
        assertEquals(policy.act(new Observation(cpu, 50, 60, 3)).index(), batch.action(cpu), "cpu " + cpu);
    }

    @Test
    void theThresholdsThemselvesMaintain() {
        assertEquals(1, batch.action(70f));
        assertEquals(1, batch.action(40f));
        assertEquals(2, batch.action(Math.nextUp(70f)));
        assertEquals(0, batch.action(Math.nextDown(40f)));
        assertEquals(0, batch.action(0f));
        assertEquals(2, batch.action(100f));
    }

    @Test
    void arraysAndTensorMemoryGiveTheSameActions() {
        float[] observations = {10, 0, 0, 1, 55, 0, 0, 1, 90, 0, 0, 1};
        int[] actions = new int[3];
        batch.choose(observations, actions);
        assertArrayEquals(new int[] {0, 1, 2}, actions);
        FloatBuffer memory = ByteBuffer.allocateDirect(48).order(ByteOrder.nativeOrder()).asFloatBuffer()
                .put(0, observations);
        IntBuffer chosen = ByteBuffer.allocateDirect(12).order(ByteOrder.nativeOrder()).asIntBuffer();
        batch.choose(memory, chosen);
        assertArrayEquals(new int[] {0, 1, 2}, new int[] {chosen.get(0), chosen.get(1), chosen.get(2)});
    }
}
