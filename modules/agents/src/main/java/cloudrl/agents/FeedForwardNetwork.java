package cloudrl.agents;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.Pair;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A small fully connected network on PyTorch: {@code inputs -> hidden -> hidden -> outputs}, with
 * ReLU or tanh between the layers and a linear output. Its parameters live in the manager it was
 * created in and are freed with it.
 */
public final class FeedForwardNetwork {

    /** The non-linearity between layers. */
    public enum Nonlinearity {
        RELU, TANH;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Nonlinearity parse(String id) {
            for (Nonlinearity each : values()) {
                if (each.id().equals(id)) {
                    return each;
                }
            }
            throw new IllegalArgumentException("unknown activation '" + id + "': allowed are relu, tanh");
        }
    }

    /**
     * The shape of a network, enough to rebuild it before loading its parameters.
     *
     * @param inputs       inputs per row
     * @param hiddenUnits  units in each of the two hidden layers
     * @param outputs      outputs per row
     * @param nonlinearity between the layers
     */
    public record Architecture(int inputs, int hiddenUnits, int outputs, Nonlinearity nonlinearity) {

        public Architecture {
            if (inputs < 1 || hiddenUnits < 1 || outputs < 1) {
                throw new IllegalArgumentException("a network needs at least one input, hidden unit and output, got "
                        + inputs + ", " + hiddenUnits + ", " + outputs);
            }
            Objects.requireNonNull(nonlinearity, "nonlinearity");
        }

        /** The shapes of the weights and biases, layer by layer: weights are {@code [outputs, inputs]}. */
        List<Shape> parameterShapes() {
            return List.of(new Shape(hiddenUnits, inputs), new Shape(hiddenUnits), new Shape(hiddenUnits, hiddenUnits),
                    new Shape(hiddenUnits), new Shape(outputs, hiddenUnits), new Shape(outputs));
        }
    }

    private final Architecture architecture;
    private final SequentialBlock block;
    private final ParameterStore store;
    private final NDManager manager;

    private FeedForwardNetwork(Architecture architecture, SequentialBlock block, NDManager manager) {
        this.architecture = architecture;
        this.block = block;
        this.manager = manager;
        this.store = new ParameterStore(manager, false);
    }

    /**
     * A new network with freshly drawn weights (PyTorch's random generator: seed it through the engine).
     *
     * @param outputScale standard deviation of the output layer's initial weights, or 0 for the default
     *                    (Xavier) initialisation; a small value starts a policy close to uniform
     */
    public static FeedForwardNetwork create(NDManager manager, Architecture architecture, float outputScale) {
        SequentialBlock block = build(architecture, outputScale);
        block.initialize(manager, DataType.FLOAT32, new Shape(1, architecture.inputs()));
        return new FeedForwardNetwork(architecture, block, manager);
    }

    /**
     * A network of {@code architecture} with the parameters {@link #save} wrote.
     *
     * @throws IOException             when the stream cannot be read
     * @throws MalformedModelException when the stream holds no parameters of this shape
     */
    public static FeedForwardNetwork load(NDManager manager, Architecture architecture, DataInputStream in)
            throws IOException, MalformedModelException {
        SequentialBlock block = build(architecture, 0);
        block.initialize(manager, DataType.FLOAT32, new Shape(1, architecture.inputs()));
        block.loadParameters(manager, in);
        FeedForwardNetwork network = new FeedForwardNetwork(architecture, block, manager);
        // DJL takes the shapes from the stream: check them against the architecture ourselves
        List<Shape> expected = architecture.parameterShapes();
        List<Parameter> parameters = network.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            Shape loaded = parameters.get(i).getArray().getShape();
            if (i >= expected.size() || !loaded.equals(expected.get(i))) {
                throw new MalformedModelException("parameter " + i + " has shape " + loaded + " where the network needs "
                        + (i < expected.size() ? expected.get(i) : "none"));
            }
        }
        return network;
    }

    private static SequentialBlock build(Architecture architecture, float outputScale) {
        SequentialBlock block = new SequentialBlock();
        for (int layer = 0; layer < 2; layer++) {
            block.add(Linear.builder().setUnits(architecture.hiddenUnits()).build());
            block.add(architecture.nonlinearity() == Nonlinearity.RELU ? Activation::relu : Activation::tanh);
        }
        Linear output = Linear.builder().setUnits(architecture.outputs()).build();
        if (outputScale > 0) {
            output.setInitializer(new NormalInitializer(outputScale), Parameter.Type.WEIGHT);
        }
        block.add(output);
        return block;
    }

    /** The network's shape. */
    public Architecture architecture() {
        return architecture;
    }

    /**
     * The outputs for a batch of rows {@code [B, inputs]}: {@code [B, outputs]}, created in the
     * input's manager. With {@code training}, call inside a gradient collector to get gradients.
     */
    public NDArray forward(NDArray input, boolean training) {
        return block.forward(store, new NDList(input), training).singletonOrThrow();
    }

    /** The trainable parameters in a fixed order. */
    public List<Parameter> parameters() {
        List<Parameter> parameters = new ArrayList<>();
        for (Pair<String, Parameter> pair : block.getParameters()) {
            parameters.add(pair.getValue());
        }
        return parameters;
    }

    /** Overwrites this network's parameters with {@code source}'s, which must have the same architecture. */
    public void copyFrom(FeedForwardNetwork source) {
        if (!architecture.equals(source.architecture)) {
            throw new IllegalArgumentException("cannot copy a " + source.architecture + " into a " + architecture);
        }
        List<Parameter> from = source.parameters();
        List<Parameter> to = parameters();
        for (int i = 0; i < from.size(); i++) {
            // a detached clone takes the place of the old array: copyTo would go through DJL's torchSet,
            // whose legacy AutoNonVariableTypeMode guard makes libtorch print a deprecation warning
            NDArray target = to.get(i).getArray();
            boolean trainable = target.hasGradient();
            NDArray clone = from.get(i).getArray().duplicate();
            NDArray detached = clone.stopGradient();
            clone.close();
            target.intern(detached);
            // as before the copy: a trainable parameter stays trainable (DJL caches the flag)
            if (trainable) {
                target.setRequiresGradient(true);
            }
        }
    }

    /** Stops gradients for this network's parameters: for a target network that is only copied into. */
    public void freeze() {
        block.freezeParameters(true);
    }

    /** Writes the parameters in DJL's block format. */
    public void save(DataOutputStream out) throws IOException {
        block.saveParameters(out);
    }

    /** The manager the parameters live in. */
    NDManager manager() {
        return manager;
    }
}
