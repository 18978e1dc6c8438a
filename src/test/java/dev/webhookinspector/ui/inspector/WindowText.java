package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.model.FailureGroup;
import java.util.ArrayList;
import java.util.List;

/** Every string the inspector's panels would put on screen, one per line, for tests that look for what must not be there. */
public final class WindowText {
    private WindowText() {}

    public static String of(InspectorViewModel vm) {
        List<String> out = new ArrayList<>();
        out.add(vm.titleProperty().get());
        HeaderViewModel h = vm.header();
        out.addAll(List.of(h.titleProperty().get(), h.webhookIdProperty().get(), h.urlProperty().get(), h.statusWordProperty().get(),
                h.badgeTooltipProperty().get(), h.detailsProperty().get(), h.detailsTooltipProperty().get()));
        OverviewViewModel o = vm.overview();
        if (o.verdictProperty().get() != null) out.add(o.verdictProperty().get().title() + " " + o.verdictProperty().get().text());
        o.events().forEach(e -> out.add(e.name()));
        o.tiles().forEach(t -> out.add(t.label() + " " + t.value() + " " + t.detail() + " " + t.tooltip()));
        o.secrets().rows().forEach(r -> out.add(r.label() + " " + r.shownProperty().get()));
        out.add(o.secrets().noteProperty().get());
        FieldsViewModel f = vm.fields();
        f.roots().forEach(n -> addField(f, n, out));
        vm.raw().lines().forEach(l -> out.add(l.text()));
        vm.failures().sortedRows().forEach(r -> out.add(r.message()));
        for (FailureGroup g : vm.failures().allGroups()) out.add(g.commonMessage());
        out.add(vm.request().urlProperty().get());
        out.add(vm.request().curlProperty().get());
        ErrorViewModel e = vm.error();
        out.addAll(List.of(e.titleProperty().get(), e.messageProperty().get(), e.detailProperty().get(), e.hintProperty().get()));
        return String.join("\n", out.stream().map(s -> s == null ? "" : s).toList());
    }

    private static void addField(FieldsViewModel f, FieldNode n, List<String> out) {
        out.add(n.name() + " " + f.display(n) + " " + f.tooltip(n));
        for (FieldNode child : f.children(n)) addField(f, child, out);
    }
}
