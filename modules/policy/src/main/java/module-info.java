/** Policies built into CloudRL; for now the reference threshold heuristic. */
module cloudrl.policy {
    requires transitive cloudrl.api;

    exports cloudrl.policy;
}
