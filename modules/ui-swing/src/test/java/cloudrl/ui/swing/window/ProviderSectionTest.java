package cloudrl.ui.swing.window;

import cloudrl.api.Action;
import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.PlugPoint;
import cloudrl.api.Policy;
import cloudrl.api.PolicyProvider;
import cloudrl.env.EnvironmentConfig;
import cloudrl.plugins.Choice;
import cloudrl.plugins.FoundProvider;
import cloudrl.plugins.PluginCatalog;
import cloudrl.plugins.PluginSource;
import cloudrl.ui.swing.Workbench;
import org.junit.jupiter.api.Test;

import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The form's fields come from what a provider declares, a plugin's like a built-in's. Needs no display. */
class ProviderSectionTest {

    /** A plugin policy declaring a model folder first, then a number. */
    private static final PolicyProvider TRAINED = new PolicyProvider() {
        @Override
        public String id() {
            return "trained";
        }

        @Override
        public String description() {
            return "a trained agent from a plugin";
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(new Parameter("model", "", "directory written by training"),
                    new Parameter("epsilon", "0", "exploration rate, in [0, 1]"));
        }

        @Override
        public Policy create(long seed, Parameters parameters) {
            return observation -> Action.MAINTAIN;
        }
    };

    private final Workbench workbench = new Workbench(new PluginCatalog(List.of(new FoundProvider(TRAINED,
            new PluginSource(Path.of("/plugins/trained.jar")))), List.of()), EnvironmentConfig.defaults(), 0);

    @Test
    void oneFieldPerDeclaredParameterAndAFolderChooserForTheModel() {
        AtomicInteger edits = new AtomicInteger();
        ProviderSection section = new ProviderSection(PlugPoint.POLICY, "Policy", new DefaultComboBoxModel<>(),
                workbench, Choice.parse(PlugPoint.POLICY, "trained:runs/ppo", Map.of()), edits::incrementAndGet);
        assertEquals(List.of("model", "epsilon"), new ArrayList<>(section.fields.keySet()));
        // ID:VALUE goes to the first declared parameter, as on the command line
        assertEquals("runs/ppo", section.fields.get("model").getText());
        assertEquals("0", section.fields.get("epsilon").getClientProperty("JTextField.placeholderText"));
        assertEquals("exploration rate, in [0, 1]", section.fields.get("epsilon").getToolTipText());
        assertTrue(names(section.parameterPanel()).contains("policy.model.choose"), "a Choose… button for the folder");
        assertTrue(!names(section.parameterPanel()).contains("policy.epsilon.choose"));

        int before = edits.get();
        section.fields.get("epsilon").setText("0.1");
        assertTrue(edits.get() > before, "every edit asks for a check");
        // empty fields take the default and are left out of the choice
        section.fields.get("model").setText("");
        assertEquals(new Choice("trained", Map.of("epsilon", "0.1")), section.choice());
    }

    private static List<String> names(Container container) {
        List<String> names = new ArrayList<>();
        for (Component component : container.getComponents()) {
            if (component instanceof JButton && component.getName() != null) {
                names.add(component.getName());
            }
            if (component instanceof Container inner) {
                names.addAll(names(inner));
            }
        }
        return names;
    }
}
