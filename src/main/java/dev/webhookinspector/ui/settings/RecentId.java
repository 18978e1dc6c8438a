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

    /** "Order updates (wh_123)" or just the id, for menus. */
    public String label() {
        return name.isBlank() ? id : name + " (" + id + ")";
    }
}
