package dev.webhookinspector.core.profile;

import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param renamed imported name to the name it was given
 */
public record ImportResult(List<String> added, Map<String, String> renamed, List<String> replaced, List<String> skipped) {
    public ImportResult {
        added = List.copyOf(added);
        renamed = Map.copyOf(renamed);
        replaced = List.copyOf(replaced);
        skipped = List.copyOf(skipped);
    }
}
