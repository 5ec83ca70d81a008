package cloudrl.env;

import cloudrl.api.FleetModel;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * A cost that every server type's cost per step is a whole multiple of: the greatest common divisor
 * of the costs' shortest decimal forms (0.05 for the reference server; 0.01 for types costing 0.05
 * and 0.12). The environment adds costs as doubles; counted in these units a cost so far is a whole
 * number, which a planner can index exactly.
 */
public final class CostUnit {

    /** Most units one step of one server may cost: keeps every count of an episode far inside a long. */
    static final long MAX_UNITS_PER_SERVER = 1L << 40;

    private final double size;
    private final long[] perType;

    private CostUnit(double size, long[] perType) {
        this.size = size;
        this.perType = perType;
    }

    /**
     * The unit of {@code fleet}'s costs; when every cost is 0, a unit of 1 (all counts are 0).
     *
     * @throws IllegalArgumentException when a cost would take more than {@value #MAX_UNITS_PER_SERVER}
     *                                  units, naming the costs
     */
    public static CostUnit of(FleetModel fleet) {
        BigDecimal[] costs = new BigDecimal[fleet.typeCount()];
        int scale = 0;
        for (int type = 0; type < costs.length; type++) {
            costs[type] = BigDecimal.valueOf(fleet.type(type).cost()).stripTrailingZeros();
            scale = Math.max(scale, costs[type].scale());
        }
        BigInteger[] whole = new BigInteger[costs.length];
        BigInteger divisor = BigInteger.ZERO;
        for (int type = 0; type < costs.length; type++) {
            whole[type] = costs[type].movePointRight(scale).toBigIntegerExact();
            divisor = divisor.gcd(whole[type]);
        }
        long[] units = new long[costs.length];
        if (divisor.signum() == 0) {
            return new CostUnit(1, units);
        }
        for (int type = 0; type < costs.length; type++) {
            BigInteger count = whole[type].divide(divisor);
            if (count.compareTo(BigInteger.valueOf(MAX_UNITS_PER_SERVER)) > 0) {
                throw new IllegalArgumentException("the server costs " + Arrays.toString(costs) + " have no common unit"
                        + " a cost so far can be counted in: each must be a whole multiple of one amount, at most "
                        + MAX_UNITS_PER_SERVER + " times it");
            }
            units[type] = count.longValueExact();
        }
        return new CostUnit(new BigDecimal(divisor, scale).doubleValue(), units);
    }

    /** The unit, in cost. */
    public double size() {
        return size;
    }

    /** Units one server of {@code type} costs per step. */
    public long units(int type) {
        return perType[type];
    }

    /** The whole number of units nearest {@code cost}. */
    public long count(double cost) {
        return Math.round(cost / size);
    }

    @Override
    public String toString() {
        return "CostUnit[size=" + size + ", perType=" + Arrays.toString(perType) + "]";
    }
}
