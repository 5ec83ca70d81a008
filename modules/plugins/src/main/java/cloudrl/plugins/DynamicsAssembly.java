package cloudrl.plugins;

import cloudrl.api.ActionScheme;
import cloudrl.api.ActionSchemeProvider;
import cloudrl.api.Constraint;
import cloudrl.api.ConstraintProvider;
import cloudrl.api.FeatureProvider;
import cloudrl.api.FleetModel;
import cloudrl.api.FleetModelProvider;
import cloudrl.api.ObservationFeature;
import cloudrl.api.ServerType;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.FleetDynamics;
import cloudrl.env.fleet.Budget;
import cloudrl.env.fleet.Quota;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the {@link FleetDynamics} a {@link Composition} describes from the catalog's providers,
 * and refuses compositions whose parts do not fit together, in one line naming what and what is
 * allowed: a quota below the initial fleet, a budget that cannot pay the initial fleet for the
 * episode while refusing additions, a budget feature without a budget, two features of one name.
 */
final class DynamicsAssembly {

    private final PluginCatalog catalog;

    DynamicsAssembly(PluginCatalog catalog) {
        this.catalog = catalog;
    }

    FleetDynamics dynamics(Composition composition) {
        EnvironmentConfig reference = EnvironmentConfig.defaults();
        ServerType referenceServer = new ServerType("standard", reference.serverCapacity(),
                FleetDynamics.REFERENCE_SERVER_COST);
        FleetModelProvider fleetProvider = catalog.fleet(composition.fleet().id());
        FleetModel fleet = fleetProvider.create(composition.fleet().parametersFor(fleetProvider), referenceServer);
        ActionSchemeProvider schemeProvider = catalog.actions(composition.actions().id());
        ActionScheme scheme = schemeProvider.create(composition.actions().parametersFor(schemeProvider));
        List<Constraint> constraints = new ArrayList<>();
        for (Choice choice : composition.constraints()) {
            ConstraintProvider provider = catalog.constraint(choice.id());
            constraints.add(provider.create(choice.parametersFor(provider)));
        }
        List<ObservationFeature> features = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Choice choice : composition.features()) {
            FeatureProvider provider = catalog.feature(choice.id());
            for (ObservationFeature feature : provider.create(choice.parametersFor(provider), fleet)) {
                if (!names.add(feature.name()) || cloudrl.api.Observation.REFERENCE_FEATURES.contains(feature.name())) {
                    throw new IllegalArgumentException("scenario " + composition.scenario() + ": feature "
                            + feature.name() + " appears twice in the observation: list each feature once");
                }
                features.add(feature);
            }
        }
        int[] initial = composition.initialServers().stream().mapToInt(Integer::intValue).toArray();
        int total = 0;
        for (int count : initial) {
            total += count;
        }
        requireFits(composition, fleet, constraints, features, initial, total);
        EnvironmentConfig config = reference.toBuilder().maxServers(fleet.maxServers()).initialServers(total)
                .maxSteps(composition.maxSteps()).build();
        try {
            return new FleetDynamics(config, fleet, scheme, constraints, features, initial);
        } catch (IllegalArgumentException misfit) {
            throw new IllegalArgumentException("scenario " + composition.scenario() + ": " + misfit.getMessage(), misfit);
        }
    }

    private static void requireFits(Composition composition, FleetModel fleet, List<Constraint> constraints,
                                    List<ObservationFeature> features, int[] initial, int total) {
        String scenario = "scenario " + composition.scenario() + ": ";
        if (initial.length != fleet.typeCount()) {
            throw new IllegalArgumentException(scenario + "initialServers " + composition.initialServers() + " has "
                    + initial.length + " counts but the fleet has " + fleet.typeCount() + " server types: give one"
                    + " count per type");
        }
        if (total > fleet.maxServers()) {
            throw new IllegalArgumentException(scenario + "initialServers " + total + " is above the fleet's"
                    + " maxServers " + fleet.maxServers() + ": the initial fleet must fit the quota");
        }
        double startCost = 0;
        for (int type = 0; type < initial.length; type++) {
            startCost += initial[type] * fleet.type(type).cost();
        }
        boolean budgeted = false;
        for (Constraint constraint : constraints) {
            if (constraint instanceof Quota quota && total > quota.maxServers()) {
                throw new IllegalArgumentException(scenario + "the quota of " + quota.maxServers()
                        + " servers is below the initial fleet of " + total + ": raise the quota or start smaller");
            }
            if (constraint instanceof Budget budget) {
                budgeted = true;
                if (budget.exhaustion() == Budget.Exhaustion.REFUSE
                        && startCost * composition.maxSteps() > budget.total()) {
                    throw new IllegalArgumentException(scenario + "a budget of " + budget.total() + " that refuses"
                            + " additions cannot pay the initial fleet (" + startCost + " a step) for "
                            + composition.maxSteps() + " steps: raise it to at least "
                            + startCost * composition.maxSteps());
                }
            }
        }
        if (!budgeted && features.stream().anyMatch(feature -> feature.name().equals("budgetLeft"))) {
            throw new IllegalArgumentException(scenario + "feature budgetLeft needs a budget constraint: add"
                    + " {\"id\": \"budget\"} to the constraints or drop the feature");
        }
    }
}
