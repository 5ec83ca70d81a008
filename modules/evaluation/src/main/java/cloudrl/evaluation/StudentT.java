package cloudrl.evaluation;

/** The 97.5 % quantile of Student's t distribution, the factor of a two-sided 95 % interval. */
final class StudentT {

    /** The standard normal's 97.5 % quantile. */
    static final double Z_975 = 1.959963984540054;

    /** Exact quantiles for 1 to 30 degrees of freedom, where the expansion below is too coarse. */
    private static final double[] SMALL_SAMPLE = {
        12.706204736174694, 4.302652729749462, 3.1824463052837078, 2.7764451051977934, 2.5705818356363146,
        2.4469118511449786, 2.364624251592784, 2.306004135204166, 2.262157162798205, 2.228138851986274,
        2.200985160091639, 2.1788128296672284, 2.1603686564627913, 2.144786687917804, 2.131449545559776,
        2.1199052992212546, 2.1098155778333156, 2.1009220402410382, 2.0930240544083087, 2.085963447265864,
        2.0796138447276795, 2.0738730679040254, 2.0686576104190486, 2.0638985616280245, 2.0595385527532972,
        2.0555294386428735, 2.0518305164802846, 2.0484071417952454, 2.045229642132703, 2.0422724563012378,
    };

    private StudentT() {
    }

    /**
     * {@code t(0.975, df)}: from the table up to 30 degrees of freedom, beyond that the
     * Cornish–Fisher expansion in {@code 1/df} (Abramowitz and Stegun 26.7.5), which is within
     * 1e-5 there and converges to the normal quantile.
     */
    static double quantile975(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom " + degreesOfFreedom + " must be at least 1");
        }
        if (degreesOfFreedom <= SMALL_SAMPLE.length) {
            return SMALL_SAMPLE[degreesOfFreedom - 1];
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
