/** The workload module's plug-point providers, found by ServiceLoader and not exported. */
package cloudrl.workload.provider;
