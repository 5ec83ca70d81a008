/** The reward module's plug-point providers: {@code seed-shaped} and {@code sla}. */
package cloudrl.reward.provider;
