package cloudrl.launcher;

import cloudrl.api.PlugPoint;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.Choice;
import cloudrl.plugins.FoundProvider;
import cloudrl.plugins.Selection;
import cloudrl.ui.swing.ExplorerOptions;
import cloudrl.ui.swing.PolicyChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * What the explorer offers, from the discovered providers: every policy that can play the chosen
 * environment (the one chosen with {@code --policy} first, with its {@code --param}s; the others
 * with their defaults), and environments with the chosen reward and workload. A policy that
 * refuses the environment (the oracle on a workload it cannot plan for) is left out and logged.
 */
final class ExplorerChoices {

    private ExplorerChoices() {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ExplorerChoices.class);

    static ExplorerOptions apply(ExplorerOptions options, Assembly assembly, Selection selection, long seed) {
        List<PolicyChoice> policies = new ArrayList<>();
        policies.add(choice(assembly, selection, selection.policy(), seed));
        for (FoundProvider found : assembly.catalog().providers(PlugPoint.POLICY)) {
            if (found.id().equals(selection.policy().id())) {
                continue;
            }
            PolicyChoice candidate = choice(assembly, selection, Choice.of(found.id()), seed);
            try {
                candidate.factory().apply(options.task());
                policies.add(candidate);
            } catch (IllegalArgumentException cannotPlay) {
                LOG.info("explorer leaves out policy {}: {}", found.id(), cannotPlay.getMessage());
            }
        }
        return options.withPolicies(policies)
                .withEnvironments(task -> assembly.environment(task, selection, seed));
    }

    private static PolicyChoice choice(Assembly assembly, Selection selection, Choice policy, long seed) {
        Selection withPolicy = selection.withPolicy(policy);
        String description = assembly.catalog().find(PlugPoint.POLICY, policy.id()).provider().description();
        String name = policy.parameters().isEmpty() ? policy.id() : policy.id() + " " + policy.parameters();
        return new PolicyChoice(name + " · " + shortened(description),
                task -> assembly.policy(withPolicy, seed, task, assembly.environment(task, selection, seed)));
    }

    private static String shortened(String description) {
        return description.length() <= 48 ? description : description.substring(0, 47) + "…";
    }
}
