/**
 * The CloudRL contract: the environment, its values, and the plug points for rewards,
 * workloads and policies. It depends on the JDK only, so plugins can build against it alone.
 */
module cloudrl.api {
    exports cloudrl.api;
}
