package dev.webhookinspector.ui.demo;

import dev.webhookinspector.ui.profiles.ProfileChoice;
import java.util.List;

/** A running demo: the simulator on loopback, one in-memory profile per provider, and its webhooks. */
public interface DemoSession extends AutoCloseable {
    List<ProfileChoice.Demo> profiles();

    List<DemoWebhook> webhooks();

    /** Stops the simulator. */
    @Override void close();
}
