package cloudrl.bridge;

import cloudrl.api.Action;
import cloudrl.api.GradeReport;
import cloudrl.api.Observation;
import cloudrl.api.ResetResult;
import cloudrl.api.StepResult;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.EpisodeRecorder;
import cloudrl.grader.EpisodeGrader;
import cloudrl.ui.swing.EpisodePlot;

import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;

/**
 * One single environment served to Python: resets, steps with the step's info, the grade when an
 * episode ends, and the explorer's charts of the episode so far as RGB pixels.
 */
final class EpisodeServer {

    private final CloudEnvironment environment;
    private final String title;
    private final EpisodeRecorder recorder = new EpisodeRecorder();
    private final EpisodeGrader grader = new EpisodeGrader();
    private boolean started;

    EpisodeServer(CloudEnvironment environment, String title) {
        this.environment = environment;
        this.title = title;
    }

    void reset(ByteBuffer in, Response out) {
        boolean seeded = in.get() != 0;
        long seed = in.getLong();
        ResetResult reset = seeded ? environment.reset(seed) : environment.reset();
        recorder.begin(reset);
        started = true;
        putObservation(out, reset.observation());
        out.room(12).putInt(reset.info().step()).putDouble(reset.info().latency());
    }

    void step(ByteBuffer in, Response out) {
        Action action = Action.of(in.getInt());
        StepResult result = environment.step(action);
        recorder.record(action, result);
        putObservation(out, result.observation());
        out.room(18).putDouble(result.reward())
                .put((byte) (result.terminated() ? 1 : 0))
                .put((byte) (result.truncated() ? 1 : 0))
                .putInt(result.info().step());
        out.room(8).putDouble(result.info().latency());
        Protocol.putNamedValues(out, result.info().rewardComponents());
        // off the reference: booting servers, the step's cost, the cost so far, budget left, violations
        Protocol.putNamedValues(out, result.info().fleet());
        boolean ended = result.terminated() || result.truncated();
        out.room(1).put((byte) (ended ? 1 : 0));
        if (ended) {
            putGrade(out, grader.grade(recorder.episode()));
        }
    }

    void render(ByteBuffer in, Response out) {
        int width = in.getInt();
        int height = in.getInt();
        if (!started) {
            throw new IllegalStateException("render() called before reset(): there is no episode to draw yet");
        }
        BufferedImage image = EpisodePlot.render(recorder.episode(), environment.config().maxSteps(), title, width,
                height);
        ByteBuffer pixels = out.room(8 + width * height * 3);
        pixels.putInt(width).putInt(height);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int rgb : row) {
                pixels.put((byte) (rgb >> 16)).put((byte) (rgb >> 8)).put((byte) rgb);
            }
        }
    }

    private void putObservation(Response out, Observation observation) {
        float[] values = observation.toArray();
        ByteBuffer buffer = out.room(4 * values.length);
        for (float value : values) {
            buffer.putFloat(value);
        }
    }

    // Every component of the grade report by its record name, with a kind byte: 0 real, 1 boolean, 2 count.
    private static void putGrade(Response out, GradeReport grade) {
        RecordComponent[] components = GradeReport.class.getRecordComponents();
        out.room(4).putInt(components.length);
        for (RecordComponent component : components) {
            Object value;
            try {
                value = component.getAccessor().invoke(grade);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of the grade report", e);
            }
            Protocol.putString(out, component.getName());
            ByteBuffer buffer = out.room(9);
            if (value instanceof Boolean flag) {
                buffer.put((byte) 1).putDouble(flag ? 1 : 0);
            } else if (value instanceof Integer count) {
                buffer.put((byte) 2).putDouble(count);
            } else {
                buffer.put((byte) 0).putDouble(((Number) value).doubleValue());
            }
        }
    }
}
