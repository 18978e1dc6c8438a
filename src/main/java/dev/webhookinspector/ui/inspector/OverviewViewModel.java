package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.provider.ProviderDescriptor;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.model.Failure;
import dev.webhookinspector.core.model.FailureGroup;
import dev.webhookinspector.core.model.FailureKind;
import dev.webhookinspector.core.model.Snapshot;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The at-a-glance tab: a verdict, health tiles, events as chips, and the signing secrets. */
public final class OverviewViewModel {
    /** The verdict banner at the top: how things stand and, when failing, why. */
    public record Banner(Tone tone, String title, String text, boolean offerFailures) {
        public enum Tone { SUCCESS, WARNING, DANGER, INFO }
    }

    /** One subscribed event; {@code unknown} when it is not in the provider's documented list. */
    public record EventChip(String name, boolean unknown) {}

    private final Context ctx;
    private final SecretsViewModel secrets;
    private final ReadOnlyObjectWrapper<Banner> verdict = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MetricTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<MetricTile> tilesView = FXCollections.unmodifiableObservableList(tiles);
    private final ReadOnlyBooleanWrapper metricsReported = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper metricsNote = new ReadOnlyStringWrapper("");
    private final ObservableList<EventChip> events = FXCollections.observableArrayList();
    private final ObservableList<EventChip> eventsView = FXCollections.unmodifiableObservableList(events);
    private final ReadOnlyStringWrapper eventsTitle = new ReadOnlyStringWrapper("Events");
    private final ReadOnlyStringWrapper eventsNote = new ReadOnlyStringWrapper("");
    private Snapshot snapshot;
    private ProviderDescriptor provider;
    private String failureCount = "";

    OverviewViewModel(Context ctx) {
        this.ctx = ctx;
        this.secrets = new SecretsViewModel(ctx);
    }

    void show(Snapshot s, ProviderDescriptor info) {
        snapshot = s;
        provider = info;
        metricsReported.set(s.metricsReported() || s.status() != null);
        metricsNote.set(metricsReported.get() ? "" : info.possessive() + " API does not report health metrics for webhooks.");
        eventsTitle.set(info.eventsWord());
        java.util.Set<String> unknownValues = UnknownValues.of(s);
        events.setAll(s.events().stream().map(e -> new EventChip(e, unknownValues.contains(e))).toList());
        long unknown = events.stream().filter(EventChip::unknown).count();
        eventsNote.set(s.events().isEmpty()
                ? "Subscribed to no " + info.eventsWord().toLowerCase(Locale.ROOT) + "."
                : unknown == 0 ? "" : unknown + " not in " + info.possessive() + " documented list: a newer API version may have added "
                        + (unknown == 1 ? "it." : "them."));
        secrets.show(s, info);
        failureCount = failureCountSentence(s.failures());
        refresh();
    }

    void clear() {
        snapshot = null;
        verdict.set(null);
        tiles.clear();
        events.clear();
        secrets.clear();
    }

    void refresh() {
        if (snapshot == null) return;
        tiles.setAll(MetricTile.of(snapshot, ctx.instant(), ctx.zone()));
        verdict.set(verdictFor(snapshot));
    }

    /** Renders the verdict core decided; the banner only adds what the failures say. */
    private Banner verdictFor(Snapshot s) {
        String lastFailure = lastFailureSentence(s.failures());
        String reason = s.reason().isEmpty() ? "" : s.reason() + ".";
        boolean any = !s.failures().isEmpty();
        return switch (s.verdict()) {
            case FAILING -> new Banner(Banner.Tone.DANGER, "Deliveries are failing", join(reason, join(lastFailure, kinds(s.failures()))), any);
            case PAUSED -> new Banner(Banner.Tone.WARNING, "Paused by its owner", join(reason, lastFailure), any);
            case DISABLED -> new Banner(Banner.Tone.DANGER, "Disabled by " + provider.displayName(), join(reason, lastFailure), any);
            case NO_DELIVERIES -> new Banner(Banner.Tone.INFO, "No deliveries yet", reason, false);
            case HEALTHY -> !any
                    ? new Banner(Banner.Tone.SUCCESS, "Deliveries are working", reason, false)
                    : new Banner(Banner.Tone.WARNING, "Deliveries are working, with earlier failures", join(failureCount, lastFailure), true);
            case UNKNOWN -> s.status() == null
                    ? new Banner(Banner.Tone.INFO, provider.displayName() + " reports configuration only",
                            provider.possessive() + " API has no status, delivery failures, health metrics or signing secrets "
                                    + "for webhooks. Everything it returns is shown here and under Fields.", false)
                    : new Banner(Banner.Tone.INFO, "Health unknown", join(reason, lastFailure), any);
        };
    }

    private String lastFailureSentence(List<Failure> failures) {
        Failure last = failures.stream().filter(f -> f.timestamp() != null)
                .max(Comparator.comparing(Failure::timestamp))
                .orElse(failures.isEmpty() ? null : failures.getFirst());
        if (last == null) return "";
        String when = last.timestamp() == null ? "" : " " + Formats.relative(last.timestamp(), ctx.instant());
        String code = last.code() == null || last.message().contains(String.valueOf(last.code())) ? "" : " (HTTP " + last.code() + ")";
        String msg = last.message().isBlank() ? FailureKind.classify(last).label() : last.message().strip();
        return "Last failure" + when + ": " + msg + code + ".";
    }

    private static String failureCountSentence(List<Failure> failures) {
        if (failures.size() <= 1) return "";
        List<FailureGroup> groups = FailureGroup.of(failures);
        String n = Formats.count(failures.size());
        FailureGroup top = groups.getFirst();
        String mostly = groups.size() == 1 ? "all " + top.kind().label()
                : top.count() * 2 > failures.size() ? "mostly " + top.kind().label() : "of " + groups.size() + " kinds";
        return n + " recent failures, " + mostly + ".";
    }

    /** What the failures are, for a banner whose reason already counts them. */
    private static String kinds(List<Failure> failures) {
        if (failures.size() <= 1) return "";
        List<FailureGroup> groups = FailureGroup.of(failures);
        FailureGroup top = groups.getFirst();
        if (groups.size() == 1) return "All are " + top.kind().label() + ".";
        return top.count() * 2 > failures.size() ? "Most are " + top.kind().label() + "." : "They are of " + groups.size() + " kinds.";
    }

    private static String join(String a, String b) {
        return String.join(" ", java.util.stream.Stream.of(a, b).filter(Objects::nonNull).filter(x -> !x.isBlank()).toList());
    }

    public SecretsViewModel secrets() { return secrets; }
    public ReadOnlyObjectProperty<Banner> verdictProperty() { return verdict.getReadOnlyProperty(); }
    public ObservableList<MetricTile> tiles() { return tilesView; }
    public ReadOnlyBooleanProperty metricsReportedProperty() { return metricsReported.getReadOnlyProperty(); }
    public ReadOnlyStringProperty metricsNoteProperty() { return metricsNote.getReadOnlyProperty(); }
    public ObservableList<EventChip> events() { return eventsView; }
    public ReadOnlyStringProperty eventsTitleProperty() { return eventsTitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty eventsNoteProperty() { return eventsNote.getReadOnlyProperty(); }
}
