package cloudrl.env.provider;

import cloudrl.api.ActionScheme;
import cloudrl.api.ActionSchemeProvider;
import cloudrl.api.Parameters;
import cloudrl.env.fleet.UnitScheme;

/** The {@code unit} action scheme: remove, keep or add one server (of a chosen type). */
public final class UnitSchemeProvider implements ActionSchemeProvider {

    @Override
    public String id() {
        return "unit";
    }

    @Override
    public String description() {
        return "remove, keep or add one server; with several server types, of the type the action names (the reference)";
    }

    @Override
    public ActionScheme create(Parameters parameters) {
        return new UnitScheme();
    }
}
