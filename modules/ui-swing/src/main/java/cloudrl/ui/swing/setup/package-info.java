/** What the window sets up episodes from, free of Swing: the discovered providers, the checks of a set-up, the watched plugins folder. */
package cloudrl.ui.swing.setup;
