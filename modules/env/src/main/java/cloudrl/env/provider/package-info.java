/** The environment module's plug-point provider: the reference Gaussian workload. */
package cloudrl.env.provider;
