package dev.webhookinspector.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces known secret values by their masked forms wherever they occur, inside longer text too. Apply it to
 * whole strings before anything cuts them: a cut through a key would leave most of it unmatched, and shown.
 */
public final class Redactor {
    /**
     * Shorter values are replaced only when they are the whole string: masking every "abc" in the output would
     * garble it, and a value that short gives little away.
     */
    static final int MIN_EMBEDDED_LENGTH = 8;
    private static final Redactor NONE = new Redactor(Map.of());
    private final Map<String, String> masks;

    private Redactor(Map<String, String> masks) {
        this.masks = masks;
    }

    /** @param masks each secret value and what to show instead */
    public static Redactor of(Map<String, String> masks) {
        Map<String, String> sorted = new LinkedHashMap<>();
        // Longest first, so a secret that contains another is masked whole.
        masks.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted.isEmpty() ? NONE : new Redactor(sorted);
    }

    public static Redactor of(ApiKey key) {
        return of(Map.of(key.reveal(), key.masked()));
    }

    public static Redactor of(List<Secret> secrets) {
        Map<String, String> masks = new LinkedHashMap<>();
        for (Secret s : secrets) masks.put(s.reveal(), s.masked());
        return of(masks);
    }

    public String apply(String text) {
        if (text == null || masks.isEmpty()) return text;
        String out = text;
        for (Map.Entry<String, String> m : masks.entrySet()) {
            String value = m.getKey();
            if (value.length() < MIN_EMBEDDED_LENGTH) {
                if (out.equals(value)) return m.getValue();
            } else if (out.contains(value)) {
                out = out.replace(value, m.getValue());
            }
        }
        return out;
    }

    public JsonNode apply(JsonNode tree) {
        return masks.isEmpty() || tree == null ? tree : JsonStrings.map(tree, this::apply);
    }
}
