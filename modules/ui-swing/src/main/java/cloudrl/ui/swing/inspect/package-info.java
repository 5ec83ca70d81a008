/** What a policy would do and what the reward pays, over grids of states, free of Swing. */
package cloudrl.ui.swing.inspect;
