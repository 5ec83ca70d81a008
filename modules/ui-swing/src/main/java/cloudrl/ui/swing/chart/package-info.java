/** The episode charts: their data, their JFreeChart form, and painting them into an image. */
package cloudrl.ui.swing.chart;
