/** Built-in scaling policies. */
package cloudrl.policy;
