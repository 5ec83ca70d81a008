package cloudrl.workload;

import cloudrl.api.TrafficChain;
import cloudrl.api.TrafficOutcomes;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each Markov workload's shape against its formula, not only its mean: the diurnal cycle's level at
 * every position of the period (its amplitude and period), ar1's variance and autocorrelation at
 * lags 1 and 2, bursty's switching rates and stationary share; and the transition law each offers
 * the oracle ({@link TrafficChain}) against the same formulas. The oracle plans over these laws.
 *
 * <p>Tolerances are stated per check: rounding to the nearest request (at most 0.5 on a level, a
 * uniform error of variance 1/12 on a series) plus five standard errors of the estimate, so a
 * correct model fails a check about once in a million; the parameters keep the noise far from zero,
 * so clamping, which the formulas leave out, practically never happens.
 */
class WorkloadShapeProperties {

    private static final double ROUNDING = 0.5;
    private static final double ROUNDING_VARIANCE = 1.0 / 12;

    @Property(tries = 30)
    void diurnalLevelAtEveryPositionOfThePeriodFollowsTheSine(@ForAll @DoubleRange(min = 20, max = 300) double base,
                                                             @ForAll @DoubleRange(max = 0.8) double amplitude,
                                                             @ForAll @IntRange(min = 4, max = 40) int period,
                                                             @ForAll @DoubleRange(min = -50, max = 50) double phase,
                                                             @ForAll @DoubleRange(min = 0.01, max = 0.2) double noiseShare,
                                                             @ForAll long seed) {
        double noise = noiseShare * base * (1 - amplitude);
        DiurnalWorkload model = new DiurnalWorkload(base, amplitude, period, phase, noise);
        int cycles = 1000;
        double[] sums = new double[period];
        int[] series = SeriesStatistics.series(model, seed, cycles * period);
        for (int step = 0; step < series.length; step++) {
            sums[step % period] += series[step];
        }
        // the mean at position j is base (1 + amplitude sin(2 pi (j + phase) / period)), to within rounding
        // and five standard errors noise / sqrt(cycles)
        double tolerance = ROUNDING + 5 * noise / Math.sqrt(cycles);
        for (int position = 0; position < period; position++) {
            double expected = base * (1 + amplitude * Math.sin(2 * Math.PI * (position + phase) / period));
            double mean = sums[position] / cycles;
            assertEquals(expected, mean, tolerance, "position " + position + " of " + period);
        }
        // the chain the oracle plans over: the draw after t steps has the level of step t + 1
        TrafficChain chain = model.chain(2 * period);
        for (int state = 0; state < 2 * period; state++) {
            double expected = base * (1 + amplitude * Math.sin(2 * Math.PI * (state + 1 + phase) / period));
            assertEquals(expected, mean(chain.from(state)), ROUNDING, "chain state " + state);
        }
    }

    @Property(tries = 30)
    void ar1HasItsVarianceAndAutocorrelationPhiToTheLag(@ForAll @DoubleRange(min = 5, max = 50) double std,
                                                       @ForAll @DoubleRange(min = -0.9, max = 0.9) double phi,
                                                       @ForAll long seed) {
        double mean = 10 * std; // ten standard deviations above zero: no clamping
        Ar1Workload model = new Ar1Workload(mean, std, phi);
        int steps = 100_000;
        int[] series = SeriesStatistics.series(model, seed, steps);
        double average = 0;
        for (int rate : series) {
            average += rate;
        }
        average /= steps;
        double[] covariance = new double[3];
        for (int lag = 0; lag < 3; lag++) {
            double sum = 0;
            for (int t = lag; t < steps; t++) {
                sum += (series[t] - average) * (series[t - lag] - average);
            }
            covariance[lag] = sum / steps;
        }
        // variance std² plus the rounding's 1/12; the sample variance of an AR(1) series has relative standard
        // error sqrt(2 (1 + phi²) / (n (1 - phi²))), at most 1.4 % here; five of them
        double variance = std * std + ROUNDING_VARIANCE;
        double relative = Math.sqrt(2 * (1 + phi * phi) / (steps * (1 - phi * phi)));
        assertEquals(variance, covariance[0], 5 * relative * variance, "variance");
        // autocorrelation phi^lag, damped by the rounding noise (independent, so it adds to the variance only);
        // the sample autocorrelation's standard error is about sqrt((1 + phi²) / n) at lags 1 and 2
        double damping = std * std / variance;
        double error = 5 * Math.sqrt((1 + phi * phi) / steps) + 1e-3;
        assertEquals(phi * damping, covariance[1] / covariance[0], error, "lag 1");
        assertEquals(phi * phi * damping, covariance[2] / covariance[0], error, "lag 2");
        // the approximate chain the oracle plans over moves the mean by phi from the last rate
        TrafficChain chain = model.chain(100);
        assertEquals(TrafficChain.Coverage.APPROXIMATE, chain.coverage());
        int rate = (int) Math.round(mean + std);
        int state = chain.stateOf(new cloudrl.api.Observation(0, 0, rate, 1), 1);
        assertEquals(mean + phi * (rate - mean), mean(chain.from(state)), ROUNDING, "chain from rate " + rate);
    }

    @Property(tries = 30)
    void burstySwitchesAtItsRatesAndStartsFromTheStationaryShare(
            @ForAll @DoubleRange(min = 0.01, max = 0.5) double enter,
            @ForAll @DoubleRange(min = 0.05, max = 1) double leave, @ForAll long seed) {
        BurstyWorkload model = new BurstyWorkload(50, 150, enter, leave, 5);
        SplittableRandom random = new SplittableRandom(seed);
        int episodes = 2000;
        int steps = 50;
        long calmSteps = 0;
        long entered = 0;
        long burstSteps = 0;
        long left = 0;
        int startedBursting = 0;
        for (int episode = 0; episode < episodes; episode++) {
            model.reset(random);
            model.requestRate(0, random);
            boolean was = model.bursting();
            if (was) {
                startedBursting++;
            }
            for (int step = 1; step < steps; step++) {
                model.requestRate(step, random);
                boolean now = model.bursting();
                if (was) {
                    burstSteps++;
                    left += now ? 0 : 1;
                } else {
                    calmSteps++;
                    entered += now ? 1 : 0;
                }
                was = now;
            }
        }
        // each rate is a binomial proportion: five standard errors sqrt(p (1 - p) / n)
        assertEquals(enter, (double) entered / calmSteps, 5 * Math.sqrt(enter * (1 - enter) / calmSteps), "enter");
        if (leave < 1) {
            assertEquals(leave, (double) left / burstSteps, 5 * Math.sqrt(leave * (1 - leave) / burstSteps), "leave");
        } else {
            assertEquals(burstSteps, left, "a burst with leave 1 lasts one step");
        }
        double share = enter / (enter + leave);
        assertEquals(share, (double) startedBursting / episodes, 5 * Math.sqrt(share * (1 - share) / episodes),
                "stationary share at reset");
        // the chain the oracle plans over: the same switching probabilities and the same share
        TrafficChain chain = model.chain(steps);
        assertEquals(TrafficChain.Coverage.UPPER_BOUND, chain.coverage());
        assertEquals(enter, massInto(chain.from(0), 1), 1e-9);
        assertEquals(leave, massInto(chain.from(1), 0), 1e-9);
        assertEquals(share, massInto(chain.atReset(), 1), 1e-9);
    }

    private static double mean(TrafficOutcomes outcomes) {
        double sum = 0;
        double mass = 0;
        for (int o = 0; o < outcomes.size(); o++) {
            sum += outcomes.probability(o) * outcomes.rate(o);
            mass += outcomes.probability(o);
        }
        assertTrue(mass > 1 - 1e-9, "listed mass " + mass);
        return sum / mass;
    }

    // the probability of the outcomes leading into state, tails included as their share
    private static double massInto(TrafficOutcomes outcomes, int state) {
        double into = 0;
        for (int o = 0; o < outcomes.size(); o++) {
            if (outcomes.nextState(o) == state) {
                into += outcomes.probability(o);
            }
        }
        return into;
    }
}
