/** Scores whole episodes for stability, efficiency and performance. */
module cloudrl.grader {
    requires transitive cloudrl.api;

    exports cloudrl.grader;
}
