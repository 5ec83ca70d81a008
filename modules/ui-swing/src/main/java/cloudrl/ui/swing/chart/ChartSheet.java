package cloudrl.ui.swing.chart;

import cloudrl.io.AtomicFile;
import cloudrl.ui.swing.present.Theme;
import org.jfree.chart.JFreeChart;

import javax.imageio.ImageIO;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The three charts stacked on one image under a title line: what PNG exports and {@code plot} write. */
public final class ChartSheet {

    /** Narrowest and widest image allowed, in pixels. */
    public static final int MIN_SIZE = 300;
    public static final int MAX_SIZE = 8000;

    private static final int TITLE_HEIGHT = 30;
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    private ChartSheet() {
    }

    /**
     * Paints {@code charts} into a new {@code width} by {@code height} image; needs no display.
     *
     * @throws IllegalArgumentException when a size is outside 300 to 8000 pixels
     */
    public static BufferedImage render(EpisodeCharts charts, Theme theme, String title, int width, int height) {
        requireSize("width", width);
        requireSize("height", height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(theme.chartBackground());
            g.fillRect(0, 0, width, height);
            g.setColor(theme.chartText());
            g.setFont(TITLE_FONT);
            g.drawString(title, 12, 21);
            List<JFreeChart> all = charts.charts();
            double each = (height - TITLE_HEIGHT) / (double) all.size();
            for (int i = 0; i < all.size(); i++) {
                all.get(i).draw(g, new Rectangle2D.Double(0, TITLE_HEIGHT + i * each, width, each));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes {@code image} as a PNG to {@code target}, atomically. */
    public static void writePng(BufferedImage image, Path target) throws IOException {
        AtomicFile.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("this Java has no PNG writer");
            }
        });
    }

    private static void requireSize(String name, int value) {
        if (value < MIN_SIZE || value > MAX_SIZE) {
            throw new IllegalArgumentException(name + " " + value + " is not allowed: must be " + MIN_SIZE + " to "
                    + MAX_SIZE + " pixels");
        }
    }
}
