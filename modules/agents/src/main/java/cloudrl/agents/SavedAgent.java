package cloudrl.agents;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import cloudrl.agents.FeedForwardNetwork.Architecture;
import cloudrl.io.AtomicFile;
import cloudrl.torch.PyTorchRuntime;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A trained agent as it is saved: its metadata and the networks, the acting one (Q-values for DQN,
 * action logits for PPO) and, for PPO, the value network. A model directory holds
 * {@value ModelDirectory#METADATA}, {@value AgentMetadata#NETWORK_FILE} and, for PPO,
 * {@value AgentMetadata#VALUE_NETWORK_FILE}; the parameter files are in DJL's block format.
 */
public final class SavedAgent implements ModelDirectory.Contents {

    private final AgentMetadata metadata;
    private final FeedForwardNetwork acting;
    private final FeedForwardNetwork value;

    /**
     * @param value PPO's value network; {@code null} for DQN
     */
    SavedAgent(AgentMetadata metadata, FeedForwardNetwork acting, FeedForwardNetwork value) {
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.acting = Objects.requireNonNull(acting, "acting");
        if ((metadata.agent() == AgentKind.PPO) != (value != null)) {
            throw new IllegalArgumentException("a PPO agent needs a value network, a DQN agent none");
        }
        this.value = value;
    }

    public AgentMetadata metadata() {
        return metadata;
    }

    /** PPO's value network; {@code null} for DQN. */
    FeedForwardNetwork value() {
        return value;
    }

    /** The network that chooses the actions. */
    public FeedForwardNetwork acting() {
        return acting;
    }

    @Override
    public void writeTo(Path directory) throws IOException {
        writeNetwork(acting, directory.resolve(AgentMetadata.NETWORK_FILE));
        if (value != null) {
            writeNetwork(value, directory.resolve(AgentMetadata.VALUE_NETWORK_FILE));
        }
        // the metadata last: a directory with metadata has every file it names
        AtomicFile.write(directory.resolve(ModelDirectory.METADATA), metadata::write);
    }

    private static void writeNetwork(FeedForwardNetwork network, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
            network.save(data);
            data.flush();
        });
    }

    /**
     * Loads the model in {@code directory} (a training output directory or a model directory) into a
     * new manager, which the caller must close.
     *
     * @throws IllegalArgumentException with one line naming the path and what is wrong with it
     */
    public static Loaded load(Path directory) {
        Path model = ModelDirectory.locate(directory);
        AgentMetadata metadata = readMetadata(model);
        NDManager manager = PyTorchRuntime.newManager();
        try {
            FeedForwardNetwork acting = readNetwork(manager, model.resolve(AgentMetadata.NETWORK_FILE),
                    metadata.architecture());
            FeedForwardNetwork value = null;
            if (metadata.agent() == AgentKind.PPO) {
                Architecture shape = metadata.architecture();
                value = readNetwork(manager, model.resolve(AgentMetadata.VALUE_NETWORK_FILE),
                        new Architecture(shape.inputs(), shape.hiddenUnits(), 1, shape.nonlinearity()));
            }
            return new Loaded(new SavedAgent(metadata, acting, value), manager);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /**
     * The metadata of the model in {@code directory} (a training output directory or a model
     * directory), without loading its networks.
     *
     * @throws IllegalArgumentException with one line naming the path and what is wrong with it
     */
    public static AgentMetadata readMetadata(Path directory) {
        Path metadataFile = ModelDirectory.locate(directory).resolve(ModelDirectory.METADATA);
        try (InputStream in = Files.newInputStream(metadataFile)) {
            return AgentMetadata.read(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read the model's metadata " + metadataFile + ": " + message(e), e);
        }
    }

    private static FeedForwardNetwork readNetwork(NDManager manager, Path file, Architecture architecture) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            FeedForwardNetwork network = FeedForwardNetwork.load(manager, architecture, in);
            if (in.read() != -1) {
                throw new MalformedModelException("it goes on after the network's last parameter");
            }
            return network;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("the model's parameter file " + file + " is missing", e);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            throw new IllegalArgumentException("the model's parameter file " + file + " is corrupt or does not fit its"
                    + " metadata (" + architecture.inputs() + " inputs, " + architecture.hiddenUnits() + " hidden units, "
                    + architecture.outputs() + " outputs): " + message(e), e);
        }
    }

    private static String message(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    /**
     * A model read from disk, with the manager its parameters live in.
     *
     * @param agent   the model
     * @param manager owns the parameters; close it when done
     */
    public record Loaded(SavedAgent agent, NDManager manager) implements AutoCloseable {
        @Override
        public void close() {
            manager.close();
        }
    }
}
