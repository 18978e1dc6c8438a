package dev.webhookinspector.core.profile;

import dev.webhookinspector.core.model.ApiKey;
import java.util.Map;

/** Keys read from environment variables at use time; nothing is ever stored. */
final class EnvKeyStore implements ApiKeyStore {
    private final Map<String, String> env;

    EnvKeyStore(Map<String, String> env) { this.env = Map.copyOf(env); }

    @Override public KeyStoreKind kind() { return KeyStoreKind.ENV; }

    @Override public KeyStoreStatus status() {
        return new KeyStoreStatus(KeyStoreKind.ENV, true, "reads the key from an environment variable each time; nothing is stored");
    }

    @Override public ApiKey get(String variable, String profileName) throws ProfileException {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            throw new ProfileException(ProfileException.Kind.KEY_MISSING, "Profile \"" + profileName + "\" takes its key from environment variable " + variable
                    + ", which is not set; set it and try again.");
        }
        return new ApiKey(value);
    }

    @Override public void put(String variable, ApiKey key) {
        throw new IllegalStateException("keys referenced by environment variable are never stored");
    }

    @Override public void delete(String variable) {}

    @Override public void close() {}
}
