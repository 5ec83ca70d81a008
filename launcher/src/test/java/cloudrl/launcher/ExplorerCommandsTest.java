package cloudrl.launcher;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code plot} and {@code gui} as a user meets them, without a display. */
class ExplorerCommandsTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void noDisplay() {
        // as on a server: AWT reads this once, before its first use in this JVM
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void plotWritesAPngAndSaysWhatItDrew(@TempDir Path folder) throws Exception {
        Path png = folder.resolve("episode.png");
        int exit = run("plot", "--task", "easy", "--seed", "2", "--out", png.toString());
        assertEquals(0, exit, err.toString());
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8));
        assertTrue(bytes.length > 20_000, "a chart image, not an empty one: " + bytes.length + " bytes");
        assertEquals("wrote " + png + " (1200 x 900): easy, seed 2, 100 steps, ended by the time limit, "
                + "final score 0.5721, passed", out.toString().strip());
    }

    @Test
    void plotIntoAMissingFolderFailsInOneLine(@TempDir Path folder) {
        Path png = folder.resolve("missing").resolve("episode.png");
        assertEquals(ErrorReporter.FAILED, run("plot", "--out", png.toString()));
        assertEquals("cloudrl plot: cannot write " + png + ": directory " + png.getParent() + " does not exist",
                err.toString().strip());
        assertTrue(Files.notExists(png.getParent()));
    }

    @Test
    void plotRefusesAnImpossibleSize(@TempDir Path folder) {
        assertEquals(ErrorReporter.BAD_INPUT, run("plot", "--width", "5", "--out", folder.resolve("x.png").toString()));
        assertEquals("cloudrl plot: width 5 is not allowed: must be 300 to 8000 pixels", err.toString().strip());
    }

    @Test
    void guiWithoutADisplaySuggestsPlotInOneLine() {
        assertEquals(ErrorReporter.FAILED, run("gui", "--task", "hard", "--seed", "5"));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("cloudrl gui: no display to open a window on"), message);
        assertTrue(message.endsWith("'cloudrl plot --task hard --seed 5' draws the charts to a PNG instead"), message);
    }

    private int run(String... args) {
        return CloudRl.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
