package cloudrl.env.provider;

import cloudrl.api.FeatureProvider;
import cloudrl.api.FleetModel;
import cloudrl.api.ObservationFeature;
import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.env.fleet.Features;

import java.util.List;
import java.util.function.BiFunction;

/** The built-in observation features, one provider each (see {@link Features} for what each reads). */
public final class BuiltInFeatures {

    private BuiltInFeatures() {
    }

    /** A built-in feature provider: its id, its description, its parameters and how it makes its features. */
    abstract static class Declared implements FeatureProvider {

        private final String id;
        private final String description;
        private final List<Parameter> parameters;
        private final BiFunction<Parameters, FleetModel, List<ObservationFeature>> make;

        Declared(String id, String description, List<Parameter> parameters,
                 BiFunction<Parameters, FleetModel, List<ObservationFeature>> make) {
            this.id = id;
            this.description = description;
            this.parameters = parameters;
            this.make = make;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public List<Parameter> parameters() {
            return parameters;
        }

        @Override
        public List<ObservationFeature> create(Parameters parameters, FleetModel fleet) {
            return make.apply(parameters, fleet);
        }
    }

    /** {@code bootingServers}: servers ordered and not yet serving. */
    public static final class Booting extends Declared {
        public Booting() {
            super("booting-servers", "bootingServers: servers ordered and not yet serving",
                    List.of(),
                    (parameters, fleet) -> List.of(Features.bootingServers(fleet)));
        }
    }

    /** {@code costSoFar}: what the episode has cost. */
    public static final class CostSoFar extends Declared {
        public CostSoFar() {
            super("cost-so-far", "costSoFar: what the episode's steps have cost so far",
                    List.of(),
                    (parameters, fleet) -> List.of(Features.costSoFar()));
        }
    }

    /** {@code budgetLeft}: what is left of the budget. */
    public static final class BudgetLeft extends Declared {
        public BudgetLeft() {
            super("budget-left", "budgetLeft: what is left of the budget (needs a budget constraint)",
                    List.of(),
                    (parameters, fleet) -> List.of(Features.budgetLeft()));
        }
    }

    /** {@code phase}: position in a cycle. */
    public static final class Phase extends Declared {
        public Phase() {
            super("phase", "phase: the step's position in a cycle of period steps, in [0, 1)",
                    List.of(new Parameter("period", "100",
                            "steps per cycle, 1 to 10000000 (diurnal's default is 100)")),
                    (parameters, fleet) -> List.of(Features.phase(parameters.integer("period", 1, 10_000_000))));
        }
    }

    /** {@code lastAction}: the last action's index. */
    public static final class LastAction extends Declared {
        public LastAction() {
            super("last-action", "lastAction: the index of the last action taken, -1 at reset",
                    List.of(new Parameter("actions", "3",
                            "how many actions the scheme has, for the bound, 1 to 10000")),
                    (parameters, fleet) -> List.of(Features.lastAction(parameters.integer("actions", 1, 10_000))));
        }
    }

    /** {@code cooldownLeft}: steps of cooldown left. */
    public static final class CooldownLeft extends Declared {
        public CooldownLeft() {
            super("cooldown-left", "cooldownLeft: steps until scale actions take effect again",
                    List.of(),
                    (parameters, fleet) -> List.of(Features.cooldownLeft(fleet)));
        }
    }

    /** {@code violations}: constraint violations so far. */
    public static final class Violations extends Declared {
        public Violations() {
            super("violations", "violations: steps that broke a counted constraint (a latency objective) so far",
                    List.of(),
                    (parameters, fleet) -> List.of(Features.violations()));
        }
    }

    /** {@code <type>Servers} (and {@code <type>Booting} with a boot delay) for each server type. */
    public static final class ServersPerType extends Declared {
        public ServersPerType() {
            super("servers-per-type", "<type>Servers for each server type, and <type>Booting when servers boot",
                    List.of(),
                    (parameters, fleet) -> Features.perType(fleet));
        }
    }
}
