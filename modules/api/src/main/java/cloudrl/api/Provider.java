package cloudrl.api;

import java.util.List;

/**
 * What every provider of a plug point tells about itself: a stable id users select it by, a
 * one-line description, and the parameters its {@code create} method accepts. Providers are found
 * with {@link java.util.ServiceLoader}, so an implementation needs a public no-argument
 * constructor (or a public static {@code provider()} method) that does no heavy work.
 *
 * @see PolicyProvider
 * @see RewardProvider
 * @see WorkloadProvider
 */
public interface Provider {

    /** Lower-case letters, digits and inner dashes, starting with a letter: what {@link #id()} must match. */
    String ID_PATTERN = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

    /** The id users select this provider by, such as {@code diurnal}; unique within its plug point. */
    String id();

    /** One line saying what the created instance does. */
    String description();

    /** The parameters {@code create} accepts, each with its default; empty when it takes none. */
    default List<Parameter> parameters() {
        return List.of();
    }

    /** Which plug point this provider serves. */
    PlugPoint plugPoint();
}
