package cloudrl.policy.provider;

import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The providers are offered with {@code provides ... with ...} only: their package stays unexported. */
class ProviderModuleTest {

    @Test
    void providersAreDeclaredAndTheirPackageIsNotExported() {
        Module module = HpaPolicyProvider.class.getModule();
        assertTrue(module.isNamed(), "run on the module path");
        ModuleDescriptor descriptor = module.getDescriptor();
        assertTrue(descriptor.exports().stream().noneMatch(export -> export.source().equals("cloudrl.policy.provider")),
                descriptor.exports().toString());
        ModuleDescriptor.Provides provides = descriptor.provides().stream()
                .filter(p -> p.service().equals("cloudrl.api.PolicyProvider")).findFirst().orElseThrow();
        assertEquals(7, provides.providers().size(), provides.toString());
        assertTrue(provides.providers().stream().allMatch(name -> name.startsWith("cloudrl.policy.provider.")), provides.toString());
    }
}
