package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.history.Change;
import dev.webhookinspector.core.history.RecordedFailure;
import dev.webhookinspector.core.history.RecordedSnapshot;
import dev.webhookinspector.core.history.WebhookHistory;
import dev.webhookinspector.core.history.WebhookKey;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.report.Report;
import dev.webhookinspector.core.report.ReportHtml;
import dev.webhookinspector.core.report.ReportJson;
import dev.webhookinspector.core.report.ReportMarkdown;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.text.SafeText;
import dev.webhookinspector.ui.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The History tab: the shown webhook's recorded fetches as a timeline, its failure log, a diff between any two
 * fetches, Clear history and Export report. Reads the store through the task runner only when the tab asks.
 */
public final class HistoryViewModel {
    public enum State { EMPTY, LOADING, LOADED }

    /** One recorded fetch as the chart draws it. */
    public record Point(Instant at, Verdict verdict, int failures) {}

    /** One row of the failure log, worded for the table. */
    public record FailureRow(String time, String message, String firstSeen, String lastSeen) {}

    public enum Format {
        MARKDOWN("Markdown", "md"), HTML("HTML", "html"), JSON("JSON", "json");

        private final String label;
        private final String extension;

        Format(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }

        public String label() { return label; }
        public String extension() { return extension; }
    }

    private final Clock clock;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.EMPTY);
    private final ReadOnlyStringWrapper emptyTitle = new ReadOnlyStringWrapper("No history yet");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ObservableList<Point> points = FXCollections.observableArrayList();
    private final ObservableList<FailureRow> failures = FXCollections.observableArrayList();
    private final ObservableList<Instant> times = FXCollections.observableArrayList();
    private final ObjectProperty<Instant> from = new SimpleObjectProperty<>();
    private final ObjectProperty<Instant> to = new SimpleObjectProperty<>();
    private final ObservableList<String> diff = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper confirmingClear = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private TaskRunner runner;
    private HistoryService service;
    private Function<Format, Optional<Path>> fileTarget = f -> Optional.empty();
    private FetchResult fetched;
    private Recorded recorded = Recorded.NONE;
    private WebhookHistory history;
    private boolean stale = true;

    HistoryViewModel(Clock clock) {
        this.clock = clock;
        from.addListener((o, a, b) -> compare());
        to.addListener((o, a, b) -> compare());
    }

    /** Where the history is read from; without it, every webhook shows "No history yet". */
    public void setServices(TaskRunner runner, HistoryService service) {
        this.runner = runner;
        this.service = service;
        stale = true;
    }

    /** Asks where to write a report (the view's file chooser; a test's own path); empty when the user cancels. */
    public void setFileTarget(Function<Format, Optional<Path>> fileTarget) { this.fileTarget = fileTarget; }

    void show(FetchResult fetched, Recorded recorded) {
        this.fetched = fetched;
        this.recorded = recorded;
        canExport.set(true);
        stale = true;
        confirmingClear.set(false);
        notice.set("");
    }

    void clear() {
        fetched = null;
        recorded = Recorded.NONE;
        history = null;
        canExport.set(false);
        stale = true;
        empty("");
    }

    /** Called when the tab is shown: reads the store once per fetch shown. */
    public void load() {
        if (!stale) return;
        stale = false;
        Optional<WebhookKey> key = recorded.key();
        if (key.isEmpty() || service == null || runner == null) {
            history = null;
            empty(fetched == null ? "" : "No history yet. Demo webhooks are not recorded; webhooks fetched through a saved profile are, each time.");
            return;
        }
        state.set(State.LOADING);
        busy.set(true);
        runner.run(() -> service.load(key.get()), this::loaded, e -> {
            busy.set(false);
            empty("The history could not be read: " + SafeText.terminal(String.valueOf(e.getMessage())));
        });
    }

    private void loaded(WebhookHistory h) {
        busy.set(false);
        history = h;
        if (h.timeline().size() < 2) {
            empty("No history yet. This is the first fetch recorded for this webhook; fetch it again later to see what changes.");
            return;
        }
        points.setAll(h.timeline().stream().map(s -> new Point(s.fetchedAt(), s.verdict(), s.failureCount())).toList());
        failures.setAll(h.failures().stream().map(this::row).toList());
        List<Instant> at = h.timeline().stream().map(RecordedSnapshot::fetchedAt).toList().reversed();
        times.setAll(at);
        int n = h.timeline().size();
        summary.set(Formats.count(n) + (n == 1 ? " fetch" : " fetches") + " recorded since "
                + Formats.absolute(h.timeline().getFirst().fetchedAt(), clock.getZone()) + " · "
                + Formats.count(h.failures().size(), "failure") + " in the log");
        state.set(State.LOADED);
        to.set(at.getFirst());
        from.set(at.get(1));
    }

    private FailureRow row(RecordedFailure f) {
        String message = f.failure().code() == null ? f.failure().message() : f.failure().code() + " " + f.failure().message();
        Instant t = f.failure().timestamp();
        return new FailureRow(t == null ? "" : Formats.compact(t, clock.getZone()), SafeText.terminal(message.strip()),
                Formats.compact(f.firstSeen(), clock.getZone()), Formats.compact(f.lastSeen(), clock.getZone()));
    }

    private void empty(String text) {
        points.clear();
        failures.clear();
        times.clear();
        diff.clear();
        summary.set("");
        emptyTitle.set("No history yet");
        emptyText.set(text);
        state.set(State.EMPTY);
    }

    private void compare() {
        Instant a = from.get();
        Instant b = to.get();
        Optional<WebhookKey> key = recorded.key();
        if (a == null || b == null || key.isEmpty() || service == null || state.get() != State.LOADED) {
            diff.clear();
            return;
        }
        if (a.equals(b)) {
            diff.setAll("Pick two different fetches to compare.");
            return;
        }
        Instant older = a.isBefore(b) ? a : b;
        Instant newer = a.isBefore(b) ? b : a;
        runner.run(() -> service.diff(key.get(), older, newer), changes -> {
            if (!a.equals(from.get()) || !b.equals(to.get())) return;
            diff.setAll(changes.isEmpty() ? List.of("Nothing changed between these fetches.")
                    : changes.stream().map(Change::wording).map(SafeText::terminal).toList());
        }, e -> diff.setAll("The fetches could not be compared: " + SafeText.terminal(String.valueOf(e.getMessage()))));
    }

    /** A time in the diff's pickers, in the panels' local time. */
    public String timeLabel(Instant t) {
        return t == null ? "" : Formats.compact(t, clock.getZone());
    }

    public void requestClear() { confirmingClear.set(true); }

    public void cancelClear() { confirmingClear.set(false); }

    /** Deletes this webhook's history from the store, then shows the empty state. */
    public void confirmClear() {
        confirmingClear.set(false);
        Optional<WebhookKey> key = recorded.key();
        if (key.isEmpty() || service == null) return;
        busy.set(true);
        runner.run(() -> {
            service.clear(key.get());
            return true;
        }, ok -> {
            busy.set(false);
            history = null;
            empty("History cleared. The next fetch starts it again.");
            emptyTitle.set("History cleared");
            notice.set("History of this webhook cleared.");
        }, e -> {
            busy.set(false);
            notice.set("The history could not be cleared: " + SafeText.terminal(String.valueOf(e.getMessage())));
        });
    }

    /** Writes a report of the shown fetch and its history, in {@code format}, where the user chooses. */
    public void export(Format format) {
        if (fetched == null) return;
        Optional<Path> target = fileTarget.apply(format);
        if (target.isEmpty()) return;
        Report report = Report.of(fetched, Optional.ofNullable(history), recorded.changes(), clock.instant());
        Path file = target.get();
        busy.set(true);
        runner.run(() -> {
            String text = switch (format) {
                case MARKDOWN -> ReportMarkdown.render(report);
                case HTML -> ReportHtml.render(report);
                case JSON -> ReportJson.render(report).toPrettyString() + "\n";
            };
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        }, f -> {
            busy.set(false);
            notice.set(format.label() + " report saved as " + f.getFileName() + ".");
        }, e -> {
            busy.set(false);
            notice.set("The report could not be saved: " + SafeText.terminal(String.valueOf(e.getMessage())));
        });
    }

    /** A default file name for a report, such as "webhook-6650c3e2-report.md". */
    public String suggestedName(Format format) {
        String id = fetched == null ? "webhook" : fetched.snapshot().id().replaceAll("[^A-Za-z0-9_-]", "");
        return "webhook-" + (id.length() > 12 ? id.substring(0, 12) : id) + "-report." + format.extension();
    }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyStringProperty emptyTitleProperty() { return emptyTitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty emptyTextProperty() { return emptyText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** What the last export or clear did, for a line under the toolbar. */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    /** Oldest first. */
    public ObservableList<Point> points() { return FXCollections.unmodifiableObservableList(points); }
    public ObservableList<FailureRow> failures() { return FXCollections.unmodifiableObservableList(failures); }
    /** Recorded fetch times, newest first: the diff's choices. */
    public ObservableList<Instant> times() { return FXCollections.unmodifiableObservableList(times); }
    public ObjectProperty<Instant> fromProperty() { return from; }
    public ObjectProperty<Instant> toProperty() { return to; }
    public ObservableList<String> diff() { return FXCollections.unmodifiableObservableList(diff); }
    public ReadOnlyBooleanProperty confirmingClearProperty() { return confirmingClear.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canExportProperty() { return canExport.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public java.time.ZoneId zone() { return clock.getZone(); }
}
