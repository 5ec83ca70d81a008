package cloudrl.env.provider;

import cloudrl.api.ActionScheme;
import cloudrl.api.ActionSchemeProvider;
import cloudrl.api.Parameters;
import cloudrl.env.fleet.TargetScheme;

/** The {@code target} action scheme: choose the server count directly. */
public final class TargetSchemeProvider implements ActionSchemeProvider {

    @Override
    public String id() {
        return "target";
    }

    @Override
    public String description() {
        return "choose the server count directly, 1 to the fleet's maxServers (one server type; needs a quota)";
    }

    @Override
    public ActionScheme create(Parameters parameters) {
        return new TargetScheme();
    }
}
