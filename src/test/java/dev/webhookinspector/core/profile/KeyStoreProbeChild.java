package dev.webhookinspector.core.profile;

import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.model.ApiKey;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Tries to add a profile with its key in the OS key store and prints the outcome, for OsKeyStoreTest. */
public final class KeyStoreProbeChild {
    private KeyStoreProbeChild() {}

    public static void main(String[] args) {
        try (FileProfileService s = new FileProfileService(Path.of(args[0]), Map.of(), (v, c) -> {
            throw new ProfileException("no vault");
        }, "webhook-inspector-test")) {
            s.add(new Profile("prod", new ProviderId("v0"), null, Map.of(), "", KeyRef.keyring()), Optional.of(new ApiKey("v0_probe_key_123456789")));
            System.out.println("stored");
        } catch (ProfileException e) {
            System.out.println(e.kind() + ": " + e.getMessage() + " " + e.problem().remedies());
        }
    }
}
