/** The plugins folder watched while the window is open, and what each new discovery changed; free of Swing. */
package cloudrl.ui.swing.setup;
