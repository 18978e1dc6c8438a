package dev.webhookinspector.ui.main;

import dev.webhookinspector.ui.AppServices;
import dev.webhookinspector.ui.LatestJob;
import dev.webhookinspector.ui.demo.DemoSession;
import dev.webhookinspector.ui.demo.DemoWebhook;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Demo mode: starting the built-in simulator (cancellable, like a fetch), the webhooks it serves, and
 * stopping it when the window closes. A simulator that finishes starting after a cancel is stopped at once.
 */
public final class DemoMode {
    private final AppServices services;
    private final LatestJob job;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ObservableList<DemoWebhook> webhooks = FXCollections.observableArrayList();
    private final ObservableList<DemoWebhook> webhooksView = FXCollections.unmodifiableObservableList(webhooks);
    private DemoSession session;

    /** Where a test delivery for {@code webhook} goes in the demo: the simulator's receiver, while the demo runs. */
    public java.util.Optional<java.net.URI> receiverFor(dev.webhookinspector.core.model.Snapshot webhook) {
        return session == null ? java.util.Optional.empty() : session.receiverFor(webhook);
    }

    public DemoMode(AppServices services) {
        this.services = services;
        this.job = new LatestJob(services.runner());
    }

    /** True once the simulator answers. */
    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }

    public ObservableList<DemoWebhook> webhooks() { return webhooksView; }

    public ReadOnlyBooleanProperty startingProperty() { return job.runningProperty(); }

    public ReadOnlyStringProperty messageProperty() { return job.messageProperty(); }

    /** Starts the simulator; {@code started} gets the session, {@code failed} what stopped it. */
    void start(Consumer<DemoSession> started, Consumer<Exception> failed) {
        if (active.get() || job.runningProperty().get()) return;
        job.start("Starting the demo…", services.demo()::start, s -> {
            session = s;
            webhooks.setAll(s.webhooks());
            active.set(true);
            started.accept(s);
        }, failed, DemoSession::close);
    }

    boolean cancel() {
        return job.cancel();
    }

    /** Stops the simulator; called when the window closes. */
    void close() {
        job.cancel();
        if (session != null) session.close();
        session = null;
    }
}
