/** Robust aggregate statistics over runs of several tasks, after Agarwal et al. (2021); see docs/statistics.md. */
package cloudrl.evaluation.statistics;
