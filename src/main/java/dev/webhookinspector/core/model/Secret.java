package dev.webhookinspector.core.model;

/**
 * A webhook signing secret. {@link #toString()} is masked so that a secret printed or logged by
 * accident never shows; only {@link #reveal()} gives the value.
 */
public final class Secret {
    private static final String[] KNOWN_PREFIXES = {"whsec_", "sk_", "pk_"};
    private final String label;
    private final String value;

    public Secret(String label, String value) {
        this.label = label;
        this.value = value == null ? "" : value;
    }

    public String label() { return label; }

    public String reveal() { return value; }

    /** At most a known prefix and the last 4 characters stay visible; short values are fully hidden. */
    public String masked() {
        return mask(value);
    }

    public static String mask(String value) {
        if (value == null || value.isEmpty()) return "";
        String prefix = "";
        for (String p : KNOWN_PREFIXES) {
            if (value.startsWith(p)) { prefix = p; break; }
        }
        String rest = value.substring(prefix.length());
        if (rest.length() < 12) return prefix + "****";
        return prefix + "********" + rest.substring(rest.length() - 4);
    }

    @Override public String toString() { return label + "=" + masked(); }

    @Override public boolean equals(Object o) {
        return o instanceof Secret s && s.label.equals(label) && s.value.equals(value);
    }

    @Override public int hashCode() { return value.hashCode(); }
}
