/** Policy evaluation over seeded episodes, and the statistics that summarise it. */
package cloudrl.evaluation;
