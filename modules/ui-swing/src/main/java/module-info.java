/**
 * The desktop explorer: a Swing window to drive or watch an episode with live charts, and the same
 * charts rendered to a PNG without a display. Only {@code cloudrl.ui.swing} is exported; the
 * session, set-up, compare, inspect, presentation, chart, export and
 * window packages are its insides.
 */
module cloudrl.ui.swing {
    requires transitive cloudrl.api;
    requires transitive cloudrl.env;
    requires transitive java.prefs;
    requires cloudrl.grader;
    requires cloudrl.io;
    requires cloudrl.policy;
    requires transitive cloudrl.plugins;
    requires cloudrl.evaluation;
    // a trace's clock, for the time-of-day axis
    requires cloudrl.workload;
    requires transitive java.desktop;
    requires com.formdev.flatlaf;
    requires org.jfree.jfreechart;
    requires org.slf4j;

    exports cloudrl.ui.swing;
}
