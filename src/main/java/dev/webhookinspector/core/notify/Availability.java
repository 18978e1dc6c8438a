package dev.webhookinspector.core.notify;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The "tell the user once" part every {@link Notifier} shares: the first reason it cannot notify wins, and
 * the handler hears of it exactly once, whether it was set before or after.
 */
public final class Availability {
    public static final String PREFIX = "Desktop notifications are unavailable: ";
    private String reason;
    private Consumer<String> handler;
    private boolean told;

    /** @param why lower-case, no full stop: "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)" */
    public void fail(String why) {
        Consumer<String> h;
        synchronized (this) {
            if (reason != null) return;
            reason = PREFIX + why + ".";
            h = takeHandler();
        }
        tell(h);
    }

    public void onUnavailable(Consumer<String> h) {
        synchronized (this) {
            handler = h;
            h = reason == null ? null : takeHandler();
        }
        tell(h);
    }

    public synchronized Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public synchronized boolean isUnavailable() {
        return reason != null;
    }

    private Consumer<String> takeHandler() {
        if (told || handler == null) return null;
        told = true;
        return handler;
    }

    private void tell(Consumer<String> h) {
        if (h == null) return;
        String r = reason().orElseThrow();
        try {
            h.accept(r);
        } catch (RuntimeException ignored) {
            // The caller's own handler failing must not break the notifier; it has its own error reporting.
        }
    }
}
