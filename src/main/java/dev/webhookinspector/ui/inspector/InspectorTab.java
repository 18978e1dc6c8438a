package dev.webhookinspector.ui.inspector;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The inspector's tabs by the names {@code --tab} takes, with the ids the view gives them. */
public enum InspectorTab {
    OVERVIEW("overviewTab"),
    FIELDS("fieldsTab"),
    FAILURES("failuresTab"),
    RAW("rawTab"),
    REQUEST("requestTab"),
    LAB("labTab"),
    HISTORY("historyTab");

    private final String nodeId;

    InspectorTab(String nodeId) {
        this.nodeId = nodeId;
    }

    /** "raw": as typed after {@code --tab}. */
    public String key() { return name().toLowerCase(Locale.ROOT); }

    /** The tab's id in the view, such as {@code rawTab}. */
    public String nodeId() { return nodeId; }

    public static Optional<InspectorTab> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equalsIgnoreCase(key.strip())).findFirst();
    }

    /** "overview, fields, failures, raw, request, lab or history" */
    public static String keys() {
        String all = Arrays.stream(values()).map(InspectorTab::key).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
