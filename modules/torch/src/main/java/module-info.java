/**
 * Environment state as DJL/PyTorch tensors: one environment's state as a [4] tensor, and a
 * {@link cloudrl.env.VectorEnv} seen as [N, 4] observation tensors with one copy per batch. The only
 * CloudRL module that touches DJL; PyTorch is loaded offline from the jars on the class path.
 */
module cloudrl.torch {
    requires transitive cloudrl.env;
    requires transitive ai.djl.api;
    requires ai.djl.pytorch_engine;
    requires org.slf4j;

    exports cloudrl.torch;
}
