/** Several policies on the same seeds, free of Swing: one episode each side by side, and N episodes each summarised. */
package cloudrl.ui.swing.compare;
