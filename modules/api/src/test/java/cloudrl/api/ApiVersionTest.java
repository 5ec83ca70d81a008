package cloudrl.api;

import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiVersionTest {

    @Test
    void theConstantIsThePomPropertyAndTheModuleDescriptorsVersion() {
        // the POM passes its property to the test: an independent reading of the one source
        String property = System.getProperty("cloudrl.api.version");
        assertEquals(property, ApiVersion.CURRENT.toString());
        Module api = ApiVersion.class.getModule();
        assertTrue(api.isNamed(), "the tests run on the module path, as cloudrl.api");
        ModuleDescriptor.Version recorded = api.getDescriptor().version().orElseThrow();
        assertEquals(property, recorded.toString());
    }

    @Test
    void parsesTheThreeFormsAndRejectsOthers() {
        assertEquals(new ApiVersion(2, 1, 3), ApiVersion.parse("2.1.3"));
        assertEquals(new ApiVersion(2, 1, 0), ApiVersion.parse("2.1"));
        assertEquals(new ApiVersion(1, 0, 0), ApiVersion.parse("1.0.0-SNAPSHOT"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> ApiVersion.parse("two"));
        assertEquals("version 'two' is not allowed: write MAJOR.MINOR.PATCH, such as 1.2.0", bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ApiVersion.parse("1"));
        assertThrows(IllegalArgumentException.class, () -> new ApiVersion(1, -1, 0));
    }

    @Test
    void runsTheSameMajorWithAnOlderOrEqualMinor() {
        ApiVersion running = new ApiVersion(2, 3, 1);
        assertTrue(running.runs(new ApiVersion(2, 0, 0)));
        assertTrue(running.runs(new ApiVersion(2, 3, 9)), "a newer patch changes no signature");
        assertFalse(running.runs(new ApiVersion(2, 4, 0)), "a newer minor may use what 2.3 lacks");
        assertFalse(running.runs(new ApiVersion(1, 9, 0)), "another major may have broken it");
        assertFalse(running.runs(new ApiVersion(3, 0, 0)));
    }

    @Test
    void ordersByMajorMinorPatch() {
        assertTrue(new ApiVersion(1, 10, 0).compareTo(new ApiVersion(2, 0, 0)) < 0);
        assertTrue(new ApiVersion(1, 2, 10).compareTo(new ApiVersion(1, 3, 0)) < 0);
        assertEquals(0, new ApiVersion(1, 2, 3).compareTo(ApiVersion.parse("1.2.3")));
    }
}
