/** PNG charts of a policy comparison, written atomically; see docs/evaluation.md. */
package cloudrl.charts;
