package cloudrl.evaluation;

/** The 97.5 % quantile of Student's t distribution, the factor of a two-sided 95 % interval. */
final class StudentT {

    /** The standard normal's 97.5 % quantile. */
    static final double Z_975 = 1.959963984540054;

    private StudentT() {
    }

    /**
     * {@code t(0.975, df)}: exact for one and two degrees of freedom, otherwise the Cornish–Fisher
     * expansion in {@code 1/df} (Abramowitz and Stegun 26.7.5), which is within 0.002 from three
     * degrees of freedom on and converges to the normal quantile.
     */
    static double quantile975(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom " + degreesOfFreedom + " must be at least 1");
        }
        if (degreesOfFreedom == 1) {
            return 12.706204736174705;
        }
        if (degreesOfFreedom == 2) {
            return 4.302652729749464;
        }
        double z = Z_975;
        double z2 = z * z;
        double v = degreesOfFreedom;
        double g1 = (z2 + 1) * z / 4;
        double g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
        double g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
        double g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
        return z + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v);
    }
}
