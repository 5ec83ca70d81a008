/** The explorer's simulation side, free of Swing: one episode, its frames, playback off the EDT, batching. */
package cloudrl.ui.swing.session;
