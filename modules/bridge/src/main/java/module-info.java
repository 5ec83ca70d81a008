/**
 * The Python bridge: serves CloudRL environments, single and vector, to the {@code cloudrl_gym}
 * package over a Unix domain socket that the Python side listens on. Nothing listens on the network.
 */
module cloudrl.bridge {
    requires cloudrl.api;
    requires cloudrl.env;
    requires cloudrl.grader;
    requires cloudrl.plugins;
    requires cloudrl.ui.swing;
    requires java.desktop;
    requires org.slf4j;

    exports cloudrl.bridge;
}
