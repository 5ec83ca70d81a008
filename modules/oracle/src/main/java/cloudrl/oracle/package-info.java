/** Exact planning and exact policy evaluation over the autoscaling MDP. */
package cloudrl.oracle;
