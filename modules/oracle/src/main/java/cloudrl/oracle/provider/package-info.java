/** The oracle module's plug-point provider: the {@code oracle} policy, which plays the exact optimal plan. */
package cloudrl.oracle.provider;
