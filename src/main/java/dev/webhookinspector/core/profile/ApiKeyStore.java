package dev.webhookinspector.core.profile;

import dev.webhookinspector.core.model.ApiKey;

/** One place keys can live. Entries are named by a locator the profile service assigns. */
interface ApiKeyStore extends AutoCloseable {
    KeyStoreKind kind();

    KeyStoreStatus status();

    /** @param profileName only for messages */
    ApiKey get(String locator, String profileName) throws ProfileException;

    void put(String locator, ApiKey key) throws ProfileException;

    /** Deleting an entry that does not exist is not an error. */
    void delete(String locator) throws ProfileException;

    @Override void close();
}
