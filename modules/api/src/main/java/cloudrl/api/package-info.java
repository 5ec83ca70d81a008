/** The environment contract, its value types and the plug-point interfaces. */
package cloudrl.api;
