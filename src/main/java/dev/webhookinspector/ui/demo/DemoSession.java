package dev.webhookinspector.ui.demo;

import dev.webhookinspector.ui.profiles.ProfileChoice;
import java.util.List;

/** A running demo: the simulator on loopback, one in-memory profile per provider, and its webhooks. */
public interface DemoSession extends AutoCloseable {
    List<ProfileChoice.Demo> profiles();

    List<DemoWebhook> webhooks();

    /** The simulator's receiver for one of its webhooks, where the demo's test deliveries go; empty for others. */
    default java.util.Optional<java.net.URI> receiverFor(dev.webhookinspector.core.model.Snapshot webhook) {
        return java.util.Optional.empty();
    }

    /** Stops the simulator. */
    @Override void close();
}
