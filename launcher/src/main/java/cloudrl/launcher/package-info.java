/** The command line: subcommands, their options, and how results are printed. */
package cloudrl.launcher;
