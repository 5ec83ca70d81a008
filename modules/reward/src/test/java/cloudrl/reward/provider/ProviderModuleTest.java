package cloudrl.reward.provider;

import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The providers are offered with {@code provides ... with ...} only: their package stays unexported. */
class ProviderModuleTest {

    @Test
    void providersAreDeclaredAndTheirPackageIsNotExported() {
        Module module = SlaRewardProvider.class.getModule();
        assertTrue(module.isNamed(), "run on the module path");
        ModuleDescriptor descriptor = module.getDescriptor();
        assertTrue(descriptor.exports().stream().noneMatch(export -> export.source().equals("cloudrl.reward.provider")),
                descriptor.exports().toString());
        ModuleDescriptor.Provides provides = descriptor.provides().stream()
                .filter(p -> p.service().equals("cloudrl.api.RewardProvider")).findFirst().orElseThrow();
        assertEquals(2, provides.providers().size(), provides.toString());
        assertTrue(provides.providers().stream().allMatch(name -> name.startsWith("cloudrl.reward.provider.")), provides.toString());
    }
}
