package cloudrl.api;

/** Scores a whole episode. */
public interface Grader {

    /**
     * Grades {@code episode}.
     *
     * @throws IllegalArgumentException when the episode has no steps
     */
    GradeReport grade(Episode episode);
}
