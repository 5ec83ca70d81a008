package cloudrl.agents;

/**
 * A return to draw across the learning-curve chart for comparison, such as the oracle's optimum.
 *
 * @param label  what the line is, as the legend shows it
 * @param value  the return
 */
public record ReferenceLine(String label, double value) {

    public ReferenceLine {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a reference line needs a label");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("reference line " + label + " has the value " + value
                    + ": must be finite");
        }
    }
}
