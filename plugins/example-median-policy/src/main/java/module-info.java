/**
 * An example folder plugin: the {@code median-cpu} policy, with the {@code com.example.window}
 * 2.0.0 library beside it in its folder.
 */
module com.example.mediancpu {
    requires cloudrl.api;
    requires com.example.window;

    provides cloudrl.api.PolicyProvider with com.example.mediancpu.MedianCpuPolicyProvider;
}
