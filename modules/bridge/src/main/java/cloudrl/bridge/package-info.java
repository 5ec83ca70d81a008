/**
 * The bridge's server side: {@link cloudrl.bridge.BridgeMain} connects to the socket it is given and
 * answers the requests described in {@link cloudrl.bridge.Protocol}; {@link cloudrl.bridge.EnvironmentCatalog}
 * is the one place that lists environment ids and builds an environment from an id.
 */
package cloudrl.bridge;
