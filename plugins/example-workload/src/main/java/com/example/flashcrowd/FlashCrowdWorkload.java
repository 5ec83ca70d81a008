package com.example.flashcrowd;

import cloudrl.api.WorkloadModel;

import java.util.random.RandomGenerator;

/**
 * Steady Gaussian traffic with one flash crowd per episode: from step {@code at} the level jumps to
 * {@code factor} times the base and decays back with a half-life of {@code halfLife} steps.
 */
final class FlashCrowdWorkload implements WorkloadModel {

    private final double baseRate;
    private final double stdDev;
    private final int at;
    private final double factor;
    private final double halfLife;

    FlashCrowdWorkload(double baseRate, double stdDev, int at, double factor, double halfLife) {
        this.baseRate = baseRate;
        this.stdDev = stdDev;
        this.at = at;
        this.factor = factor;
        this.halfLife = halfLife;
    }

    @Override
    public int requestRate(int step, RandomGenerator random) {
        double level = baseRate;
        if (step >= at) {
            // the extra traffic halves every halfLife steps
            level += (factor - 1) * baseRate * Math.pow(0.5, (step - at) / halfLife);
        }
        return (int) Math.max(0, Math.round(level + stdDev * random.nextGaussian()));
    }
}
