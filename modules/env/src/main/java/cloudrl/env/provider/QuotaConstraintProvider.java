package cloudrl.env.provider;

import cloudrl.api.Constraint;
import cloudrl.api.ConstraintProvider;
import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.env.fleet.Quota;

import java.util.List;

/** The {@code quota} constraint: the most servers the account allows. */
public final class QuotaConstraintProvider implements ConstraintProvider {

    @Override
    public String id() {
        return "quota";
    }

    @Override
    public String description() {
        return "the most servers, serving and booting, the account allows; additions beyond it are refused";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("maxServers", "10", "the quota, 1 to " + StandardFleetProvider.MAX_QUOTA));
    }

    @Override
    public Constraint create(Parameters parameters) {
        return new Quota(parameters.integer("maxServers", 1, StandardFleetProvider.MAX_QUOTA));
    }
}
