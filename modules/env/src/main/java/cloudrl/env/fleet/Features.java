package cloudrl.env.fleet;

import cloudrl.api.FleetModel;
import cloudrl.api.ObservationFeature;
import cloudrl.api.Transition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The built-in observation features: each a name, its bounds, and how it reads a transition. */
public final class Features {

    private Features() {
    }

    /** What a feature's value follows from: what a planner must index for the observation to be a function of its state. */
    public enum Reads {
        /** The fleet state alone: serving and booting servers per type, the cooldown. */
        FLEET,
        /** The cost spent so far (and the budget, a constant). */
        COST_SPENT,
        /** The step, the last action or the violations counted: the episode's history. */
        HISTORY
    }

    /**
     * A feature read by {@code reader}.
     *
     * @param reads what {@code reader} reads
     */
    public record Read(String name, float low, float high, Reads reads, ToDoubleFunction<Transition> reader)
            implements ObservationFeature {
        @Override
        public float value(Transition state) {
            return (float) reader.applyAsDouble(state);
        }
    }

    /**
     * What {@code feature}'s value follows from; {@link Reads#HISTORY} for a feature not built in, which may
     * read anything.
     */
    public static Reads reads(ObservationFeature feature) {
        return feature instanceof Read read ? read.reads() : Reads.HISTORY;
    }

    /** Servers ordered and not yet serving. */
    public static ObservationFeature bootingServers(FleetModel fleet) {
        return new Read("bootingServers", 0, bound(fleet), Reads.FLEET, Transition::bootingServers);
    }

    /** What the episode has cost so far. */
    public static ObservationFeature costSoFar() {
        return new Read("costSoFar", 0, Float.POSITIVE_INFINITY, Reads.COST_SPENT, Transition::costSoFar);
    }

    /** What is left of the budget; negative once overspent (a budget that ends the episode). */
    public static ObservationFeature budgetLeft() {
        return new Read("budgetLeft", Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, Reads.COST_SPENT, Transition::budgetLeft);
    }

    /** The step's position in a cycle of {@code period} steps, in [0, 1). */
    public static ObservationFeature phase(int period) {
        if (period < 1 || period > 10_000_000) {
            throw new IllegalArgumentException("phase period " + period + " is not allowed: must be between 1 and 10000000");
        }
        return new Phase(period);
    }

    /**
     * The step's position in a cycle, {@code (step % period) / period}. Its values for the steps of an
     * episode are worked out once, on first use, rather than with a division and a remainder every step;
     * immutable once made, so environments on several threads may share it.
     */
    public static final class Phase implements ObservationFeature {

        /** Most steps tabulated; later steps are computed. */
        private static final int TABULATED = 1 << 16;

        private final int period;
        private volatile float[] values;

        Phase(int period) {
            this.period = period;
        }

        @Override
        public String name() {
            return "phase";
        }

        @Override
        public float low() {
            return 0;
        }

        @Override
        public float high() {
            return 1;
        }

        @Override
        public float value(Transition state) {
            int step = state.step();
            float[] known = values;
            if (known == null) {
                known = new float[Math.min(state.maxSteps(), TABULATED) + 1];
                for (int at = 0; at < known.length; at++) {
                    known[at] = at(at);
                }
                values = known;
            }
            return step >= 0 && step < known.length ? known[step] : at(step);
        }

        private float at(int step) {
            return (float) ((double) (step % period) / period);
        }

        @Override
        public String toString() {
            return "phase(period=" + period + ")";
        }
    }

    /** The index of the last action taken; -1 at reset. */
    public static ObservationFeature lastAction(int actions) {
        return new Read("lastAction", -1, actions - 1, Reads.HISTORY, Transition::action);
    }

    /** Steps of cooldown left. */
    public static ObservationFeature cooldownLeft(FleetModel fleet) {
        return new Read("cooldownLeft", 0, fleet.cooldownSteps(), Reads.FLEET, Transition::cooldownLeft);
    }

    /** Constraint violations counted so far. */
    public static ObservationFeature violations() {
        return new Read("violations", 0, Float.POSITIVE_INFINITY, Reads.HISTORY, Transition::violations);
    }

    /** Serving servers of each type, named {@code <type>Servers}, then booting ones, {@code <type>Booting}. */
    public static List<ObservationFeature> perType(FleetModel fleet) {
        List<ObservationFeature> features = new ArrayList<>();
        for (int i = 0; i < fleet.typeCount(); i++) {
            int type = i;
            features.add(new Read(fleet.type(i).name() + "Servers", 0, bound(fleet), Reads.FLEET, s -> s.activeServers(type)));
        }
        if (fleet.bootSteps() > 1) {
            for (int i = 0; i < fleet.typeCount(); i++) {
                int type = i;
                features.add(new Read(fleet.type(i).name() + "Booting", 0, bound(fleet), Reads.FLEET, s -> s.bootingServers(type)));
            }
        }
        return features;
    }

    private static float bound(FleetModel fleet) {
        return fleet.bounded() ? fleet.maxServers() : Float.POSITIVE_INFINITY;
    }
}
