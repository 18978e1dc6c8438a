package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.provider.ProviderDescriptor;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.model.Secret;
import dev.webhookinspector.core.model.Snapshot;
import java.util.stream.Collectors;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Every field of the response, secrets masked, unknown fields marked, each value copyable. */
public final class FieldsViewModel {
    private final Context ctx;
    private final ObservableList<FieldNode> roots = FXCollections.observableArrayList();
    private final ObservableList<FieldNode> rootsView = FXCollections.unmodifiableObservableList(roots);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private List<dev.webhookinspector.core.history.Change> changes = List.of();
    private FieldNode.Hints hints = new FieldNode.Hints(Set.of(), Set.of(), Set.of());

    FieldsViewModel(Context ctx) { this.ctx = ctx; }

    /** The tree's top level and its note, worked out off the JavaFX thread. */
    record Prepared(List<FieldNode> roots, FieldNode.Hints hints, String note) {}

    /** @param masked the response with secrets masked, as {@link Snapshot#masked()} gives it */
    static Prepared prepare(Snapshot s, ProviderDescriptor provider, com.fasterxml.jackson.databind.JsonNode masked) {
        FieldNode.Hints hints = new FieldNode.Hints(s.extras().keySet(), UnknownValues.of(s),
                s.secrets().stream().map(Secret::masked).collect(Collectors.toSet()));
        List<FieldNode> list = FieldNode.roots(masked, hints);
        long unknown = list.stream().filter(FieldNode::unknown).count();
        String name = provider.displayName();
        return new Prepared(list, hints, unknown == 0
                ? list.size() + " fields as " + name + " sent them. Secrets are masked."
                : list.size() + " fields as " + name + " sent them; " + unknown
                        + (unknown == 1 ? " is" : " are") + " new to this app and marked NEW. Secrets are masked.");
    }

    void show(Prepared p) {
        hints = p.hints();
        roots.setAll(p.roots());
        note.set(p.note());
    }

    /** The changes since the fetch before, to mark the fields they concern; set before {@link #show}. */
    void markChanges(List<dev.webhookinspector.core.history.Change> changes) {
        this.changes = List.copyOf(changes);
    }

    /**
     * The change a top-level field shows, if any. Changes name the app's neutral fields ("url", "secrets.…"), not the
     * provider's ("destination", "webhookUrl"), so a field matches by a name containing the neutral stem or by a
     * value equal to the new one.
     */
    public java.util.Optional<dev.webhookinspector.core.history.Change> change(FieldNode node) {
        if (node.path().contains(".") || node.path().contains("[")) return java.util.Optional.empty();
        String name = node.name().toLowerCase(java.util.Locale.ROOT);
        String value = node.hasChildren() ? "" : node.value().asText();
        return changes.stream().filter(c -> {
            String stem = c.field().replaceFirst("\\..*$", "").replaceFirst("Ms$", "").replaceFirst("s$", "").toLowerCase(java.util.Locale.ROOT);
            return stem.length() >= 3 && name.contains(stem) || !c.after().isEmpty() && c.after().equals(value);
        }).findFirst();
    }

    /** The mark's hover text, in the change's own wording. */
    public String changeTooltip(dev.webhookinspector.core.history.Change c) {
        return "Changed since last fetch: " + c.wording();
    }

    void clear() {
        changes = List.of();
        roots.clear();
        note.set("");
    }

    public List<FieldNode> children(FieldNode node) { return node.children(hints); }

    /** The cell text for a value: timestamps in local time with relative time, others as summarised. */
    public String display(FieldNode node) {
        Instant t = node.instant();
        return t != null ? Formats.withRelative(t, ctx.zone(), ctx.instant()) : node.summary();
    }

    /** Hover text: UTC for timestamps, the path for everything. */
    public String tooltip(FieldNode node) {
        Instant t = node.instant();
        String head = node.path() + (node.unknown() ? "  (new to this app)" : "")
                + (node.unknownValue() ? "  (value new to this app)" : "");
        return t == null ? head : head + "\n" + Formats.tooltip(t, ctx.zone(), ctx.instant());
    }

    public void copyValue(FieldNode node) { ctx.copy(node.copyText(), "Value of " + node.path() + " copied"); }

    public void copyName(FieldNode node) { ctx.copy(node.path(), "Field path copied"); }

    public ObservableList<FieldNode> roots() { return rootsView; }
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }
}
