package dev.webhookinspector.ui.profiles;

/** Told by the profile screens after they changed the saved profiles. */
public interface ProfilesListener {
    /** The list changed; select {@code select} (a profile name) when not null. */
    void profilesChanged(String select);

    void profileRenamed(String oldName, String newName);

    void profileRemoved(String name);
}
