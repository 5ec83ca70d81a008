package cloudrl.agents;

import cloudrl.agents.FeedForwardNetwork.Architecture;
import cloudrl.agents.FeedForwardNetwork.Nonlinearity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything a saved model says about itself besides its weights, stored as
 * {@code agent.properties} (UTF-8, one {@code key=value} per line): what it is, what it was
 * trained on, how its inputs are built and normalised, its network's shape, the hyper-parameters,
 * and the versions that made it.
 *
 * @param agent              the algorithm
 * @param cloudrlVersion     CloudRL's version at training time
 * @param djlVersion         DJL's version
 * @param pytorchVersion     libtorch's version
 * @param task               the task trained on
 * @param scenario           the scenario trained on ({@code reference} for models saved before scenarios)
 * @param workload           the workload id trained on
 * @param workloadParameters its parameters
 * @param reward             the reward id trained with
 * @param rewardParameters   its parameters
 * @param actionParameters   the action scheme's parameters as trained on ({@code k} of {@code steps}), the
 *                           scenario's with the run's {@code actions.} overrides; empty for models saved before
 * @param fleetParameters    the fleet's parameters as trained on ({@code bootSteps}, ...), likewise with {@code fleet.}
 * @param features           the network's inputs
 * @param architecture       the acting network's shape (Q-values for DQN, action logits for PPO)
 * @param normaliserCount    states the normalisation statistics were measured on
 * @param normaliserMean     mean of each input
 * @param normaliserVariance variance of each input
 * @param hyperParameters    the hyper-parameters of the run
 * @param steps              environment steps trained for
 * @param episodes           episodes finished in training
 * @param seed               the run's seed
 * @param recentReturn       mean return of the last 100 training episodes (NaN if none finished)
 * @param selectedAtSteps    the step count at which these weights were taken (the best greedy evaluation)
 * @param evaluationReturn   their mean return on the run's greedy evaluation episodes (NaN without evaluation)
 * @param status             {@code complete}, {@code checkpoint} (mid-run) or {@code interrupted}
 */
public record AgentMetadata(AgentKind agent, String cloudrlVersion, String djlVersion, String pytorchVersion,
                            String task, String scenario, String workload, Map<String, String> workloadParameters, String reward,
                            Map<String, String> rewardParameters, Map<String, String> actionParameters,
                            Map<String, String> fleetParameters, StateFeatures features, Architecture architecture,
                            double normaliserCount, double[] normaliserMean, double[] normaliserVariance,
                            HyperParameters hyperParameters, long steps, long episodes, long seed, double recentReturn,
                            long selectedAtSteps, double evaluationReturn, String status) {

    /** What the first line of every metadata file says. */
    public static final String FORMAT = "cloudrl-agent/1";

    /** The acting network's parameter file. */
    public static final String NETWORK_FILE = "network.params";
    /** PPO's value network's parameter file. */
    public static final String VALUE_NETWORK_FILE = "value-network.params";

    public AgentMetadata {
        workloadParameters = Map.copyOf(workloadParameters);
        rewardParameters = Map.copyOf(rewardParameters);
        actionParameters = Map.copyOf(actionParameters);
        fleetParameters = Map.copyOf(fleetParameters);
        normaliserMean = normaliserMean.clone();
        normaliserVariance = normaliserVariance.clone();
        if (normaliserMean.length != features.size() || normaliserVariance.length != features.size()) {
            throw new IllegalArgumentException("the normalisation has " + normaliserMean.length + " means and "
                    + normaliserVariance.length + " variances for " + features.size() + " inputs");
        }
        if (architecture.inputs() != features.size()) {
            throw new IllegalArgumentException("the network takes " + architecture.inputs() + " inputs but the features are "
                    + features.size());
        }
        if (hyperParameters.agent() != agent) {
            throw new IllegalArgumentException("hyper-parameters of " + hyperParameters.agent().id() + " for a "
                    + agent.id() + " agent");
        }
    }

    /**
     * The {@code --param} values that rebuild the parts this model was trained on, each
     * {@code PART.NAME=VALUE}: the workload's, the reward's, the action scheme's and the fleet's
     * parameters, in that order and by name. What {@code train --resume} plays on.
     */
    public List<String> parameters() {
        List<String> parameters = new ArrayList<>();
        new TreeMap<>(workloadParameters).forEach((name, value) -> parameters.add("workload." + name + "=" + value));
        new TreeMap<>(rewardParameters).forEach((name, value) -> parameters.add("reward." + name + "=" + value));
        new TreeMap<>(actionParameters).forEach((name, value) -> parameters.add("actions." + name + "=" + value));
        new TreeMap<>(fleetParameters).forEach((name, value) -> parameters.add("fleet." + name + "=" + value));
        return List.copyOf(parameters);
    }

    /**
     * Why this model's network does not fit an environment with {@code observation} features and
     * {@code actions} actions, in words, or null when it does: the one check for playing it and for
     * resuming its training.
     */
    public String misfit(List<String> observation, int actions) {
        List<String> trained = features.observation();
        if (trained.equals(observation) && architecture.outputs() == actions) {
            return null;
        }
        return "was trained on scenario " + scenario + " (observation " + String.join(",", trained) + "; "
                + architecture.outputs() + " actions)";
    }

    /** The normalisation statistics as a normaliser. */
    public ObservationNormaliser normaliser() {
        return ObservationNormaliser.restore(normaliserCount, normaliserMean, normaliserVariance);
    }

    @Override
    public double[] normaliserMean() {
        return normaliserMean.clone();
    }

    @Override
    public double[] normaliserVariance() {
        return normaliserVariance.clone();
    }

    /** Writes the metadata as ordered {@code key=value} lines. */
    public void write(OutputStream out) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("format", FORMAT);
        entries.put("agent", agent.id());
        entries.put("cloudrl.version", cloudrlVersion);
        entries.put("djl.version", djlVersion);
        entries.put("pytorch.version", pytorchVersion);
        entries.put("task", task);
        entries.put("scenario", scenario);
        entries.put("workload", workload);
        new TreeMap<>(workloadParameters).forEach((name, value) -> entries.put("workload." + name, value));
        entries.put("reward", reward);
        new TreeMap<>(rewardParameters).forEach((name, value) -> entries.put("reward." + name, value));
        new TreeMap<>(actionParameters).forEach((name, value) -> entries.put("actions." + name, value));
        new TreeMap<>(fleetParameters).forEach((name, value) -> entries.put("fleet." + name, value));
        entries.put("features", features.names());
        entries.put("features.maxSteps", Integer.toString(features.maxSteps()));
        entries.put("features.history", Integer.toString(features.history()));
        entries.put("network.file", NETWORK_FILE);
        if (agent == AgentKind.PPO) {
            entries.put("network.valueFile", VALUE_NETWORK_FILE);
        }
        entries.put("network.inputs", Integer.toString(architecture.inputs()));
        entries.put("network.hiddenUnits", Integer.toString(architecture.hiddenUnits()));
        entries.put("network.hiddenLayers", "2");
        entries.put("network.outputs", Integer.toString(architecture.outputs()));
        entries.put("network.activation", architecture.nonlinearity().id());
        entries.put("normaliser.count", Double.toString(normaliserCount));
        entries.put("normaliser.mean", join(normaliserMean));
        entries.put("normaliser.variance", join(normaliserVariance));
        entries.put("normaliser.clip", Float.toString(ObservationNormaliser.CLIP));
        hyperParameters.asText().forEach((name, value) -> entries.put("hyper." + name, value));
        entries.put("training.steps", Long.toString(steps));
        entries.put("training.episodes", Long.toString(episodes));
        entries.put("training.seed", Long.toString(seed));
        entries.put("training.recentReturn", Double.toString(recentReturn));
        entries.put("training.selectedAtSteps", Long.toString(selectedAtSteps));
        entries.put("training.evaluationReturn", Double.toString(evaluationReturn));
        entries.put("training.status", status);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("# CloudRL trained agent: what it is, what it learned on, how its inputs are built\n");
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            writer.write(escape(entry.getKey(), true) + "=" + escape(entry.getValue(), false) + "\n");
        }
        writer.flush();
    }

    /**
     * Reads metadata that {@link #write} wrote.
     *
     * @throws IllegalArgumentException naming the first missing or malformed entry
     */
    public static AgentMetadata read(InputStream in) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Entries entries = new Entries(properties);
        String format = entries.text("format");
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("format is '" + format + "', but this CloudRL reads " + FORMAT);
        }
        AgentKind agent = AgentKind.parse(entries.text("agent"));
        Map<String, Double> hyper = new LinkedHashMap<>();
        for (HyperParameter parameter : agent.hyperParameters()) {
            String key = "hyper." + parameter.name();
            hyper.put(parameter.name(), properties.containsKey(key) ? entries.number(key) : parameter.defaultValue());
        }
        int maxSteps = (int) entries.whole("features.maxSteps");
        // models saved before the history existed see the latest observation only
        int history = properties.containsKey("features.history") ? (int) entries.whole("features.history") : 1;
        if (history < 1 || history > StateFeatures.MAX_HISTORY) {
            throw new IllegalArgumentException("features.history is " + history + ", but CloudRL stacks 1 to "
                    + StateFeatures.MAX_HISTORY + " observations");
        }
        StateFeatures features = StateFeatures.parse(entries.text("features"), maxSteps, history);
        Architecture architecture = new Architecture((int) entries.whole("network.inputs"),
                (int) entries.whole("network.hiddenUnits"), (int) entries.whole("network.outputs"),
                Nonlinearity.parse(entries.text("network.activation")));
        if (entries.whole("network.hiddenLayers") != 2) {
            throw new IllegalArgumentException("network.hiddenLayers is " + entries.text("network.hiddenLayers")
                    + ", but CloudRL's networks have 2");
        }
        return new AgentMetadata(agent, entries.text("cloudrl.version"), entries.text("djl.version"),
                entries.text("pytorch.version"), entries.text("task"),
                properties.getProperty("scenario", "reference"), entries.text("workload"),
                entries.prefixed("workload."), entries.text("reward"), entries.prefixed("reward."),
                entries.prefixed("actions."), entries.prefixed("fleet."), features,
                architecture, entries.number("normaliser.count"), entries.numbers("normaliser.mean"),
                entries.numbers("normaliser.variance"), new HyperParameters(agent, hyper), entries.whole("training.steps"),
                entries.whole("training.episodes"), entries.whole("training.seed"),
                entries.number("training.recentReturn"), entries.whole("training.selectedAtSteps"),
                entries.number("training.evaluationReturn"), entries.text("training.status"));
    }

    private static String join(double[] values) {
        return Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(","));
    }

    // What Properties.load undoes: backslashes, line breaks, leading blanks, and in keys the separators.
    private static String escape(String text, boolean key) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\f' -> escaped.append("\\f");
                default -> {
                    boolean separator = key && (c == '=' || c == ':' || c == ' ' || c == '#' || c == '!');
                    boolean leadingBlank = !key && i == 0 && c == ' ';
                    escaped.append(separator || leadingBlank ? "\\" + c : String.valueOf(c));
                }
            }
        }
        return escaped.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgentMetadata that && toString().equals(that.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "AgentMetadata[%s %s on %s/%s/%s, %s, %s, normaliser %s %s %s, %d steps,"
                        + " %d episodes, seed %d, return %s, selected at %d with %s, %s, versions %s %s %s]", agent.id(),
                architecture, task + "/" + scenario, workload + workloadParameters, reward + rewardParameters + ", actions " + actionParameters + ", fleet "
                        + fleetParameters, features,
                hyperParameters.values(), normaliserCount, Arrays.toString(normaliserMean),
                Arrays.toString(normaliserVariance), steps, episodes, seed, recentReturn, selectedAtSteps,
                evaluationReturn, status, cloudrlVersion, djlVersion, pytorchVersion);
    }

    /** Typed reads of the entries, each failing with the key and what was expected. */
    private record Entries(Properties properties) {

        String text(String key) {
            String value = properties.getProperty(key);
            if (value == null) {
                throw new IllegalArgumentException("the entry '" + key + "' is missing");
            }
            return value.strip();
        }

        double number(String key) {
            String text = text(key);
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the entry " + key + "=" + text + " is not a number");
            }
        }

        long whole(String key) {
            String text = text(key);
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the entry " + key + "=" + text + " is not a whole number");
            }
        }

        double[] numbers(String key) {
            String[] parts = text(key).split(",");
            double[] values = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    values[i] = Double.parseDouble(parts[i].strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("the entry " + key + " holds '" + parts[i].strip()
                            + "', not a number");
                }
            }
            return values;
        }

        Map<String, String> prefixed(String prefix) {
            Map<String, String> values = new TreeMap<>();
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith(prefix)) {
                    values.put(key.substring(prefix.length()), properties.getProperty(key));
                }
            }
            return values;
        }
    }
}
