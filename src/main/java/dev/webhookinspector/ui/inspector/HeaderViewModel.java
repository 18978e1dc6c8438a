package dev.webhookinspector.ui.inspector;

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
    private final ReadOnlyObjectWrapper<HealthBadge> badge = new ReadOnlyObjectWrapper<>(HealthBadge.UNKNOWN);
    private final ReadOnlyStringWrapper badgeTooltip = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusWord = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusChange = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusChangeTooltip = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailsTooltip = new ReadOnlyStringWrapper("");
    private Snapshot snapshot;

    HeaderViewModel(Context ctx) { this.ctx = ctx; }

    void show(Snapshot s) {
        snapshot = s;
        ProviderInfo info = ProviderInfo.of(s.provider());
        title.set(s.title());
        providerId.set(info.id());
        providerName.set(info.displayName());
        webhookId.set(s.id());
        named.set(!s.title().equals(s.id()));
        url.set(s.url() == null ? "" : s.url());
        HealthBadge b = HealthBadge.of(s);
        badge.set(b);
        badgeTooltip.set(switch (b) {
            case HEALTHY -> info.displayName() + " reports that deliveries succeed.";
            case FAILING -> info.displayName() + " reports that deliveries fail. See Failures for why.";
            case PAUSED -> info.displayName() + " is not delivering to this webhook (" + s.status() + ").";
            case UNKNOWN -> s.status() == null
                    ? info.possessive() + " API reports no health for webhooks."
                    : "The status \"" + s.status() + "\" is not one this app knows.";
        });
        statusWord.set(s.status() == null ? "no status reported" : s.status());
        refresh();
    }

    void clear() {
        snapshot = null;
        for (ReadOnlyStringWrapper w : List.of(title, providerId, providerName, webhookId, url, badgeTooltip, statusWord,
                statusChange, statusChangeTooltip, details, detailsTooltip)) {
            w.set("");
        }
        badge.set(HealthBadge.UNKNOWN);
    }

    /** Recomputes the relative times ("3 hours ago") against the current time. */
    void refresh() {
        if (snapshot == null) return;
        Instant now = ctx.instant();
        Instant changed = snapshot.lastStatusChange();
        if (changed != null) {
            statusChange.set("Status changed " + TimeFormat.relative(changed, now));
            statusChangeTooltip.set("Last status change\n" + TimeFormat.tooltip(changed, ctx.zone(), now));
        } else {
            statusChange.set("");
            statusChangeTooltip.set("");
        }
        List<String> parts = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        if (snapshot.createdAt() != null) {
            parts.add("Created " + TimeFormat.relative(snapshot.createdAt(), now));
            tips.add("Created " + TimeFormat.local(snapshot.createdAt(), ctx.zone()) + "  (" + TimeFormat.utc(snapshot.createdAt()) + ")");
        }
        if (snapshot.updatedAt() != null) {
            parts.add("updated " + TimeFormat.relative(snapshot.updatedAt(), now));
            tips.add("Updated " + TimeFormat.local(snapshot.updatedAt(), ctx.zone()) + "  (" + TimeFormat.utc(snapshot.updatedAt()) + ")");
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
    public ReadOnlyObjectProperty<HealthBadge> badgeProperty() { return badge.getReadOnlyProperty(); }
    public ReadOnlyStringProperty badgeTooltipProperty() { return badgeTooltip.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusWordProperty() { return statusWord.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusChangeProperty() { return statusChange.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusChangeTooltipProperty() { return statusChangeTooltip.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailsProperty() { return details.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailsTooltipProperty() { return detailsTooltip.getReadOnlyProperty(); }
}
