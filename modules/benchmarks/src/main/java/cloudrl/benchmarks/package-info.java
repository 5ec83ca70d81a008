/** Throughput and allocation benchmarks of the environments, and the preset that runs a short set of them. */
package cloudrl.benchmarks;
