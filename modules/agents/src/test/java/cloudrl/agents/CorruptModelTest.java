package cloudrl.agents;

import cloudrl.env.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A model that cannot be used is reported in one line naming the file and what is wrong. */
class CorruptModelTest {

    @TempDir
    static Path shared;

    static Path good;

    @BeforeAll
    static void saveOneModel() throws IOException {
        good = shared.resolve("good");
        Training.run(new TrainingPlan(HyperParameters.defaults(AgentKind.DQN), TrainingEnvironment.reference(Task.EASY),
                512, 1, good), progress -> { }, () -> false);
    }

    /** A copy of the good model's output directory, to damage. */
    private static Path copy(String name) throws IOException {
        Path target = shared.resolve(name);
        try (Stream<Path> files = Files.walk(good)) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                Files.copy(source, target.resolve(good.relativize(source).toString()));
            }
        }
        return target;
    }

    private static String loadFailure(Path directory) {
        String message = assertThrows(IllegalArgumentException.class, () -> TrainedPolicy.load(directory)).getMessage();
        assertFalse(message.contains("\n"), message);
        return message;
    }

    @Test
    void theGoodModelLoads() {
        try (TrainedPolicy policy = TrainedPolicy.load(good)) {
            assertEquals(512, policy.metadata().steps());
        }
    }

    @Test
    void aWrongFormatIsNamed() throws IOException {
        Path directory = copy("format");
        Path metadata = directory.resolve("model/agent.properties");
        Files.writeString(metadata, Files.readString(metadata).replace("format=cloudrl-agent/1", "format=other/7"));
        assertEquals("cannot read the model's metadata " + metadata + ": format is 'other/7', but this CloudRL reads"
                + " cloudrl-agent/1", loadFailure(directory));
    }

    @Test
    void aMissingEntryIsNamed() throws IOException {
        Path directory = copy("entry");
        Path metadata = directory.resolve("model/agent.properties");
        Files.writeString(metadata, Files.readString(metadata).replaceAll("network.hiddenUnits=\\d+\\n", ""));
        assertEquals("cannot read the model's metadata " + metadata + ": the entry 'network.hiddenUnits' is missing",
                loadFailure(directory));
    }

    @Test
    void aMalformedNumberIsNamed() throws IOException {
        Path directory = copy("number");
        Path metadata = directory.resolve("model/agent.properties");
        Files.writeString(metadata, Files.readString(metadata).replaceAll("normaliser.count=[^\\n]*",
                "normaliser.count=lots"));
        assertEquals("cannot read the model's metadata " + metadata + ": the entry normaliser.count=lots is not a number",
                loadFailure(directory));
    }

    @Test
    void aTruncatedParameterFileIsCorrupt() throws IOException {
        Path directory = copy("truncated");
        Path parameters = directory.resolve("model/network.params");
        byte[] bytes = Files.readAllBytes(parameters);
        Files.write(parameters, Arrays.copyOf(bytes, bytes.length / 2));
        String message = loadFailure(directory);
        assertTrue(message.startsWith("the model's parameter file " + parameters + " is corrupt or does not fit its"
                + " metadata (5 inputs, 64 hidden units, 3 outputs): "), message);
    }

    @Test
    void parametersOfAnotherShapeDoNotFit() throws IOException {
        Path directory = copy("shape");
        Path metadata = directory.resolve("model/agent.properties");
        Files.writeString(metadata, Files.readString(metadata).replace("network.hiddenUnits=64", "network.hiddenUnits=32")
                .replace("hyper.hiddenUnits=64", "hyper.hiddenUnits=32"));
        assertTrue(loadFailure(directory).startsWith("the model's parameter file " + directory.resolve("model/network.params")
                + " is corrupt or does not fit its metadata (5 inputs, 32 hidden units, 3 outputs)"));
    }

    @Test
    void aMissingParameterFileIsNamed() throws IOException {
        Path directory = copy("missing");
        Files.delete(directory.resolve("model/network.params"));
        assertEquals("the model's parameter file " + directory.resolve("model/network.params") + " is missing",
                loadFailure(directory));
    }
}
