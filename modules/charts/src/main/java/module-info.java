/**
 * Charts of policy comparisons as PNG files: scores with their intervals, and performance profiles.
 * Drawn into images with JFreeChart, so they need no display.
 */
module cloudrl.charts {
    requires transitive cloudrl.evaluation;
    requires transitive org.jfree.jfreechart;
    // charts and their colours, fonts and strokes are AWT types
    requires transitive java.desktop;

    exports cloudrl.charts;
}
