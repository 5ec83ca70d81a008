/**
 * Charts of policy comparisons as PNG files: scores with their intervals, and performance profiles.
 * Drawn into images with JFreeChart, so they need no display.
 */
module cloudrl.charts {
    requires transitive cloudrl.evaluation;
    requires cloudrl.io;
    // JFreeChart is an automatic module; users who take a chart object read it themselves
    requires org.jfree.jfreechart;
    requires java.desktop;

    exports cloudrl.charts;
}
