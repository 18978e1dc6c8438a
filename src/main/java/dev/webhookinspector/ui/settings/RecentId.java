package dev.webhookinspector.ui.settings;

/**
 * A webhook ID fetched before with a profile.
 *
 * @param name the webhook's name once a fetch told it; empty when unknown or the provider has none
 */
public record RecentId(String id, String name) {
    public RecentId {
        name = name == null ? "" : name;
    }

    /**
     * {@code list} with {@code id} moved or added to the front, keeping a known name when the new one
     * is empty, and at most {@code max} entries.
     */
    public static java.util.List<RecentId> push(java.util.List<RecentId> list, RecentId id, int max) {
        java.util.List<RecentId> out = new java.util.ArrayList<>(list);
        String name = id.name();
        for (RecentId r : out) {
            if (r.id().equals(id.id()) && name.isBlank()) name = r.name();
        }
        out.removeIf(r -> r.id().equals(id.id()));
        out.addFirst(new RecentId(id.id(), name));
        while (out.size() > max) out.removeLast();
        return java.util.List.copyOf(out);
    }

    /** "Order updates (wh_123)" or just the id, for menus. */
    public String label() {
        return name.isBlank() ? id : name + " (" + id + ")";
    }
}
