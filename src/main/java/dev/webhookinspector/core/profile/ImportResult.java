package dev.webhookinspector.core.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param renamed imported name to the name it was given
 * @param envReferences the environment variables imported profiles now read their keys from
 * @param keysDropped replaced profiles whose provider or origin changed, with the key reference they had here: it was
 *        dropped (a stored key deleted from its store), as a key never follows a profile to another provider or address
 */
public record ImportResult(List<String> added, Map<String, String> renamed, List<String> replaced, List<String> skipped,
                           Map<String, KeyRef> keysDropped, List<EnvReference> envReferences) {
    public ImportResult {
        added = List.copyOf(added);
        renamed = Map.copyOf(renamed);
        replaced = List.copyOf(replaced);
        skipped = List.copyOf(skipped);
        keysDropped = Collections.unmodifiableMap(new LinkedHashMap<>(keysDropped));
        envReferences = List.copyOf(envReferences);
    }
}
