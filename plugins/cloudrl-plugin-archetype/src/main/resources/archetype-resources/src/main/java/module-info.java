#set( $Part = $part.substring(0,1).toUpperCase() + $part.substring(1) )
/** The ${pluginId} ${part} for CloudRL: drop the jar into CloudRL's plugins folder. */
module ${package} {
    requires cloudrl.api;

    provides cloudrl.api.${Part}Provider with ${package}.${className}Provider;
}
