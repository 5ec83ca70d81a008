package cloudrl.launcher;

import cloudrl.env.ReferenceScenario;
import java.util.Map;
import java.util.stream.Collectors;

/** A provider's effective parameters as reports state them: {@code (split=test, stepMinutes=1)} or a JSON object. */
final class SettingText {

    private SettingText() {
    }

    /** {@code " (k=v, k=v)"}, or nothing when there are no parameters. */
    static String parameters(Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        return parameters.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
    }

    /** {@code " · scenario ID"}, or nothing for the reference scenario, whose headers read as before scenarios. */
    static String scenario(String scenario) {
        return ReferenceScenario.ID.equals(scenario) ? "" : " · scenario " + scenario;
    }
}
