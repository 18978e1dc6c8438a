package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.model.Snapshot;
import java.util.HashSet;
import java.util.Set;

/**
 * The values a snapshot flags as unknown, without the field prefix providers put on them
 * ("event: call.transferred" becomes "call.transferred"), so a chip or a field can be matched.
 */
final class UnknownValues {
    private UnknownValues() {}

    static Set<String> of(Snapshot s) {
        Set<String> out = new HashSet<>();
        for (String v : s.unknownValues()) {
            int colon = v.indexOf(": ");
            out.add(colon >= 0 ? v.substring(colon + 2) : v);
        }
        return out;
    }
}
