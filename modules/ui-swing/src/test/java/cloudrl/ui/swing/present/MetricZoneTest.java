package cloudrl.ui.swing.present;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricZoneTest {

    @Test
    void bandEdgesBelongToTheBandAndNinetyFiveIsNotYetCritical() {
        assertEquals(MetricZone.UNDERUSED, MetricZone.of(0));
        assertEquals(MetricZone.UNDERUSED, MetricZone.of(39.99));
        assertEquals(MetricZone.TARGET, MetricZone.of(40));
        assertEquals(MetricZone.TARGET, MetricZone.of(70));
        assertEquals(MetricZone.HIGH, MetricZone.of(70.01));
        assertEquals(MetricZone.HIGH, MetricZone.of(95));
        assertEquals(MetricZone.CRITICAL, MetricZone.of(95.01));
        assertEquals(MetricZone.CRITICAL, MetricZone.of(100));
    }

    @Property
    void zonesNeverGoDownAsUtilisationRises(@ForAll @DoubleRange(min = 0, max = 100) double low,
                                            @ForAll @DoubleRange(min = 0, max = 100) double high) {
        double a = Math.min(low, high);
        double b = Math.max(low, high);
        assertTrue(MetricZone.of(a).compareTo(MetricZone.of(b)) <= 0, a + " vs " + b);
    }

    @Test
    void everyZoneHasItsOwnColourInEachTheme() {
        for (Theme theme : Theme.values()) {
            long distinct = java.util.Arrays.stream(MetricZone.values()).map(theme::zoneColour).distinct().count();
            assertEquals(MetricZone.values().length, distinct, theme.id());
        }
    }
}
