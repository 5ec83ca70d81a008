package cloudrl.ui.swing.window;

import cloudrl.api.Parameter;
import cloudrl.api.PlugPoint;
import cloudrl.api.Provider;
import cloudrl.plugins.Choice;
import cloudrl.ui.swing.Workbench;

import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.awt.BorderLayout;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One plug point in the set-up form: a selector of its providers and, below it, one field per
 * parameter the chosen provider declares (its default as the placeholder, its description as the
 * tooltip). Built from the declarations alone, so a plugin's parameters get fields like the built-ins'.
 * A parameter that names a directory (a trained model) gets a Choose… button with a folder chooser.
 */
final class ProviderSection {

    private final PlugPoint point;
    private final String title;
    final DefaultComboBoxModel<String> ids;
    final JComboBox<String> selector;
    private final JPanel parameters = new JPanel(new BorderLayout());
    final Map<String, JTextField> fields = new LinkedHashMap<>();
    private final Runnable changed;
    private Workbench workbench;
    private String shownFor;

    ProviderSection(PlugPoint point, String title, DefaultComboBoxModel<String> ids, Workbench workbench,
                    Choice first, Runnable changed) {
        this.point = point;
        this.title = title;
        this.ids = ids;
        this.workbench = workbench;
        this.changed = changed;
        selector = new JComboBox<>(ids);
        selector.setName(point.id() + "Choice");
        selector.setFocusable(false);
        offer(workbench.ids(point));
        ids.setSelectedItem(first.id());
        showParameters(first.id(), given(workbench, point, first));
        selector.addActionListener(event -> {
            String id = selectedId();
            if (id != null && !id.equals(shownFor)) {
                showParameters(id, Map.of());
                changed.run();
            }
        });
    }

    String title() {
        return title;
    }

    PlugPoint point() {
        return point;
    }

    /** The panel of parameter fields, rebuilt whenever the provider changes. */
    JComponent parameterPanel() {
        return parameters;
    }

    /** The chosen provider with the parameters typed; empty fields take the default. */
    Choice choice() {
        Map<String, String> given = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            if (!field.getText().isBlank()) {
                given.put(name, field.getText().strip());
            }
        });
        return new Choice(selectedId(), given);
    }

    /** Shows {@code chosen}: its provider selected and its parameters typed in, as the command line fills the form. */
    void choose(Choice chosen) {
        Map<String, String> values = given(workbench, point, chosen);
        shownFor = chosen.id();
        ids.setSelectedItem(chosen.id());
        showParameters(chosen.id(), values);
    }

    String selectedId() {
        return (String) ids.getSelectedItem();
    }

    /** Offers {@code available}, keeping the choice when it is still offered. */
    void offer(List<String> available) {
        String chosen = selectedId();
        for (int i = ids.getSize() - 1; i >= 0; i--) {
            if (!available.contains(ids.getElementAt(i))) {
                ids.removeElementAt(i);
            }
        }
        for (int i = 0; i < available.size(); i++) {
            if (ids.getIndexOf(available.get(i)) < 0) {
                ids.insertElementAt(available.get(i), Math.min(i, ids.getSize()));
            }
        }
        if (chosen != null && ids.getIndexOf(chosen) >= 0) {
            ids.setSelectedItem(chosen);
        }
    }

    void workbench(Workbench current) {
        workbench = current;
        offer(current.ids(point));
    }

    /** Marks the field of {@code name} as the one in error, or clears every mark for {@code null}. */
    void mark(String name) {
        fields.forEach((each, field) -> field.putClientProperty("JComponent.outline",
                each.equals(name) ? "error" : null));
    }

    /** The values typed for {@code first}, the {@code ID:VALUE} value going to the first declared parameter. */
    private static Map<String, String> given(Workbench workbench, PlugPoint point, Choice first) {
        Map<String, String> given = new LinkedHashMap<>(first.parameters());
        if (first.value() != null) {
            try {
                List<Parameter> declared = workbench.provider(point, first.id()).parameters();
                if (!declared.isEmpty()) {
                    given.putIfAbsent(declared.get(0).name(), first.value());
                }
            } catch (IllegalArgumentException unknown) {
                // the launcher checked the id before opening the window; nothing to fill in
            }
        }
        return given;
    }

    private void showParameters(String id, Map<String, String> values) {
        shownFor = id;
        fields.clear();
        Rows rows = new Rows();
        Provider provider;
        try {
            provider = workbench.provider(point, id);
        } catch (IllegalArgumentException | IllegalStateException gone) {
            provider = null;
        }
        if (provider != null) {
            for (Parameter parameter : provider.parameters()) {
                JTextField field = new JTextField(values.getOrDefault(parameter.name(), ""), 6);
                field.setName(point.id() + "." + parameter.name());
                field.putClientProperty("JTextField.placeholderText", parameter.defaultValue().isEmpty() ? "(none)"
                        : parameter.defaultValue());
                field.setToolTipText(parameter.description());
                field.getDocument().addDocumentListener(new Typed(changed));
                fields.put(parameter.name(), field);
                rows.add("  " + parameter.name(), namesDirectory(parameter) ? withChooser(field, parameter) : field);
            }
        }
        parameters.removeAll();
        parameters.add(rows.panel(), BorderLayout.CENTER);
        parameters.revalidate();
        parameters.repaint();
    }

    private static boolean namesDirectory(Parameter parameter) {
        String description = parameter.description().toLowerCase(Locale.ROOT);
        return parameter.name().equals("model") || description.contains("directory") || description.contains("folder");
    }

    private JComponent withChooser(JTextField field, Parameter parameter) {
        JButton choose = new JButton("Choose…");
        choose.setName(field.getName() + ".choose");
        choose.setFocusable(false);
        choose.setToolTipText("Pick the folder: " + parameter.description());
        choose.addActionListener(event -> {
            JFileChooser chooser = new JFileChooser(field.getText().isBlank() ? null : new File(field.getText()));
            chooser.setDialogTitle(title + " " + parameter.name());
            chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
            if (chooser.showOpenDialog(parameters) == JFileChooser.APPROVE_OPTION) {
                field.setText(chooser.getSelectedFile().getPath());
            }
        });
        JPanel row = new JPanel(new BorderLayout(4, 0));
        row.add(field, BorderLayout.CENTER);
        row.add(choose, BorderLayout.EAST);
        return row;
    }

    /** Calls back on every edit of a field. */
    private record Typed(Runnable changed) implements DocumentListener {
        @Override
        public void insertUpdate(DocumentEvent event) {
            changed.run();
        }

        @Override
        public void removeUpdate(DocumentEvent event) {
            changed.run();
        }

        @Override
        public void changedUpdate(DocumentEvent event) {
            changed.run();
        }
    }
}
