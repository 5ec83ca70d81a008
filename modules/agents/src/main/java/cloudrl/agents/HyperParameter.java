package cloudrl.agents;

/**
 * One hyper-parameter an agent accepts: its name, default and allowed range.
 *
 * @param name         camelCase name, as {@code --hyper name=value} gives it
 * @param defaultValue the value used unless one is given
 * @param min          smallest allowed value
 * @param max          largest allowed value
 * @param whole        whether only whole numbers are allowed
 * @param description  one line: what it controls
 */
public record HyperParameter(String name, double defaultValue, double min, double max, boolean whole,
                             String description) {

    static HyperParameter whole(String name, long defaultValue, long min, long max, String description) {
        return new HyperParameter(name, defaultValue, min, max, true, description);
    }

    static HyperParameter number(String name, double defaultValue, double min, double max, String description) {
        return new HyperParameter(name, defaultValue, min, max, false, description);
    }

    /**
     * The value {@code text} stands for.
     *
     * @throws IllegalArgumentException when it is not a number, not whole where it must be, or out of range
     */
    double parse(String text) {
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException notNumber) {
            value = Double.NaN;
        }
        if (!(value >= min && value <= max) || (whole && value != Math.rint(value))) {
            throw new IllegalArgumentException("hyper-parameter " + name + "=" + text.strip() + " is not allowed: must be "
                    + (whole ? "a whole number" : "a number") + " in [" + format(min) + ", " + format(max) + "]");
        }
        return value;
    }

    /** {@code value} as text, without a fraction when it is whole. */
    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
