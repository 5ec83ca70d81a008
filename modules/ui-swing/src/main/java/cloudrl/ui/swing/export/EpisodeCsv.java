package cloudrl.ui.swing.export;

import cloudrl.api.Action;
import cloudrl.api.Episode;
import cloudrl.api.Observation;
import cloudrl.api.StepInfo;
import cloudrl.io.AtomicFile;
import cloudrl.ui.swing.present.RewardParts;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An episode as CSV: one row for the reset state (step 0, no action or reward), then one per step.
 * Columns: step, action, cpu, memory, request_rate, servers, latency, reward, cumulative_reward, one
 * {@code reward_<part>} column per reward part, and ending ({@code instability} or {@code time_limit}
 * on the last row of an ended episode, empty elsewhere). Numbers use a dot and full precision.
 */
public final class EpisodeCsv {

    private EpisodeCsv() {
    }

    /** Writes {@code episode} to {@code target} atomically, in UTF-8. */
    public static void write(Episode episode, Path target) throws IOException {
        AtomicFile.write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            write(episode, writer);
            writer.flush();
        });
    }

    /** Writes {@code episode} to {@code out}; does not close it. */
    public static void write(Episode episode, Writer out) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (StepInfo info : episode.infos()) {
            names.addAll(info.rewardComponents().keySet());
        }
        List<String> parts = RewardParts.ordered(names);

        StringBuilder header = new StringBuilder(
                "step,action,cpu,memory,request_rate,servers,latency,reward,cumulative_reward");
        for (String part : parts) {
            header.append(",reward_").append(part);
        }
        out.write(header.append(",ending\n").toString());

        Observation initial = episode.initial();
        StringBuilder row = new StringBuilder();
        state(row.append("0,,"), initial, initial.latency());
        row.append(",,0").append(",".repeat(parts.size())).append(",\n");
        out.write(row.toString());

        double cumulative = 0;
        int steps = episode.steps();
        for (int i = 0; i < steps; i++) {
            Action action = episode.actions().get(i);
            StepInfo info = episode.infos().get(i);
            double reward = episode.rewards().get(i);
            cumulative += reward;
            row.setLength(0);
            row.append(i + 1).append(',').append(action.toString()).append(',');
            state(row, episode.states().get(i), info.latency());
            row.append(',').append(reward).append(',').append(cumulative);
            for (String part : parts) {
                Double value = info.rewardComponents().get(part);
                row.append(',').append(value == null ? "" : value.toString());
            }
            row.append(',');
            if (i == steps - 1 && episode.done()) {
                row.append(episode.terminated() ? "instability" : "time_limit");
            }
            out.write(row.append('\n').toString());
        }
    }

    private static void state(StringBuilder row, Observation state, double latency) {
        row.append(state.cpu()).append(',').append(state.memory()).append(',').append(state.requestRate())
                .append(',').append(state.servers()).append(',').append(latency);
    }
}
