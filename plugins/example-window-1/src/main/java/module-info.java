/** A window of recent values with their mean, version 1.0.0; bundled by an example plugin. */
module com.example.window {
    exports com.example.window;
}
