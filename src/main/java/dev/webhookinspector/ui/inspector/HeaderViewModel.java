package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.provider.ProviderDescriptor;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.model.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The header: who the webhook is, where it delivers, and whether it works. */
public final class HeaderViewModel {
    private final Context ctx;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper providerId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper providerName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper webhookId = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper named = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Verdict> badge = new ReadOnlyObjectWrapper<>(Verdict.UNKNOWN);
    private final ReadOnlyStringWrapper badgeTooltip = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusWord = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusChange = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusChangeTooltip = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailsTooltip = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper changes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper changesTooltip = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper historyNote = new ReadOnlyStringWrapper("");
    private Snapshot snapshot;

    HeaderViewModel(Context ctx) { this.ctx = ctx; }

    void show(Snapshot s, ProviderDescriptor info) {
        snapshot = s;
        title.set(s.title());
        providerId.set(info.id().value());
        providerName.set(info.displayName());
        webhookId.set(s.id());
        named.set(!s.title().equals(s.id()));
        url.set(s.url() == null ? "" : s.url());
        badge.set(s.verdict());
        badgeTooltip.set(s.reason() + ".");
        statusWord.set(s.status() == null ? "no status reported" : s.status());
        refresh();
    }

    /** "3 changes since last fetch" with each change's wording on hover; nothing for a first fetch or a demo. */
    void showRecorded(Recorded r) {
        int n = r.changes().size();
        // A count, not the wording: one URL change alone would widen the header past the title.
        changes.set(n == 0 ? "" : Formats.count(n, "change") + " since last fetch");
        changesTooltip.set(r.changes().stream().map(dev.webhookinspector.core.history.Change::wording)
                .collect(java.util.stream.Collectors.joining("\n")));
        historyNote.set(String.join("\n", r.warnings()));
    }

    void clear() {
        snapshot = null;
        for (ReadOnlyStringWrapper w : List.of(title, providerId, providerName, webhookId, url, badgeTooltip, statusWord,
                statusChange, statusChangeTooltip, details, detailsTooltip, changes, changesTooltip, historyNote)) {
            w.set("");
        }
        badge.set(Verdict.UNKNOWN);
    }

    /** Recomputes the relative times ("3 hours ago") against the current time. */
    void refresh() {
        if (snapshot == null) return;
        Instant now = ctx.instant();
        Instant changed = snapshot.lastStatusChange();
        if (changed != null) {
            statusChange.set("Status changed " + Formats.relative(changed, now));
            statusChangeTooltip.set("Last status change\n" + Formats.tooltip(changed, ctx.zone(), now));
        } else {
            statusChange.set("");
            statusChangeTooltip.set("");
        }
        List<String> parts = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        if (snapshot.createdAt() != null) {
            parts.add("Created " + Formats.relative(snapshot.createdAt(), now));
            tips.add("Created " + Formats.absolute(snapshot.createdAt(), ctx.zone()) + "  (" + Formats.precise(snapshot.createdAt(), Formats.UTC) + ")");
        }
        if (snapshot.updatedAt() != null) {
            parts.add("updated " + Formats.relative(snapshot.updatedAt(), now));
            tips.add("Updated " + Formats.absolute(snapshot.updatedAt(), ctx.zone()) + "  (" + Formats.precise(snapshot.updatedAt(), Formats.UTC) + ")");
        }
        if (snapshot.scope() != null) {
            String what = snapshot.scope().field().replaceFirst("Id$", "");
            parts.add("limited to " + what + " " + snapshot.scope().id());
            tips.add("Only events of " + what + " " + snapshot.scope().id() + " reach this webhook (" + snapshot.scope().field() + ").");
        }
        details.set(String.join(" · ", parts));
        detailsTooltip.set(String.join("\n", tips));
    }

    public void copyId() { ctx.copy(webhookId.get(), "Webhook ID copied"); }

    public void copyUrl() { ctx.copy(url.get(), "URL copied"); }

    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty providerIdProperty() { return providerId.getReadOnlyProperty(); }
    public ReadOnlyStringProperty providerNameProperty() { return providerName.getReadOnlyProperty(); }
    public ReadOnlyStringProperty webhookIdProperty() { return webhookId.getReadOnlyProperty(); }
    /** False when the title already is the ID (Ultravox webhooks have no name), so the ID is not shown twice. */
    public javafx.beans.property.ReadOnlyBooleanProperty namedProperty() { return named.getReadOnlyProperty(); }
    public ReadOnlyStringProperty urlProperty() { return url.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Verdict> badgeProperty() { return badge.getReadOnlyProperty(); }
    public ReadOnlyStringProperty badgeTooltipProperty() { return badgeTooltip.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusWordProperty() { return statusWord.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusChangeProperty() { return statusChange.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusChangeTooltipProperty() { return statusChangeTooltip.getReadOnlyProperty(); }
    /** Empty when nothing changed, or nothing was recorded before. */
    public ReadOnlyStringProperty changesProperty() { return changes.getReadOnlyProperty(); }
    /** One wording per line. */
    public ReadOnlyStringProperty changesTooltipProperty() { return changesTooltip.getReadOnlyProperty(); }
    /** A store warning ("history not recorded: …"); the fetch itself is shown regardless. */
    public ReadOnlyStringProperty historyNoteProperty() { return historyNote.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailsProperty() { return details.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailsTooltipProperty() { return detailsTooltip.getReadOnlyProperty(); }
}
