/** An example CloudRL plugin: the {@code cooldown} policy, registered with {@code provides}. */
module com.example.cooldown {
    requires cloudrl.api;

    provides cloudrl.api.PolicyProvider with com.example.cooldown.CooldownPolicyProvider;
}
