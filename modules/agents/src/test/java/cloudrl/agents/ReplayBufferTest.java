package cloudrl.agents;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplayBufferTest {

    /** Capacity 3, two features: the fourth transition replaces the first. */
    private static ReplayBuffer filledPastCapacity() {
        ReplayBuffer buffer = new ReplayBuffer(3, 2);
        for (int k = 1; k <= 4; k++) {
            float[] state = {k, 10 * k};
            float[] next = {k + 1, 10 * (k + 1)};
            buffer.add(state, 0, k % 3, k / 10f, next, 0, k == 3);
        }
        return buffer;
    }

    @Test
    void keepsTheLastTransitionsOldestFirst() {
        ReplayBuffer buffer = filledPastCapacity();
        assertEquals(3, buffer.size());
        ReplayBuffer.Minibatch batch = new ReplayBuffer.Minibatch(3, 2);
        for (int index = 0; index < 3; index++) {
            buffer.copy(index, index, batch);
        }
        // transitions 2, 3 and 4, in that order
        assertArrayEquals(new float[] {2, 20, 3, 30, 4, 40}, batch.states());
        assertArrayEquals(new float[] {3, 30, 4, 40, 5, 50}, batch.nextStates());
        assertArrayEquals(new int[] {2, 0, 1}, batch.actions());
        assertArrayEquals(new float[] {0.2f, 0.3f, 0.4f}, batch.rewards());
        assertArrayEquals(new float[] {1, 0, 1}, batch.notTerminal(), "transition 3 ended its episode");
    }

    @Test
    void readsStatesFromTheGivenOffsets() {
        ReplayBuffer buffer = new ReplayBuffer(2, 2);
        float[] states = {9, 9, 1, 2, 9};
        float[] next = {3, 4};
        buffer.add(states, 2, 1, 0.5f, next, 0, false);
        ReplayBuffer.Minibatch batch = new ReplayBuffer.Minibatch(1, 2);
        buffer.copy(0, 0, batch);
        assertArrayEquals(new float[] {1, 2}, batch.states());
        assertArrayEquals(new float[] {3, 4}, batch.nextStates());
    }

    @Test
    void samplesEveryStoredTransitionAboutEquallyOften() {
        ReplayBuffer buffer = filledPastCapacity();
        ReplayBuffer.Minibatch batch = new ReplayBuffer.Minibatch(3000, 2);
        buffer.sample(new SplittableRandom(7), batch);
        int[] counts = new int[5];
        for (int row = 0; row < batch.size(); row++) {
            int transition = Math.round(batch.states()[row * 2]);
            assertTrue(transition >= 2 && transition <= 4, "transition " + transition + " was overwritten");
            assertEquals(transition / 10f, batch.rewards()[row], "the row's parts belong together");
            counts[transition]++;
        }
        // 1000 expected each; the binomial standard deviation is about 26
        for (int transition = 2; transition <= 4; transition++) {
            assertTrue(Math.abs(counts[transition] - 1000) < 130, "transition " + transition + ": " + counts[transition]);
        }
    }

    @Test
    void theSameSeedDrawsTheSameSample() {
        ReplayBuffer buffer = filledPastCapacity();
        ReplayBuffer.Minibatch first = new ReplayBuffer.Minibatch(50, 2);
        ReplayBuffer.Minibatch second = new ReplayBuffer.Minibatch(50, 2);
        buffer.sample(new SplittableRandom(3), first);
        buffer.sample(new SplittableRandom(3), second);
        assertArrayEquals(first.states(), second.states());
    }

    @Test
    void anEmptyBufferCannotBeSampled() {
        ReplayBuffer buffer = new ReplayBuffer(4, 2);
        assertThrows(IllegalStateException.class,
                () -> buffer.sample(new SplittableRandom(1), new ReplayBuffer.Minibatch(1, 2)));
    }
}
