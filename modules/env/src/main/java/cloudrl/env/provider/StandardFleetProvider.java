package cloudrl.env.provider;

import cloudrl.api.FleetModel;
import cloudrl.api.FleetModelProvider;
import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.ServerType;

import java.util.ArrayList;
import java.util.List;

/** The {@code standard} fleet model: server types, boot delay, cooldown and quota as parameters. */
public final class StandardFleetProvider implements FleetModelProvider {

    /** Most servers a bounded fleet may hold. */
    public static final int MAX_QUOTA = 100_000;

    @Override
    public String id() {
        return "standard";
    }

    @Override
    public String description() {
        return "server types with their capacity and cost, a boot delay, a cooldown and a quota";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("types", "reference", "server types as name:capacity:cost,... such as"
                        + " small:30:0.05,large:90:0.12; 'reference' is one type of the reference capacity and cost"),
                new Parameter("bootSteps", "1", "steps from order to service, 1 (instant) to " + FleetModel.MAX_BOOT_STEPS),
                new Parameter("cooldownSteps", "0", "steps after a scale action that ignore scale actions, 0 to 1000"),
                new Parameter("maxServers", "unbounded", "most servers, serving and booting: 1 to " + MAX_QUOTA
                        + ", or unbounded"));
    }

    @Override
    public FleetModel create(Parameters parameters, ServerType reference) {
        List<ServerType> types = types(parameters, reference);
        int bootSteps = parameters.integer("bootSteps", 1, FleetModel.MAX_BOOT_STEPS);
        int cooldown = parameters.integer("cooldownSteps", 0, 1000);
        int maxServers = parameters.text("maxServers").strip().equals("unbounded") ? Integer.MAX_VALUE
                : parameters.integer("maxServers", 1, MAX_QUOTA);
        return new FleetModel(types, bootSteps, cooldown, maxServers);
    }

    private static List<ServerType> types(Parameters parameters, ServerType reference) {
        String text = parameters.text("types").strip();
        if (text.equals("reference")) {
            return List.of(reference);
        }
        List<ServerType> types = new ArrayList<>();
        for (String entry : text.split(",", -1)) {
            String[] fields = entry.strip().split(":", -1);
            if (fields.length != 3) {
                throw parameters.rejected("types", text, "write name:capacity:cost for each type, comma-separated,"
                        + " such as small:30:0.05,large:90:0.12");
            }
            try {
                types.add(new ServerType(fields[0].strip(), Double.parseDouble(fields[1].strip()),
                        Double.parseDouble(fields[2].strip())));
            } catch (NumberFormatException notNumber) {
                throw parameters.rejected("types", text, "capacity and cost must be numbers, as in small:30:0.05");
            } catch (IllegalArgumentException bad) {
                throw parameters.rejected("types", text, bad.getMessage());
            }
        }
        return types;
    }
}
