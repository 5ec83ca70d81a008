/** Workload models: diurnal, bursty, AR(1) and trace replay; usable directly or through their providers. */
package cloudrl.workload;
