/**
 * JMH benchmarks of the single environment, {@link cloudrl.env.VectorEnv}, the tensor path and the
 * policy comparison behind {@code evaluate --policies}, and
 * the short preset behind {@code cloudrl bench}. JMH runs every benchmark in a forked JVM on the
 * class path; this descriptor serves compilation and the launcher, which reaches the preset.
 */
module cloudrl.benchmarks {
    requires cloudrl.env;
    requires cloudrl.policy;
    requires cloudrl.torch;
    requires cloudrl.evaluation;
    requires cloudrl.oracle;
    requires cloudrl.plugins;
    requires jmh.core;
    // JMH reaches for sun.misc.Unsafe; on the module path that module must be resolved explicitly
    requires jdk.unsupported;

    exports cloudrl.benchmarks;
}
