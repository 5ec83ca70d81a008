/** The Swing window: panels, shortcuts, themes and remembered preferences. */
package cloudrl.ui.swing.window;
