package cloudrl.env.provider;

import cloudrl.api.Constraint;
import cloudrl.api.ConstraintProvider;
import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.env.fleet.Budget;

import java.util.List;
import java.util.Locale;

/** The {@code budget} constraint: a total cost per episode. */
public final class BudgetConstraintProvider implements ConstraintProvider {

    @Override
    public String id() {
        return "budget";
    }

    @Override
    public String description() {
        return "a total cost per episode; when it runs out the episode ends, or additions are refused";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("total", "15", "the budget in cost units (the reference server costs 0.05 a step),"
                        + " in (0, 1e9]"),
                new Parameter("onExhausted", "end", "end (the episode ends when the budget is overspent) or refuse"
                        + " (additions the rest of the episode could not pay for are refused)"));
    }

    @Override
    public Constraint create(Parameters parameters) {
        double total = parameters.number("total", Double.MIN_VALUE, 1e9);
        String mode = parameters.text("onExhausted").strip().toLowerCase(Locale.ROOT);
        Budget.Exhaustion exhaustion = switch (mode) {
            case "end" -> Budget.Exhaustion.END;
            case "refuse" -> Budget.Exhaustion.REFUSE;
            default -> throw parameters.rejected("onExhausted", mode, "must be end or refuse");
        };
        return new Budget(total, exhaustion);
    }
}
