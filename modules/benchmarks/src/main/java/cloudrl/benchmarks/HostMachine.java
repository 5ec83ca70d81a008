package cloudrl.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine a benchmark ran on, as a report names it: the JDK and the CPU.
 *
 * @param jdk   the Java runtime's name and version
 * @param cpu   the processor's model name, or the architecture where the system does not say
 * @param cores processors available to the JVM
 */
public record HostMachine(String jdk, String cpu, int cores) {

    /** The machine this JVM runs on. */
    public static HostMachine current() {
        String jdk = System.getProperty("java.vm.name", "Java") + " " + System.getProperty("java.runtime.version",
                System.getProperty("java.version", "?"));
        return new HostMachine(jdk, cpuModel(), Runtime.getRuntime().availableProcessors());
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        try {
            List<String> lines = Files.isReadable(cpuinfo) ? Files.readAllLines(cpuinfo) : List.of();
            for (String line : lines) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // fall through to what the JVM knows
        }
        return System.getProperty("os.arch", "unknown CPU");
    }
}
