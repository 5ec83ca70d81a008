package cloudrl.launcher;

import cloudrl.api.PlugPoint;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.Choice;
import cloudrl.plugins.FoundProvider;
import cloudrl.plugins.Selection;
import cloudrl.ui.swing.ExplorerOptions;
import cloudrl.ui.swing.PolicyChoice;

import java.util.ArrayList;
import java.util.List;

/**
 * What the explorer offers, from the discovered providers: every policy (the one chosen with
 * {@code --policy} first, with its {@code --param}s; the others with their defaults), and
 * environments with the chosen reward and workload.
 */
final class ExplorerChoices {

    private ExplorerChoices() {
    }

    static ExplorerOptions apply(ExplorerOptions options, Assembly assembly, Selection selection, long seed) {
        List<PolicyChoice> policies = new ArrayList<>();
        policies.add(choice(assembly, selection, selection.policy(), seed));
        for (FoundProvider found : assembly.catalog().providers(PlugPoint.POLICY)) {
            if (!found.id().equals(selection.policy().id())) {
                policies.add(choice(assembly, selection, Choice.of(found.id()), seed));
            }
        }
        return options.withPolicies(policies)
                .withEnvironments(task -> assembly.environment(task, selection, seed));
    }

    private static PolicyChoice choice(Assembly assembly, Selection selection, Choice policy, long seed) {
        Selection withPolicy = new Selection(policy, selection.reward(), selection.workload());
        String description = assembly.catalog().find(PlugPoint.POLICY, policy.id()).provider().description();
        String name = policy.parameters().isEmpty() ? policy.id() : policy.id() + " " + policy.parameters();
        return new PolicyChoice(name + " · " + shortened(description), task -> assembly.policy(withPolicy, seed));
    }

    private static String shortened(String description) {
        return description.length() <= 48 ? description : description.substring(0, 47) + "…";
    }
}
