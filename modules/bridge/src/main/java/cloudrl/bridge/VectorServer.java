package cloudrl.bridge;

import cloudrl.env.VectorEnv;

import java.nio.ByteBuffer;

/** One {@link VectorEnv} served to Python: each batch is one request and one response of flat arrays. */
final class VectorServer implements AutoCloseable {

    private final VectorEnv environments;
    private final int[] actions;

    VectorServer(VectorEnv environments) {
        this.environments = environments;
        this.actions = new int[environments.count()];
    }

    void reset(ByteBuffer in, Response out) {
        boolean seeded = in.get() != 0;
        long seed = in.getLong();
        if (seeded) {
            environments.reset(seed);
        } else {
            environments.reset();
        }
        float[] observations = environments.observations();
        ByteBuffer buffer = out.room(4 * observations.length);
        buffer.asFloatBuffer().put(observations);
        buffer.position(buffer.position() + 4 * observations.length);
    }

    void step(ByteBuffer in, Response out) {
        if (in.remaining() != 4 * actions.length) {
            throw new IllegalArgumentException("a vector step needs " + actions.length + " actions but "
                    + in.remaining() / 4 + " came");
        }
        in.asIntBuffer().get(actions);
        long started = System.nanoTime();
        environments.step(actions);
        long stepping = System.nanoTime() - started;
        float[] observations = environments.observations();
        double[] rewards = environments.rewards();
        boolean[] terminated = environments.terminated();
        boolean[] truncated = environments.truncated();
        int count = actions.length;
        ByteBuffer buffer = out.room(4 * observations.length + 10 * count + 8);
        int at = buffer.position();
        buffer.asFloatBuffer().put(observations);
        at += 4 * observations.length;
        buffer.position(at);
        buffer.asDoubleBuffer().put(rewards);
        at += 8 * count;
        for (int i = 0; i < count; i++) {
            buffer.put(at + i, (byte) (terminated[i] ? 1 : 0));
            buffer.put(at + count + i, (byte) (truncated[i] ? 1 : 0));
        }
        buffer.position(at + 2 * count);
        buffer.putLong(stepping);
    }

    void seeds(ByteBuffer in, Response out) {
        long[] seeds = VectorEnv.environmentSeeds(in.getLong(), environments.count());
        ByteBuffer buffer = out.room(8 * seeds.length);
        for (long seed : seeds) {
            buffer.putLong(seed);
        }
    }

    @Override
    public void close() {
        environments.close();
    }
}
