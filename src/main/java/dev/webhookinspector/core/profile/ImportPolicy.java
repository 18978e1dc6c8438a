package dev.webhookinspector.core.profile;

/** What an import does with a profile whose name already exists here (ignoring case). */
public enum ImportPolicy {
    /** Import nothing and name the conflicts. */
    REFUSE,
    /** Import only the profiles whose names are new. */
    SKIP_EXISTING,
    /** Import the conflicting ones under a new name: "prod (imported)", "prod (imported 2)"… */
    RENAME,
    /**
     * Overwrite the settings of the existing profiles; each keeps its own key, unless the import changes its provider
     * or origin: then its key is dropped (deleted from its store) and the file's key reference taken instead.
     */
    REPLACE
}
