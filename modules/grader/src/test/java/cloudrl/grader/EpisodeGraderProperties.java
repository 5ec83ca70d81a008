package cloudrl.grader;

import cloudrl.api.Action;
import cloudrl.api.Episode;
import cloudrl.api.GradeReport;
import cloudrl.api.Observation;
import cloudrl.api.StepInfo;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EpisodeGraderProperties {

    record Step(Observation state, double reward) {
    }

    @Property
    void everyScoreLiesInTheUnitInterval(@ForAll("episodes") Episode episode) {
        GradeReport report = new EpisodeGrader().grade(episode);
        for (double score : new double[] {report.finalScore(), report.stabilityScore(), report.efficiencyScore(),
                report.performanceScore()}) {
            assertTrue(score >= 0 && score <= 1, () -> "score " + score + " in " + report);
        }
        assertEquals(episode.steps(), report.steps());
        assertEquals(report.passed(), !episode.terminated());
    }

    @Provide
    Arbitrary<Episode> episodes() {
        Arbitrary<Observation> states = Combinators.combine(Arbitraries.doubles().between(0, 100),
                Arbitraries.doubles().between(0, 100), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(1, 1000)).as(Observation::new);
        Arbitrary<Step> steps = Combinators.combine(states, Arbitraries.doubles().between(0, 1)).as(Step::new);
        return Combinators.combine(steps.list().ofMinSize(1).ofMaxSize(200), Arbitraries.of(true, false))
                .as((list, terminated) -> new Episode(list.get(0).state(),
                        list.stream().map(s -> Action.MAINTAIN).toList(),
                        list.stream().map(Step::state).toList(),
                        list.stream().map(Step::reward).toList(),
                        list.stream().map(s -> new StepInfo(1, s.state().latency(), Map.of())).toList(),
                        terminated, !terminated));
    }

    @Property
    void steadierUtilisationNeverLowersStability(@ForAll("episodes") Episode episode) {
        // replacing every state by the mean state removes all variance
        GradeReport report = new EpisodeGrader().grade(episode);
        Observation flat = new Observation(report.avgCpu(), report.avgMemory(), 0, 1);
        Episode steady = new Episode(episode.initial(), episode.actions(),
                Collections.nCopies(episode.steps(), flat), episode.rewards(), episode.infos(),
                episode.terminated(), episode.truncated());
        assertEquals(1.0, new EpisodeGrader().grade(steady).stabilityScore(), 1e-9);
        assertTrue(report.stabilityScore() <= 1.0);
    }
}
