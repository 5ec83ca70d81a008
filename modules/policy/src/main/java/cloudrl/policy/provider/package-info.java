/** The policy module's plug-point providers: {@code threshold}, {@code hpa}, {@code random} and {@code maintain}. */
package cloudrl.policy.provider;
