package dev.webhookinspector.notify;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;

/** Threads that never keep the app alive, and errors as one line for the user instead of a stack trace. */
final class Threads {
    private Threads() {}

    static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** A new daemon thread per task: for a task that may hang, so it holds up nothing else. */
    static Executor oneShot(String name) {
        return r -> daemon(name).newThread(r).start();
    }

    /** "AuthenticationException: Failed to authenticate": never more than a line. */
    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && (root.getMessage() == null || root.getMessage().isBlank())) {
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getSimpleName() : root.getMessage();
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 199) + "…" : line;
    }
}
