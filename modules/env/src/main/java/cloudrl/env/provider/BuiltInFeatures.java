package cloudrl.env.provider;

import cloudrl.api.FeatureProvider;
import cloudrl.api.FleetModel;
import cloudrl.api.ObservationFeature;
import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.env.fleet.Features;

import java.util.List;

/** The built-in observation features, one provider each (see {@link Features} for what each reads). */
public final class BuiltInFeatures {

    private BuiltInFeatures() {
    }

    /** {@code bootingServers}: servers ordered and not yet serving. */
    public static final class Booting implements FeatureProvider {
        @Override
        public String id() {
            return "booting-servers";
        }

        @Override
        public String description() {
            return "bootingServers: servers ordered and not yet serving";
        }

        @Override
        public List<ObservationFeature> create(Parameters parameters, FleetModel fleet) {
            return List.of(Features.bootingServers(fleet));
        }
    }

    /** {@code costSoFar}: what the episode has cost. */
    public static final class CostSoFar implements FeatureProvider {
        @Override
        public String id() {
            return "cost-so-far";
        }

        @Override
        public String description() {
            return "costSoFar: what the episode's steps have cost so far";
        }

        @Override
        public List<ObservationFeature> create(Parameters parameters, FleetModel fleet) {
            return List.of(Features.costSoFar());
        }
    }

    /** {@code budgetLeft}: what is left of the budget. */
    public static final class BudgetLeft implements FeatureProvider {
        @Override
        public String id() {
            return "budget-left";
        }

        @Override
        public String description() {
            return "budgetLeft: what is left of the budget (needs a budget constraint)";
        }

        @Override
        public List<ObservationFeature> create(Parameters parameters, FleetModel fleet) {
            return List.of(Features.budgetLeft());
        }
    }

    /** {@code phase}: position in a cycle. */
    public static final class Phase implements FeatureProvider {
        @Override
        public String id() {
            return "phase";
        }

        @Override
        public String description() {
            return "phase: the step's position in a cycle of period steps, in [0, 1)";
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(new Parameter("period", "100", "steps per cycle, 1 to 10000000 (diurnal's default is 100)"));
        }

        @Override
        public List<ObservationFeature> create(Parameters parameters, FleetModel fleet) {
            return List.of(Features.phase(parameters.integer("period", 1, 10_000_000)));
        }
    }

    /** {@code lastAction}: the last action's index. */
    public static final class LastAction implements FeatureProvider {
        @Override
        public String id() {
            return "last-action";
        }

        @Override
        public String description() {
            return "lastAction: the index of the last action taken, -1 at reset";
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(new Parameter("actions", "3", "how many actions the scheme has, for the bound, 1 to 10000"));
        }

        @Override
        public List<ObservationFeature> create(Parameters parameters, FleetModel fleet) {
            return List.of(Features.lastAction(parameters.integer("actions", 1, 10_000)));
        }
    }

    /** {@code cooldownLeft}: steps of cooldown left. */
    public static final class CooldownLeft implements FeatureProvider {
        @Override
        public String id() {
            return "cooldown-left";
        }

        @Override
        public String description() {
            return "cooldownLeft: steps until scale actions take effect again";
        }

        @Override
        public List<ObservationFeature> create(Parameters parameters, FleetModel fleet) {
            return List.of(Features.cooldownLeft(fleet));
        }
    }

    /** {@code violations}: constraint violations so far. */
    public static final class Violations implements FeatureProvider {
        @Override
        public String id() {
            return "violations";
        }

        @Override
        public String description() {
            return "violations: steps that broke a counted constraint (a latency objective) so far";
        }

        @Override
        public List<ObservationFeature> create(Parameters parameters, FleetModel fleet) {
            return List.of(Features.violations());
        }
    }

    /** {@code <type>Servers} (and {@code <type>Booting} with a boot delay) for each server type. */
    public static final class ServersPerType implements FeatureProvider {
        @Override
        public String id() {
            return "servers-per-type";
        }

        @Override
        public String description() {
            return "<type>Servers for each server type, and <type>Booting when servers boot";
        }

        @Override
        public List<ObservationFeature> create(Parameters parameters, FleetModel fleet) {
            return Features.perType(fleet);
        }
    }
}
