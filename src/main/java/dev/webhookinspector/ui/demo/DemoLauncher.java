package dev.webhookinspector.ui.demo;

/** Starts a demo session. Blocking (it opens a server socket): call it off the JavaFX thread. */
@FunctionalInterface
public interface DemoLauncher {
    DemoSession start() throws Exception;
}
