package dev.webhookinspector.core.notify;

import java.util.Optional;
import java.util.function.Consumer;

/** Shows nothing; says once why, so the user learns that a watch will not notify. */
final class UnavailableNotifier implements Notifier {
    private final Availability availability = new Availability();

    UnavailableNotifier(String why) {
        availability.fail(why);
    }

    @Override public void show(Notification notification) {}

    @Override public void onActivated(Consumer<WebhookKey> handler) {}

    @Override public void onUnavailable(Consumer<String> handler) { availability.onUnavailable(handler); }

    @Override public Optional<String> unavailable() { return availability.reason(); }

    @Override public void close() {}
}
