/**
 * The hindsight optimum: the best return on one episode's window with its rates known in advance,
 * an upper bound for any policy on traffic (a trace) that no exact planner can model.
 */
package cloudrl.evaluation.hindsight;
