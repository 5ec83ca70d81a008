package cloudrl.agents.provider;

import cloudrl.agents.AgentKind;
import cloudrl.agents.TrainedPolicy;
import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.Policy;
import cloudrl.api.PolicyProvider;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** Offers the agents saved by {@code cloudrl train} of one kind as a policy with the parameter {@code model}. */
abstract class SavedAgentPolicyProvider implements PolicyProvider {

    static final String MODEL = "model";

    private final AgentKind kind;

    SavedAgentPolicyProvider(AgentKind kind) {
        this.kind = kind;
    }

    @Override
    public String id() {
        return kind.id();
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter(MODEL, "", "directory written by 'cloudrl train --agent " + kind.id()
                + " --out DIR' (required)"));
    }

    /** Loads the model; the seed is not used, as a trained agent acts greedily. */
    @Override
    public Policy create(long seed, Parameters parameters) {
        String text = parameters.text(MODEL).strip();
        if (text.isEmpty()) {
            throw parameters.rejected(MODEL, text, "give the directory 'cloudrl train --agent " + kind.id()
                    + " --out DIR' wrote, as --param policy.model=DIR");
        }
        Path directory;
        try {
            directory = Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw parameters.rejected(MODEL, text, "it is not a path: " + e.getReason());
        }
        TrainedPolicy policy;
        try {
            policy = TrainedPolicy.load(directory);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parameters.owner() + ": cannot load " + directory + ": " + e.getMessage(), e);
        }
        AgentKind saved = policy.metadata().agent();
        if (saved != kind) {
            policy.close();
            throw new IllegalArgumentException(parameters.owner() + ": the model in " + directory + " is a " + saved.id()
                    + " agent, not " + kind.id() + ": use --policy " + saved.id());
        }
        return policy;
    }
}
