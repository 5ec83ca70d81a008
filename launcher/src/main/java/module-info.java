/** The {@code cloudrl} command line. */
module cloudrl.launcher {
    requires cloudrl.env;
    requires cloudrl.grader;
    requires cloudrl.policy;
    requires cloudrl.evaluation;
    requires cloudrl.oracle;
    requires cloudrl.workload;
    requires cloudrl.charts;
    requires cloudrl.plugins;
    requires cloudrl.benchmarks;
    requires cloudrl.ui.swing;
    requires cloudrl.agents;
    requires cloudrl.io;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    // picocli fills the command classes' fields by reflection; Jackson reads the JSON records' components
    opens cloudrl.launcher to info.picocli, com.fasterxml.jackson.databind;
}
