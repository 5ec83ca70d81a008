/** Writing an episode as CSV and files in general without leaving a half-written one behind. */
package cloudrl.ui.swing.export;
