package cloudrl.ui.swing.chart;

import cloudrl.workload.TraceClock;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The charts' x axis: steps, or, given a trace's clock, the time of day each step replays. The data
 * stay indexed by step either way; only the ticks and the title change ({@link ClockTicks}).
 */
final class StepAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;
    static final String STEP_LABEL = "Step";
    // room between two labels, in pixels
    private static final int GAP = 18;

    private transient TraceClock clock;
    private transient List<String> drawn = List.of();

    StepAxis() {
        super(STEP_LABEL);
        setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }

    /** Labels the steps with their time of day on {@code clock}, or with their numbers when empty. */
    void clock(Optional<TraceClock> shown) {
        clock = shown.orElse(null);
        setLabel(clock == null ? STEP_LABEL : ClockTicks.axisLabel(clock));
    }

    /** The clock the ticks show, empty when they show steps. */
    Optional<TraceClock> clock() {
        return Optional.ofNullable(clock);
    }

    /** The tick labels of the latest paint, for tests that look at what was drawn. */
    List<String> drawnLabels() {
        return drawn;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        if (clock == null || !RectangleEdge.isTopOrBottom(edge)) {
            List ticks = super.refreshTicks(g2, state, dataArea, edge);
            drawn = labels(ticks);
            return ticks;
        }
        FontMetrics metrics = g2.getFontMetrics(getTickLabelFont());
        int widest = Math.max(metrics.stringWidth("00:00"), metrics.stringWidth("30 Sep"));
        int most = (int) (dataArea.getWidth() / (widest + GAP));
        TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        List ticks = new ArrayList();
        for (ClockTicks.Tick tick : ClockTicks.between(clock, getLowerBound(), getUpperBound(), most)) {
            ticks.add(new NumberTick(TickType.MAJOR, tick.step(), tick.label(), anchor, TextAnchor.CENTER, 0));
        }
        drawn = labels(ticks);
        return ticks;
    }

    @SuppressWarnings("rawtypes")
    private static List<String> labels(List ticks) {
        List<String> texts = new ArrayList<>();
        for (Object tick : ticks) {
            texts.add(((NumberTick) tick).getText());
        }
        return List.copyOf(texts);
    }
}
