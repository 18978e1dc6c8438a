package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.problem.Problem;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.ProviderDescriptor;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.core.text.SafeText;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * State of the whole right-hand side: nothing loaded, a fetched snapshot split into panels, or an
 * error with Retry. Call everything on the JavaFX thread; nothing here blocks.
 */
public final class InspectorViewModel {
    public enum Mode { EMPTY, SNAPSHOT, ERROR }

    /** A short message for the user, such as "Secret copied"; the serial makes a repeat visible. */
    public record Notice(String text, long serial) {}

    private final Clock clock;
    private final AtomicLong serial = new AtomicLong();
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.EMPTY);
    private final ReadOnlyObjectWrapper<FetchResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper failuresShown = new javafx.beans.property.ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> now;
    private final HeaderViewModel header;
    private final OverviewViewModel overview;
    private final FieldsViewModel fields;
    private final FailuresViewModel failures;
    private final RawJsonViewModel raw;
    private final RequestViewModel request;
    private final ErrorViewModel error = new ErrorViewModel();
    private final LabViewModel lab;
    private final HistoryViewModel history;

    /** Copies to the system clipboard and tells time by the system clock in the local zone. */
    public InspectorViewModel() {
        this(Copier.system(), Clock.systemDefaultZone());
    }

    /**
     * @param clock the zone of this clock is the "local time" every panel shows
     */
    public InspectorViewModel(Copier copier, Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        this.now = new ReadOnlyObjectWrapper<>(clock.instant());
        Context ctx = new Context(Objects.requireNonNull(copier), this::announce, now::get, clock.getZone());
        header = new HeaderViewModel(ctx);
        overview = new OverviewViewModel(ctx);
        fields = new FieldsViewModel(ctx);
        failures = new FailuresViewModel(ctx);
        raw = new RawJsonViewModel(ctx);
        request = new RequestViewModel(ctx);
        lab = new LabViewModel(clock);
        history = new HistoryViewModel(clock);
    }

    /** Shows a fetched snapshot in every panel, preparing it here (the app prepares it off the JavaFX thread). */
    public void show(FetchResult fetched) {
        show(PreparedSnapshot.of(Objects.requireNonNull(fetched), clock.getZone()));
    }

    /** Shows a snapshot prepared by {@link PreparedSnapshot#of}: only hands its parts to the panels. */
    public void show(PreparedSnapshot p) {
        Objects.requireNonNull(p);
        if (!p.zone().equals(clock.getZone())) p = PreparedSnapshot.of(p.fetched(), clock.getZone()).withRecorded(p.recorded());
        now.set(clock.instant());
        header.show(p.shown(), p.provider());
        header.showRecorded(p.recorded());
        fields.markChanges(p.recorded().changes());
        history.show(p.fetched(), p.recorded());
        overview.show(p.shown(), p.provider());
        fields.show(p.fields());
        failures.show(p.failures());
        failuresShown.set(p.provider().reports().reportsFailures());
        raw.show(p.masked().raw(), p.rawLines());
        request.show(p.fetched());
        lab.show(p.fetched());
        error.clear();
        result.set(p.fetched());
        title.set(p.shown().title());
        mode.set(Mode.SNAPSHOT);
    }

    /** Shows what went wrong and what to do; {@code retry} runs when the user presses Retry. */
    public void showError(FetchException e, Runnable retry) {
        showError(e.problem(), retry);
    }

    public void showError(Problem problem, Runnable retry) {
        error.show(Objects.requireNonNull(problem), retry);
        result.set(null);
        title.set("");
        mode.set(Mode.ERROR);
    }

    public void clear() {
        header.clear();
        overview.clear();
        fields.clear();
        failures.clear();
        raw.clear();
        request.clear();
        lab.clear();
        history.clear();
        error.clear();
        result.set(null);
        title.set("");
        mode.set(Mode.EMPTY);
    }

    /** Moves "now" forward so every relative time ("3 hours ago") stays true; the view calls it each minute. */
    public void tick() {
        now.set(clock.instant());
        header.refresh();
        overview.refresh();
        request.refresh();
    }

    private void announce(String text) {
        notice.set(new Notice(text, serial.incrementAndGet()));
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() { return mode.getReadOnlyProperty(); }
    /** The shown fetch, or null in the empty and error states. */
    public ReadOnlyObjectProperty<FetchResult> resultProperty() { return result.getReadOnlyProperty(); }
    /** The webhook's name or ID, for a window title; empty when nothing is shown. */
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /** False for a provider whose API reports no failures at all (v0): the Failures tab would always be empty. */
    public javafx.beans.property.ReadOnlyBooleanProperty failuresShownProperty() { return failuresShown.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Instant> nowProperty() { return now.getReadOnlyProperty(); }
    /** The zone every panel shows local times in. */
    public java.time.ZoneId zone() { return clock.getZone(); }
    public HeaderViewModel header() { return header; }
    public OverviewViewModel overview() { return overview; }
    public FieldsViewModel fields() { return fields; }
    public FailuresViewModel failures() { return failures; }
    public RawJsonViewModel raw() { return raw; }
    public RequestViewModel request() { return request; }
    public LabViewModel lab() { return lab; }
    public HistoryViewModel history() { return history; }
    public ErrorViewModel error() { return error; }
}
