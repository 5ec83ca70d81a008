package cloudrl.agents;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * GAE on three steps of three environments, with gamma = lambda = 0.5 so that every figure can be
 * checked by hand (the working is in the comments).
 */
class AdvantageEstimatorTest {

    private static final int STEPS = 3;
    private static final int ENVS = 3;

    @Test
    void matchesTheHandComputedAdvantages() {
        // entry t * 3 + i: environment 0 fails at t = 1, environment 1 hits its time limit at t = 1
        // (no time input, so it bootstraps from the last observation), environment 2 runs on.
        float[] rewards = {
                1, 1, 0,
                0, 1, 0,
                0, 0, 1};
        float[] values = {
                2, 1, 1,
                1, 1, 1,
                5, 4, 1}; // at t = 2 environments 0 and 1 autoreset: V of their episodes' last observation
        float[] lastValues = {3, 2, 2};
        boolean[] terminal = {
                false, false, false,
                true, false, false,
                false, false, false};
        boolean[] ended = {
                false, false, false,
                true, true, false,
                false, false, false};
        boolean[] valid = {
                true, true, true,
                true, true, true,
                false, false, true};
        float[] advantages = new float[9];
        float[] returns = new float[9];
        AdvantageEstimator.estimate(STEPS, ENVS, rewards, values, lastValues, terminal, ended, valid, 0.5, 0.5,
                advantages, returns);
        // environment 0: t=1 delta = 0 - 1 = -1 (terminal, ended) -> A = -1
        //                t=0 delta = 1 + 0.5 * 1 - 2 = -0.5 -> A = -0.5 + 0.25 * -1 = -0.75
        // environment 1: t=1 delta = 1 + 0.5 * 4 - 1 = 2 (bootstraps from V = 4, then ended) -> A = 2
        //                t=0 delta = 1 + 0.5 * 1 - 1 = 0.5 -> A = 0.5 + 0.25 * 2 = 1
        // environment 2: t=2 delta = 1 + 0.5 * 2 - 1 = 1 -> A = 1
        //                t=1 delta = 0 + 0.5 * 1 - 1 = -0.5 -> A = -0.5 + 0.25 * 1 = -0.25
        //                t=0 delta = -0.5 -> A = -0.5 + 0.25 * -0.25 = -0.5625
        assertArrayEquals(new float[] {
                -0.75f, 1f, -0.5625f,
                -1f, 2f, -0.25f,
                0f, 0f, 1f}, advantages, 1e-6f);
        // returns are advantage + value; the autoreset steps keep their value and count for nothing
        assertArrayEquals(new float[] {
                1.25f, 2f, 0.4375f,
                0f, 3f, 0.75f,
                5f, 4f, 2f}, returns, 1e-6f);
    }

    @Test
    void withLambdaOneTheReturnIsTheDiscountedSumOfRewards() {
        float[] rewards = {1, 2, 3};
        float[] values = {0.3f, -1f, 7f};
        float[] advantages = new float[3];
        float[] returns = new float[3];
        AdvantageEstimator.estimate(3, 1, rewards, values, new float[] {10}, new boolean[3], new boolean[3],
                new boolean[] {true, true, true}, 0.9, 1.0, advantages, returns);
        // R_2 = 3 + 0.9 * 10 = 12, R_1 = 2 + 0.9 * 12 = 12.8, R_0 = 1 + 0.9 * 12.8 = 12.52
        assertArrayEquals(new float[] {12.52f, 12.8f, 12f}, returns, 1e-5f);
    }
}
