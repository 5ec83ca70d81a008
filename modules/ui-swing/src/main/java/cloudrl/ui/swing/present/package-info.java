/** What the window shows, as text and colours computed without Swing, so it is tested headless. */
package cloudrl.ui.swing.present;
