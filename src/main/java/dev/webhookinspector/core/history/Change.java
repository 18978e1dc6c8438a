package dev.webhookinspector.core.history;

import java.util.Locale;

/**
 * One difference between two snapshots of a webhook. {@link #wording()} is the one sentence every front end shows
 * (the header, the CLI's diff, reports), so it reads the same everywhere.
 *
 * @param field the snapshot field it concerns, for marking it: "verdict", "url", "events", "secrets", a metric key ...
 * @param before the old value as text, empty when there was none
 * @param after the new value as text, empty when there is none
 */
public record Change(Kind kind, String field, String before, String after) {
    public enum Kind {
        VERDICT, STATUS, NAME, URL, EVENTS_ADDED, EVENTS_REMOVED, SECRET_ROTATED, SECRET_ADDED, SECRET_REMOVED, TIMEOUT, HEADERS,
        NEW_FAILURES, COUNTER_ROSE
    }

    public String wording() {
        return switch (kind) {
            case VERDICT -> "Verdict: " + before + " → " + after;
            case STATUS -> "Status: " + shown(before) + " → " + shown(after);
            case NAME -> "Name: " + shown(before) + " → " + shown(after);
            case URL -> "URL: " + shown(before) + " → " + shown(after);
            case EVENTS_ADDED -> "Events added: " + after;
            case EVENTS_REMOVED -> "Events removed: " + before;
            case SECRET_ROTATED -> "Secret rotated" + label() + ": " + before + " → " + after;
            case SECRET_ADDED -> "Secret added" + label() + ": " + after;
            case SECRET_REMOVED -> "Secret removed" + label() + ": " + before;
            case TIMEOUT -> "Timeout: " + shown(before) + " → " + shown(after);
            case HEADERS -> "Headers: " + shown(before) + " → " + shown(after);
            case NEW_FAILURES -> "New failures: " + after;
            case COUNTER_ROSE -> field + " rose: " + before + " → " + after;
        };
    }

    /** "verdict", "secret-rotated": for JSON and CSS classes. */
    public String key() {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String label() {
        return field.startsWith("secrets.") ? " (" + field.substring("secrets.".length()) + ")" : "";
    }

    private static String shown(String v) {
        return v.isEmpty() ? "(none)" : v;
    }
}
