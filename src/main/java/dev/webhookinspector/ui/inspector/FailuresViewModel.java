package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.provider.ProviderDescriptor;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.model.Failure;
import dev.webhookinspector.core.model.FailureGroup;
import dev.webhookinspector.core.model.FailureKind;
import dev.webhookinspector.core.model.FailureTimeline;
import dev.webhookinspector.core.model.Snapshot;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * Recent failures: one list filtered by text and kind, shown as a table, as groups by kind and as
 * a timeline. Each failure is classified once; a filter change is one pass over the rows.
 */
public final class FailuresViewModel {
    /** A failure with its kind and a lower-cased search text, computed once. */
    public record Row(int index, Failure failure, FailureKind kind, String searchText) {
        public Instant time() { return failure.timestamp(); }
        public String message() { return failure.message(); }
        public Integer code() { return failure.code(); }
    }

    public enum Mode { LIST, GROUPED }

    /** Buckets a timeline may have: enough for detail, few enough to stay readable. */
    static final int MAX_BUCKETS = 72;

    private final Context ctx;
    /** What {@link #prepare} worked out for the shown snapshot; null when none is shown. */
    private Prepared unfiltered;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> filtered = new FilteredList<>(rows);
    private final SortedList<Row> sorted = new SortedList<>(filtered);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<FailureKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.LIST);
    private final ObservableList<FailureGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<FailureGroup> groupsView = FXCollections.unmodifiableObservableList(groups);
    private final ObservableList<FailureGroup> allGroups = FXCollections.observableArrayList();
    private final ObservableList<FailureGroup> allGroupsView = FXCollections.unmodifiableObservableList(allGroups);
    private final ReadOnlyObjectWrapper<FailureTimeline> timeline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper reported = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timelineTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper timelineUseful = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper timelineNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper providerNote = new ReadOnlyStringWrapper("");

    FailuresViewModel(Context ctx) {
        this.ctx = ctx;
        filterText.addListener((o, a, b) -> applyFilter());
        kindFilter.addListener((o, a, b) -> applyFilter());
    }

    /** Rows, groups and the unfiltered timeline, worked out off the JavaFX thread: a pass over every failure each. */
    record Prepared(boolean reported, List<Row> rows, List<FailureGroup> groups, FailureTimeline timeline,
                    boolean timelineUseful, String providerNote, String emptyNote) {}

    static Prepared prepare(Snapshot s, ProviderDescriptor info, ZoneId zone) {
        List<Row> list = new ArrayList<>(s.failures().size());
        java.util.function.Function<Failure, FailureKind> kindOf = FailureKind.cached();
        for (int i = 0; i < s.failures().size(); i++) {
            Failure f = s.failures().get(i);
            String search = (f.message() + " " + (f.code() == null ? "" : f.code())).toLowerCase(Locale.ROOT);
            list.add(new Row(i, f, kindOf.apply(f), search));
        }
        // A chart needs at least two moments to show a trend; one failure is better read in the table
        boolean useful = list.stream().map(Row::time).filter(java.util.Objects::nonNull).distinct().limit(2).count() == 2;
        return new Prepared(s.failuresReported(), List.copyOf(list), FailureGroup.of(list, Row::failure, Row::kind),
                FailureTimeline.of(list, Row::time, Row::kind, MAX_BUCKETS, zone), useful, info.reports().failuresNote(),
                !s.failuresReported()
                        ? info.possessive() + " API does not report delivery failures."
                        : "No recent delivery failures reported by " + info.displayName() + ".");
    }

    void show(Prepared p) {
        unfiltered = p;
        reported.set(p.reported());
        rows.setAll(p.rows());
        total.set(p.rows().size());
        providerNote.set(p.providerNote());
        timelineUseful.set(p.timelineUseful());
        allGroups.setAll(p.groups());
        emptyNote.set(p.emptyNote());
        filterText.set("");
        kindFilter.set(null);
        applyFilter();
    }

    void clear() {
        unfiltered = null;
        rows.clear();
        total.set(0);
        allGroups.clear();
        applyFilter();
    }

    private void applyFilter() {
        String text = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        FailureKind kind = kindFilter.get();
        Predicate<Row> p = r -> (kind == null || r.kind() == kind) && (text.isEmpty() || r.searchText().contains(text));
        boolean all = text.isEmpty() && kind == null;
        filtered.setPredicate(all ? null : p);
        // Unfiltered, the groups and timeline are the ones prepared off the JavaFX thread.
        boolean prepared = all && unfiltered != null && unfiltered.rows().size() == rows.size();
        List<Row> now = prepared ? unfiltered.rows() : List.copyOf(filtered);
        shown.set(now.size());
        groups.setAll(prepared ? unfiltered.groups() : FailureGroup.of(now, Row::failure, Row::kind));
        FailureTimeline t = prepared ? unfiltered.timeline() : FailureTimeline.of(now, Row::time, Row::kind, MAX_BUCKETS, ctx.zone());
        timeline.set(t);
        timelineTitle.set(t.isEmpty() ? "Failures over time" : "Failures over time, per " + Formats.span(t.bucketSize()));
        timelineNote.set(now.isEmpty() ? "No failures match the filter."
                : t.isEmpty() ? "None of the shown failures carries a time." : "");
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.US);
        summary.set(now.size() == rows.size()
                ? nf.format(rows.size()) + (rows.size() == 1 ? " failure" : " failures")
                : "Showing " + nf.format(now.size()) + " of " + nf.format(rows.size()) + " failures");
    }

    public void clearFilters() {
        filterText.set("");
        kindFilter.set(null);
    }

    public void copy(Row row) {
        String when = row.time() == null ? "" : Formats.precise(row.time(), Formats.UTC) + "  ";
        String code = row.code() == null ? "" : "HTTP " + row.code() + "  ";
        ctx.copy(when + code + row.message(), "Failure copied");
    }

    public void copyMessage(Row row) { ctx.copy(row.message(), "Failure message copied"); }

    /** The newest first: what a person investigating wants on top. */
    public static Comparator<Row> newestFirst() {
        return Comparator.comparing(Row::time, Comparator.nullsLast(Comparator.reverseOrder()));
    }

    public SortedList<Row> sortedRows() { return sorted; }
    public ObservableList<FailureGroup> groups() { return groupsView; }
    /** Groups over all failures, ignoring the filters: what the kind filter offers. */
    public ObservableList<FailureGroup> allGroups() { return allGroupsView; }
    public StringProperty filterTextProperty() { return filterText; }
    public ObjectProperty<FailureKind> kindFilterProperty() { return kindFilter; }
    public ObjectProperty<Mode> modeProperty() { return mode; }
    public ReadOnlyObjectProperty<FailureTimeline> timelineProperty() { return timeline.getReadOnlyProperty(); }
    public ReadOnlyStringProperty timelineTitleProperty() { return timelineTitle.getReadOnlyProperty(); }
    /** False when the failures carry fewer than two distinct times, where a chart would show a lone bar. */
    public ReadOnlyBooleanProperty timelineUsefulProperty() { return timelineUseful.getReadOnlyProperty(); }
    /** Why the timeline is empty, or empty when it shows bars. */
    public ReadOnlyStringProperty timelineNoteProperty() { return timelineNote.getReadOnlyProperty(); }
    /** What this provider's failure list covers, when it is less than it seems; empty otherwise. */
    public ReadOnlyStringProperty providerNoteProperty() { return providerNote.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty reportedProperty() { return reported.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty totalProperty() { return total.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty shownProperty() { return shown.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty emptyNoteProperty() { return emptyNote.getReadOnlyProperty(); }
}
