package dev.webhookinspector.ui.main;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.problem.Remedy;
import dev.webhookinspector.core.profile.ProfileException;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.text.SafeText;
import dev.webhookinspector.ui.AppServices;
import dev.webhookinspector.ui.LatestJob;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Fetching one webhook, as the user starts it (Enter, Fetch, F5, a recent or demo ID, Retry): whether
 * it can run, whether it runs, how the last one ended, and cancellation. The snapshot or the error goes
 * to the inspector; a result that arrives after a cancel or after a newer fetch started is dropped.
 */
public final class FetchCommand {
    /** Which profile and which ID: what Refresh and Retry fetch again. */
    public record Target(ProfileChoice profile, String id) {}

    /** How a fetch ended, as the status bar tells it. */
    public sealed interface Outcome permits Fetched, Failed {
        Target target();

        Instant at();

        Duration took();

        /** 0 when no HTTP answer came. */
        int httpStatus();

        /** One line for the status bar. */
        String summary();
    }

    public record Fetched(Target target, FetchResult result) implements Outcome {
        @Override public Instant at() { return result.fetchedAt(); }

        @Override public Duration took() { return result.duration(); }

        @Override public int httpStatus() { return result.httpStatus(); }

        @Override public String summary() {
            return "Fetched " + SafeText.terminal(result.snapshot().title()) + (result.attempts() > 1 ? " after " + result.attempts() + " attempts." : ".");
        }
    }

    /** @param error what the fetch threw, untouched */
    public record Failed(Target target, Exception error, String summary, int httpStatus, Instant at, Duration took) implements Outcome {}

    private final AppServices services;
    private final ResultSink inspector;
    private final Supplier<Duration> timeout;
    private final LatestJob job;
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper(this, "canRun");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyObjectWrapper<Target> lastTarget = new ReadOnlyObjectWrapper<>(this, "lastTarget");

    /** @param otherWork true while other work of the window runs (the demo starting), which a fetch waits for */
    public FetchCommand(AppServices services, ResultSink inspector, ObservableBooleanValue otherWork) {
        this(services, inspector, otherWork, () -> Connection.DEFAULT_TIMEOUT);
    }

    /** @param timeout how long a fetch may take, read when it starts: the window's setting */
    public FetchCommand(AppServices services, ResultSink inspector, ObservableBooleanValue otherWork, Supplier<Duration> timeout) {
        this.timeout = timeout;
        this.services = services;
        this.inspector = inspector;
        this.job = new LatestJob(services.runner());
        canRun.bind(job.runningProperty().not().and(Bindings.not(otherWork)));
    }

    public ReadOnlyBooleanProperty canRunProperty() { return canRun.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty runningProperty() { return job.runningProperty(); }

    /** "Fetching … from …" while running. */
    public ReadOnlyStringProperty messageProperty() { return job.messageProperty(); }

    /** How the last fetch ended; null before the first, while one runs, and after a cancel. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }

    /** The webhook the inspector shows (or failed to show), for Refresh; null after {@link #forget()}. */
    public ReadOnlyObjectProperty<Target> lastTargetProperty() { return lastTarget.getReadOnlyProperty(); }

    /** Fetches {@code target} unless work runs; {@code then} runs after the outcome, not after a cancel. */
    public void run(Target target, Runnable then) {
        if (!canRun.get()) return;
        outcome.set(null);
        long started = System.nanoTime();
        job.start("Fetching " + target.id() + " from " + target.profile().provider().displayName() + "…",
                () -> {
                    FetchResult fetched = services.fetcher().fetch(connect(target.profile()), target.id());
                    inspector.prepare(fetched, target.profile() instanceof ProfileChoice.Saved saved
                            ? java.util.Optional.of(saved.name()) : java.util.Optional.empty());
                    return fetched;
                },
                result -> {
                    succeeded(target, result);
                    if (then != null) then.run();
                },
                error -> {
                    failed(target, error, Duration.ofNanos(System.nanoTime() - started));
                    if (then != null) then.run();
                },
                stale -> { });
    }

    /**
     * Shows a webhook a list already loaded, as if fetched: the inspector, Refresh and the status bar treat it alike,
     * and no request is sent. A running fetch is dropped, so its answer cannot replace this one.
     */
    public void show(Target target, FetchResult result) {
        job.cancel();
        outcome.set(null);
        succeeded(target, result);
    }

    /** Stops the running fetch at once; the worker is interrupted, which aborts its HTTP request. False when none ran. */
    public boolean cancel() {
        return job.cancel();
    }

    /** Empties the inspector and forgets the last webhook, as when another profile is chosen. */
    public void forget() {
        inspector.clear();
        lastTarget.set(null);
        outcome.set(null);
    }

    private void succeeded(Target target, FetchResult result) {
        lastTarget.set(target);
        inspector.show(result);
        outcome.set(new Fetched(target, result));
    }

    /** The one place a failed fetch is put into words: the error panel and the status bar get the same problem. */
    private void failed(Target target, Exception error, Duration took) {
        // A profile's problem (locked store, wrong passphrase, missing key) keeps its own kind and remedies.
        FetchException failure = switch (error) {
            case FetchException fe -> fe;
            case ProfileException pe -> new FetchException(pe.problem());
            default -> new FetchException(ProblemKind.INTERNAL, "Something went wrong inside Webhook Inspector ("
                    + error.getClass().getSimpleName() + ")", Remedy.REPORT_BUG);
        };
        lastTarget.set(target);
        inspector.showError(failure, () -> run(target, null));
        outcome.set(new Failed(target, error, failure.problem().summary(), failure.httpStatus(), Instant.now(), took));
    }

    private Connection connect(ProfileChoice profile) throws ProfileException {
        Duration limit = timeout.get();
        return switch (profile) {
            case ProfileChoice.Demo d -> {
                yield d.connection().withTimeout(limit);
            }
            case ProfileChoice.Saved s -> services.profiles().connect(s.profile(), limit);
        };
    }
}
