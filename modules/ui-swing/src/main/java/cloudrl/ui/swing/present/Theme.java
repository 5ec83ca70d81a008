package cloudrl.ui.swing.present;

import java.awt.Color;
import java.util.Locale;

/**
 * The explorer's two looks and the colours each uses for zones and charts. Colours are chosen per
 * theme so that text and lines keep their contrast on either background.
 */
public enum Theme {
    LIGHT(new Color(0x2F6FC4), new Color(0x23843A), new Color(0xB86E00), new Color(0xC9302C),
            Color.WHITE, new Color(0xFAFAFA), new Color(0xDADADA), new Color(0x303030),
            new Color(0x1F77B4), new Color(0x8E44AD), new Color(0x23843A), new Color(0xD9700B), new Color(0x0F7C8A),
            new Color(46, 160, 67, 40)),
    DARK(new Color(0x6FA8FF), new Color(0x62C370), new Color(0xF2A33A), new Color(0xFF6B68),
            new Color(0x2B2D30), new Color(0x313335), new Color(0x4A4D50), new Color(0xD4D4D4),
            new Color(0x5DA9F6), new Color(0xC39BFF), new Color(0x7BD389), new Color(0xFFA652), new Color(0x4FD1E0),
            new Color(98, 195, 112, 50));

    private final Color underused;
    private final Color target;
    private final Color high;
    private final Color critical;
    private final Color chartBackground;
    private final Color plotBackground;
    private final Color gridLines;
    private final Color chartText;
    private final Color cpu;
    private final Color memory;
    private final Color servers;
    private final Color requestRate;
    private final Color latency;
    private final Color targetBand;

    Theme(Color underused, Color target, Color high, Color critical, Color chartBackground, Color plotBackground,
          Color gridLines, Color chartText, Color cpu, Color memory, Color servers, Color requestRate, Color latency,
          Color targetBand) {
        this.underused = underused;
        this.target = target;
        this.high = high;
        this.critical = critical;
        this.chartBackground = chartBackground;
        this.plotBackground = plotBackground;
        this.gridLines = gridLines;
        this.chartText = chartText;
        this.cpu = cpu;
        this.memory = memory;
        this.servers = servers;
        this.requestRate = requestRate;
        this.latency = latency;
        this.targetBand = targetBand;
    }

    /** The colour a value in {@code zone} is shown in. */
    public Color zoneColour(MetricZone zone) {
        return switch (zone) {
            case UNDERUSED -> underused;
            case TARGET -> target;
            case HIGH -> high;
            case CRITICAL -> critical;
        };
    }

    /** Colour of a passed grade. */
    public Color passedColour() {
        return target;
    }

    /** Colour of a failed grade and of error messages. */
    public Color failedColour() {
        return critical;
    }

    public Color chartBackground() {
        return chartBackground;
    }

    public Color plotBackground() {
        return plotBackground;
    }

    public Color gridLines() {
        return gridLines;
    }

    public Color chartText() {
        return chartText;
    }

    public Color cpuLine() {
        return cpu;
    }

    public Color memoryLine() {
        return memory;
    }

    public Color serversLine() {
        return servers;
    }

    public Color requestRateLine() {
        return requestRate;
    }

    public Color latencyLine() {
        return latency;
    }

    /** Translucent fill of the 40–70 % band. */
    public Color targetBandFill() {
        return targetBand;
    }

    /** The 95 % instability line. */
    public Color criticalLine() {
        return critical;
    }

    /** The theme's name as preferences store it: {@code light} or {@code dark}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme stored as {@code id}; light for anything unknown, so a damaged preference never stops the window. */
    public static Theme fromId(String id) {
        return "dark".equalsIgnoreCase(id) ? DARK : LIGHT;
    }

    /** The other theme. */
    public Theme toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
