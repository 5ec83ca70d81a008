/**
 * An example folder plugin: the {@code mean-cpu} policy, with the {@code com.example.window}
 * 1.0.0 library beside it in its folder.
 */
module com.example.meancpu {
    requires cloudrl.api;
    requires com.example.window;

    provides cloudrl.api.PolicyProvider with com.example.meancpu.MeanCpuPolicyProvider;
}
