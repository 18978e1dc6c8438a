package dev.webhookinspector.core.model;

import java.util.Optional;

/**
 * A profile's API key. {@link #toString()} never shows it, so string concatenation, logging and
 * exception messages cannot leak it; only the HTTP layer and key stores call {@link #reveal()}.
 */
public final class ApiKey {
    private final String value;

    public ApiKey(String value) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("The API key is empty.");
        this.value = value.strip();
    }

    public String reveal() { return value; }

    /**
     * Empty when {@code value} can be sent as a key: printable ASCII without spaces, as providers issue keys. A
     * line break or a typographic character pasted along would otherwise fail or be mangled when sent. The
     * message never quotes the value.
     */
    public static Optional<String> problem(String value) {
        if (value == null || value.isBlank()) return Optional.of("The API key is empty.");
        String v = value.strip();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= 0x21 && c <= 0x7E) continue;
            String what = c == ' ' ? "a space" : Character.isISOControl(c) ? "a control character" : "a non-ASCII character";
            return Optional.of("The API key contains " + what + " (character " + (i + 1) + "); an API key is printable ASCII"
                    + " without spaces, so check that only the key was copied, without line breaks or typographic quotes.");
        }
        return Optional.empty();
    }

    /** The last 4 characters at most, for "which key is this" displays. */
    public String masked() {
        return value.length() < 12 ? "****" : "********" + value.substring(value.length() - 4);
    }

    @Override public String toString() { return masked(); }

    @Override public boolean equals(Object o) { return o instanceof ApiKey k && k.value.equals(value); }

    @Override public int hashCode() { return value.hashCode(); }
}
