/** Checks that any {@link cloudrl.api.Environment} keeps the contract, in the manner of Gymnasium's env checker. */
module cloudrl.check {
    requires transitive cloudrl.api;

    exports cloudrl.check;
}
