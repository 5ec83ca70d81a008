package cloudrl.ui.swing.inspect;

import cloudrl.api.RewardFunction;
import cloudrl.env.EnvironmentConfig;

/**
 * What a reward function pays over CPU utilisation × servers. A cell's state is the one the
 * environment would be in: the request rate that puts that CPU on that many servers (rounded to a
 * whole request), and the memory that rate puts on them.
 */
public final class RewardMap {

    private RewardMap() {
    }

    /**
     * The reward at CPU {@code 0, cpuStep, ...} up to 100 % (columns) and each server count from 1 to
     * {@code maxServers} (rows).
     */
    public static StateGrid overCpuAndServers(RewardFunction reward, EnvironmentConfig config, int maxServers,
                                              int cpuStep) {
        if (maxServers < 1 || cpuStep < 1 || cpuStep > 100) {
            throw new IllegalArgumentException("a reward map needs at least 1 server and a CPU step in [1, 100], got "
                    + maxServers + " and " + cpuStep);
        }
        double[] cpus = PolicyMap.range(0, 100, cpuStep);
        double[] servers = PolicyMap.range(1, maxServers, 1);
        double[][] values = new double[servers.length][cpus.length];
        for (int y = 0; y < servers.length; y++) {
            int count = (int) servers[y];
            for (int x = 0; x < cpus.length; x++) {
                int rate = rateFor(config, cpus[x], count);
                values[y][x] = reward.reward(cpus[x], config.memoryUtilisation(rate, count), rate, count);
            }
        }
        return new StateGrid("Reward by CPU and servers", "CPU (%)", "Servers", cpus, servers, values);
    }

    /** The whole number of requests that puts {@code cpu} percent on {@code servers} servers. */
    static int rateFor(EnvironmentConfig config, double cpu, int servers) {
        return (int) Math.round(cpu / 100.0 * servers * config.serverCapacity() / config.cpuPerRequest());
    }
}
