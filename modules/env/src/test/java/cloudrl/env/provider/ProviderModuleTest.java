package cloudrl.env.provider;

import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The providers are offered with {@code provides ... with ...} only: their package stays unexported. */
class ProviderModuleTest {

    @Test
    void providersAreDeclaredAndTheirPackageIsNotExported() {
        Module module = GaussianWorkloadProvider.class.getModule();
        assertTrue(module.isNamed(), "run on the module path");
        ModuleDescriptor descriptor = module.getDescriptor();
        assertTrue(descriptor.exports().stream().noneMatch(export -> export.source().equals("cloudrl.env.provider")),
                descriptor.exports().toString());
        ModuleDescriptor.Provides provides = descriptor.provides().stream()
                .filter(p -> p.service().equals("cloudrl.api.WorkloadProvider")).findFirst().orElseThrow();
        assertEquals(1, provides.providers().size(), provides.toString());
        assertTrue(provides.providers().stream().allMatch(name -> name.startsWith("cloudrl.env.provider.")), provides.toString());
    }

    /** The class path reads META-INF/services (JMH's forks, plain jars): it must list what the descriptor provides. */
    @Test
    void theServiceFilesListWhatTheDescriptorProvides() throws java.io.IOException {
        Module module = GaussianWorkloadProvider.class.getModule();
        for (ModuleDescriptor.Provides provides : module.getDescriptor().provides()) {
            try (java.io.InputStream in = module.getResourceAsStream("META-INF/services/" + provides.service())) {
                assertTrue(in != null, "no META-INF/services file for " + provides.service());
                java.util.List<String> listed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
                assertEquals(java.util.Set.copyOf(provides.providers()), java.util.Set.copyOf(listed),
                        provides.service());
            }
        }
    }
}
