/** The single autoscaling environment, its configuration, tasks and episode recording. */
package cloudrl.env;
