package cloudrl.charts;

import cloudrl.api.Action;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import cloudrl.evaluation.Evaluation;
import cloudrl.evaluation.comparison.ComparisonReport;
import cloudrl.evaluation.comparison.PolicyComparison;
import cloudrl.evaluation.statistics.StratifiedBootstrap;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonChartsTest {

    private static ComparisonReport report;

    @TempDir
    Path folder;

    @BeforeAll
    static void compare() {
        List<Task> tasks = List.of(Task.EASY, Task.HARD);
        var runs = new PolicyComparison(new Evaluation(), 2).play(List.of("heuristic", "keep-three", "grow"), tasks, 30,
                4, (policy, task, seed) -> new PolicyComparison.Matchup(CloudEnvironment.of(task), switch (policy) {
                    case "heuristic" -> observation -> observation.cpu() > 70 ? Action.INCREASE
                            : observation.cpu() < 40 ? Action.DECREASE : Action.MAINTAIN;
                    case "keep-three" -> observation -> Action.MAINTAIN;
                    default -> observation -> observation.cpu() > 50 ? Action.INCREASE : Action.MAINTAIN;
                }), done -> { });
        report = ComparisonReport.of(runs, "heuristic", Map.of(Task.EASY, 82.15, Task.HARD, 74.17),
                new StratifiedBootstrap(200, 0.95, 1), 2);
    }

    private static BufferedImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, file + " is not an image ImageIO can read");
        return image;
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getWidth() * image.getHeight())
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().limit(50).count();
    }

    @Test
    void bothChartsAreWrittenAsPngsOfTheirSize() throws IOException {
        Path scores = folder.resolve("scores.png");
        Path profiles = folder.resolve("profiles.png");
        assertEquals(List.of(scores, profiles), ComparisonCharts.write(report, folder));
        BufferedImage scoresImage = read(scores);
        assertEquals(ComparisonCharts.SCORES_WIDTH, scoresImage.getWidth());
        assertEquals(ComparisonCharts.SCORES_HEIGHT, scoresImage.getHeight());
        BufferedImage profilesImage = read(profiles);
        assertEquals(ComparisonCharts.PROFILES_WIDTH, profilesImage.getWidth());
        // a drawn chart, not a blank page: tens of kilobytes and many colours
        assertTrue(Files.size(scores) > 10_000 && Files.size(profiles) > 10_000,
                Files.size(scores) + " and " + Files.size(profiles) + " bytes");
        assertEquals(50, distinctColours(scoresImage));
        assertEquals(50, distinctColours(profilesImage));
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of("profiles.png", "scores.png"),
                    left.map(path -> path.getFileName().toString()).sorted().toList(), "no temporary file is left");
        }
    }

    @Test
    void aChartReplacesAnOldFileWhole() throws IOException {
        Path file = Files.writeString(folder.resolve("scores.png"), "an old file");
        PngFile.write(ComparisonCharts.scores(report), 400, 300, file);
        assertEquals(400, read(file).getWidth());
    }

    @Test
    void aFolderThatIsNotThereFailsNamingTheFileAndLeavesNothing() {
        Path file = folder.resolve("missing").resolve("scores.png");
        JFreeChart chart = ComparisonCharts.scores(report);
        UncheckedIOException failed = assertThrows(UncheckedIOException.class, () -> PngFile.write(chart, 400, 300, file));
        assertTrue(failed.getMessage().startsWith("the chart: cannot write " + file), failed.getMessage());
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void absurdSizesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> PngFile.write(ComparisonCharts.scores(report), 50, 300, folder.resolve("x.png")));
    }
}
