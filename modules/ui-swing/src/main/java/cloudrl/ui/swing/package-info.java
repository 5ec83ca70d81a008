/** Entry points of the desktop explorer: open the window, render an episode's charts to a PNG. */
package cloudrl.ui.swing;
