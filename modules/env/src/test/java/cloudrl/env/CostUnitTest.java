package cloudrl.env;

import cloudrl.api.FleetModel;
import cloudrl.api.ServerType;
import cloudrl.env.fleet.Budget;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole unit of a fleet's costs, and the budget's boundary against the rounding of sums in that unit. */
class CostUnitTest {

    private static FleetModel fleet(double... costs) {
        ServerType[] types = new ServerType[costs.length];
        for (int i = 0; i < costs.length; i++) {
            types[i] = new ServerType("t" + i, 30, costs[i]);
        }
        return new FleetModel(List.of(types), 1, 0, Integer.MAX_VALUE);
    }

    @Test
    void theReferenceServerIsItsOwnUnitAndTwoTypesShareTheirDecimalDivisor() {
        CostUnit reference = CostUnit.of(fleet(0.05));
        assertEquals(0.05, reference.size());
        assertEquals(1, reference.units(0));
        // 0.05 = 5 x 0.01 and 0.12 = 12 x 0.01, gcd(5, 12) = 1
        CostUnit two = CostUnit.of(fleet(0.05, 0.12));
        assertEquals(0.01, two.size());
        assertEquals(5, two.units(0));
        assertEquals(12, two.units(1));
        // 0.05 and 0.15: gcd(5, 15) = 5 hundredths
        assertEquals(0.05, CostUnit.of(fleet(0.05, 0.15)).size());
        assertEquals(3, CostUnit.of(fleet(0.05, 0.15)).units(1));
        // a free type does not change the unit; a free fleet counts nothing
        assertEquals(0.05, CostUnit.of(fleet(0, 0.05)).size());
        assertEquals(0, CostUnit.of(fleet(0, 0)).count(0));
    }

    @Test
    void aSumOfDoublesCountsAsTheWholeUnitsItApproximates() {
        // 0.05 added 240 times is not 12.0 in doubles, but rounds to 240 units
        double sum = 0;
        for (int i = 0; i < 240; i++) {
            sum += 0.05;
        }
        assertTrue(sum != 12.0, "the sum is off in its last bits: " + sum);
        assertEquals(240, CostUnit.of(fleet(0.05)).count(sum));
    }

    @Test
    void costsWithNoCommonUnitAreRefusedNamingThem() {
        // 1/3 in its shortest decimal form has 16 digits: 1e6 takes more than 2^40 of the common unit
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> CostUnit.of(fleet(1.0 / 3, 1e6)));
        assertTrue(none.getMessage().contains("no common unit"), none.getMessage());
    }

    @Test
    void aBudgetDecidesExactlyUnlessItsToleranceBoundaryIsAWholeNumberOfUnitsToTheLastBits() {
        // total 12 + 1e-9 is 1e-9 from 240 units of 0.05: far more than the rounding of a hundred additions
        assertTrue(new Budget(12, Budget.Exhaustion.END).decidesExactly(0.05, 1e-12));
        // 11.999999999 + 1e-9 is 12 to within the doubles' rounding
        assertFalse(new Budget(11.999999999, Budget.Exhaustion.END).decidesExactly(0.05, 1e-12));
        // half a unit off: clear
        assertTrue(new Budget(12.025, Budget.Exhaustion.REFUSE).decidesExactly(0.05, 1e-12));
    }
}
