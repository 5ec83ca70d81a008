/** The seed's shaped reward: utilisation kept in a target band, servers cost, mixed states penalised. */
module cloudrl.reward {
    requires transitive cloudrl.api;

    exports cloudrl.reward;
}
