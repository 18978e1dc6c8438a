package dev.webhookinspector.core.http;

import dev.webhookinspector.core.model.Secret;

/** One request header; a sensitive one (carrying the key) is masked whenever it is shown. */
public record Header(String name, String value, boolean sensitive) {
    public static Header plain(String name, String value) { return new Header(name, value, false); }

    public static Header secret(String name, String value) { return new Header(name, value, true); }

    public String shownValue() {
        if (!sensitive) return value;
        if (value.startsWith("Bearer ")) return "Bearer " + Secret.mask(value.substring(7));
        return Secret.mask(value);
    }

    @Override public String toString() { return name + ": " + shownValue(); }
}
