/** Plugin discovery (built-ins and a plugins directory), the catalog of providers, and plug-point assembly. */
package cloudrl.plugins;
