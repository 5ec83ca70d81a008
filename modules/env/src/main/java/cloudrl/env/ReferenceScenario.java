package cloudrl.env;

import cloudrl.api.Part;
import cloudrl.api.Scenario;

import java.util.List;

/** The reference scenario as data: what every command builds unless {@code --scenario} says otherwise. */
public final class ReferenceScenario {

    /** The id commands default to. */
    public static final String ID = "reference";

    private ReferenceScenario() {
    }

    /** The seed's problem: Gaussian traffic (medium), unit actions, one server type, instant boot, the seed reward, 100 steps, 3 servers. */
    public static Scenario scenario() {
        return new Scenario(ID, "the seed's problem: Gaussian traffic, one server type, +/-1 server, instant boot",
                Part.of("gaussian"), "medium", Part.of("unit"), Part.of("standard"), Part.of("seed-shaped"), List.of(),
                List.of(), EnvironmentConfig.defaults().maxSteps(), List.of(EnvironmentConfig.defaults().initialServers()));
    }
}
