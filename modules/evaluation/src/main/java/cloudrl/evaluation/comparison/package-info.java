/** Several policies on several tasks, played on the same episode seeds and compared with robust statistics; see docs/evaluation.md. */
package cloudrl.evaluation.comparison;
