package cloudrl.env.provider;

import cloudrl.api.ActionScheme;
import cloudrl.api.ActionSchemeProvider;
import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.env.fleet.StepsScheme;

import java.util.List;

/** The {@code steps} action scheme: remove or add up to k servers at once. */
public final class StepsSchemeProvider implements ActionSchemeProvider {

    @Override
    public String id() {
        return "steps";
    }

    @Override
    public String description() {
        return "remove or add up to k servers at once: 2k+1 actions per server type (k = 3 gives 7)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("k", "3", "most servers one action adds or removes, 1 to " + StepsScheme.MAX_STEP));
    }

    @Override
    public ActionScheme create(Parameters parameters) {
        return new StepsScheme(parameters.integer("k", 1, StepsScheme.MAX_STEP));
    }
}
