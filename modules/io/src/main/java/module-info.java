/** Writing files safely: one atomic-write helper for every output CloudRL produces. */
module cloudrl.io {
    exports cloudrl.io;
}
