package dev.webhookinspector.ui;

import dev.webhookinspector.core.problem.ExitCode;
import java.util.List;
import javafx.application.Application;

/**
 * Starts the JavaFX window with the flags of {@link dev.webhookinspector.WindowFlag}. Kept apart from
 * Main so the command line never loads JavaFX.
 */
public final class WindowLauncher {
    /**
     * JavaFX warns on every start that the app runs from the class path, which it does on purpose
     * (see the packaging notes). Held here so the filter set on it is not garbage collected.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private WindowLauncher() {}

    public static void launch(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("webhook-inspector: " + e.getMessage());
            System.exit(ExitCode.USAGE.code());
            return;
        }
        // A run that ends by itself needs no screen to show anything on.
        if (options.automated()) Headless.prepareIfNoDisplay(System.getenv());
        // A bug on any thread must not dump a stack trace on the user; the window keeps running.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> System.err.println("webhook-inspector: internal error ("
                + e.getClass().getSimpleName() + " on " + thread.getName() + "). Please report what you were doing, without your API key."));
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        try {
            Application.launch(WebhookInspectorApp.class, args);
        } catch (RuntimeException e) {
            System.err.println("webhook-inspector: the window could not open (" + oneLine(e) + "). On a machine without a display, "
                    + "use the command line (" + howToRun("--help") + ") or render the window into a file ("
                    + howToRun("--demo --screenshot window.png") + ").");
            System.exit(ExitCode.LOCAL.code());
            return;
        }
        // Exit explicitly: the status carries a screenshot's failure, and no stray thread may keep the JVM up.
        System.exit(WebhookInspectorApp.exitStatus());
    }

    /**
     * A command the user can paste: jpackage's launcher sets {@code jpackage.app-path}; without it the app runs
     * from the sources, where the README's way in is Maven.
     */
    private static String howToRun(String args) {
        return System.getProperty("jpackage.app-path") != null ? "webhook-inspector " + args
                : "./mvnw -q compile exec:exec -Dapp.args=\"" + args + "\"";
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage();
        return (m == null || m.isBlank() ? root.getClass().getSimpleName() : m).replaceAll("\\s+", " ");
    }
}
