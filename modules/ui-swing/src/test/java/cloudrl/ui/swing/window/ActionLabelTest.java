package cloudrl.ui.swing.window;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ActionLabelTest {

    @Test
    void theUnitSchemesThreeActionsTakeTheArrowKeys() {
        List<ActionLabel> shown = ActionLabel.of(List.of("remove 1", "keep", "add 1"));
        assertEquals(List.of("decrease", "maintain", "increase"), shown.stream().map(ActionLabel::name).toList());
        assertEquals(List.of("▼ remove 1", "■ keep", "▲ add 1"), shown.stream().map(ActionLabel::text).toList());
        assertEquals(List.of("remove 1", "keep", "add 1"), shown.stream().map(ActionLabel::plain).toList());
    }

    @Test
    void withSevenActionsTheKeysTakeTheOnesBesideKeep() {
        // the steps scheme with k = 3, as StepsScheme documents it: remove 3 .. keep .. add 3
        List<ActionLabel> shown = ActionLabel.of(List.of("remove 3", "remove 2", "remove 1", "keep", "add 1", "add 2",
                "add 3"));
        assertEquals(List.of("action0", "action1", "decrease", "maintain", "increase", "action5", "action6"),
                shown.stream().map(ActionLabel::name).toList());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), shown.stream().map(ActionLabel::index).toList());
        assertEquals("▼ remove 3", shown.get(0).text());
        assertEquals("▲ add 3", shown.get(6).text());
    }

    @Test
    void aSchemeWithoutKeepHasNoKeys() {
        List<ActionLabel> shown = ActionLabel.of(List.of("1 server", "2 servers", "3 servers"));
        assertEquals(List.of("action0", "action1", "action2"), shown.stream().map(ActionLabel::name).toList());
        assertEquals(List.of("1 server", "2 servers", "3 servers"), shown.stream().map(ActionLabel::text).toList());
    }
}
