/** Atomic file writing, and one-line reasons for file-system failures. */
package cloudrl.io;
