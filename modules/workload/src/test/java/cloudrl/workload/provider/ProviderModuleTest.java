package cloudrl.workload.provider;

import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The providers are offered with {@code provides ... with ...} only: their package stays unexported. */
class ProviderModuleTest {

    @Test
    void providersAreDeclaredAndTheirPackageIsNotExported() {
        Module module = DiurnalWorkloadProvider.class.getModule();
        assertTrue(module.isNamed(), "run on the module path");
        ModuleDescriptor descriptor = module.getDescriptor();
        assertTrue(descriptor.exports().stream().noneMatch(export -> export.source().equals("cloudrl.workload.provider")),
                descriptor.exports().toString());
        ModuleDescriptor.Provides provides = descriptor.provides().stream()
                .filter(p -> p.service().equals("cloudrl.api.WorkloadProvider")).findFirst().orElseThrow();
        assertEquals(6, provides.providers().size(), provides.toString());
        assertTrue(provides.providers().stream().allMatch(name -> name.startsWith("cloudrl.workload.provider.")), provides.toString());
    }
}
