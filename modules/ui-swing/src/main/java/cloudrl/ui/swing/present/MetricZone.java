package cloudrl.ui.swing.present;

/** Where a utilisation lies relative to the target band and the instability line. */
public enum MetricZone {
    /** Under 40 %: servers are paid for and idle. */
    UNDERUSED("under 40 %", "<40 %"),
    /** 40 to 70 %: the band the reward aims for. */
    TARGET("40–70 %", "40–70 %"),
    /** Over 70 %: busy, drifting towards instability. */
    HIGH("over 70 %", ">70 %"),
    /** Over 95 %: the episode ends by instability. */
    CRITICAL("over 95 %", ">95 %");

    /** Lower edge of the target band, in percent. */
    public static final double BAND_LOW = 40;
    /** Upper edge of the target band, in percent. */
    public static final double BAND_HIGH = 70;
    /** Utilisation above which the reference environment becomes unstable, in percent. */
    public static final double CRITICAL_ABOVE = 95;

    private final String description;
    private final String legend;

    MetricZone(String description, String legend) {
        this.description = description;
        this.legend = legend;
    }

    /** The zone of a utilisation in percent; the band's edges belong to the band. */
    public static MetricZone of(double percent) {
        if (percent > CRITICAL_ABOVE) {
            return CRITICAL;
        }
        if (percent > BAND_HIGH) {
            return HIGH;
        }
        return percent >= BAND_LOW ? TARGET : UNDERUSED;
    }

    /** The zone's range in words, for tooltips. */
    public String description() {
        return description;
    }

    /** The zone's range as the compact legend shows it. */
    public String legend() {
        return legend;
    }
}
