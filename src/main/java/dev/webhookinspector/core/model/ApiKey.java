package dev.webhookinspector.core.model;

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

    /** The last 4 characters at most, for "which key is this" displays. */
    public String masked() {
        return value.length() < 12 ? "****" : "********" + value.substring(value.length() - 4);
    }

    @Override public String toString() { return masked(); }

    @Override public boolean equals(Object o) { return o instanceof ApiKey k && k.value.equals(value); }

    @Override public int hashCode() { return value.hashCode(); }
}
