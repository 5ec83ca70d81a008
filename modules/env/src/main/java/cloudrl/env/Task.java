package cloudrl.env;

import cloudrl.api.TrafficLevel;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The three reference tasks: the same service under light, moderate and heavy, noisy traffic. */
public enum Task {
    /** Base 40 requests per step, standard deviation 5. */
    EASY(40, 5),
    /** Base 60 requests per step, standard deviation 15: the default. */
    MEDIUM(60, 15),
    /** Base 80 requests per step, standard deviation 25. */
    HARD(80, 25);

    private final double baseRate;
    private final double stdDev;

    Task(double baseRate, double stdDev) {
        this.baseRate = baseRate;
        this.stdDev = stdDev;
    }

    /** Mean level of traffic. */
    public double baseRate() {
        return baseRate;
    }

    /** Standard deviation of the traffic noise. */
    public double stdDev() {
        return stdDev;
    }

    /** The task's name as users type it: {@code easy}, {@code medium}, {@code hard}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The task's level of traffic, as workload providers receive it. */
    public TrafficLevel trafficLevel() {
        return new TrafficLevel(baseRate, stdDev);
    }

    /** The reference Gaussian traffic at this task's level. */
    public GaussianWorkload workload() {
        return new GaussianWorkload(baseRate, stdDev);
    }

    /**
     * The task called {@code name}, ignoring case.
     *
     * @throws IllegalArgumentException naming the bad name and the three tasks
     */
    public static Task parse(String name) {
        for (Task task : values()) {
            if (task.id().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return task;
            }
        }
        throw new IllegalArgumentException("unknown task '" + name + "': choose one of "
                + Arrays.stream(values()).map(Task::id).collect(Collectors.joining(", ")));
    }
}
