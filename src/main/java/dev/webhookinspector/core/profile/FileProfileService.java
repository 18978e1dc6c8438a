package dev.webhookinspector.core.profile;

import dev.webhookinspector.core.http.Network;
import dev.webhookinspector.core.http.NetworkSettings;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.problem.Remedy;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Profiles in one JSON file, keys in the three stores. Every change locks the file, re-reads it,
 * applies the change and saves atomically, so two running instances never lose each other's changes.
 * Keys are written before the profile that points at them and deleted after it is gone: a crash can
 * leave an unused entry in a store, never a profile pointing at nothing.
 */
public final class FileProfileService implements ProfileService {
    static final String FILE_NAME = "profiles.json";
    private static final DateTimeFormatter ASIDE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Path file;
    private final Path lockFile;
    private final Map<KeyStoreKind, ApiKeyStore> stores = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, String> env;

    /**
     * @param dir the configuration directory (created owner-only when missing)
     * @param env where ENV keys are read from
     * @param keyringService the OS key store service name entries are filed under
     */
    public FileProfileService(Path dir, Map<String, String> env, PassphrasePrompt prompt, String keyringService) {
        Path d = dir.toAbsolutePath().normalize();
        this.file = d.resolve(FILE_NAME);
        this.lockFile = d.resolve(FILE_NAME + ".lock");
        this.env = Map.copyOf(env);
        stores.put(KeyStoreKind.KEYRING, new OsKeyStore(keyringService));
        stores.put(KeyStoreKind.VAULT, new VaultKeyStore(d, prompt));
        stores.put(KeyStoreKind.ENV, new EnvKeyStore(env));
    }

    @Override public List<Profile> list() throws ProfileException {
        try (AtomicFiles.Held lock = AtomicFiles.lock(lockFile)) {
            return List.copyOf(load());
        } catch (IOException e) {
            throw ioFailure("read", e);
        }
    }

    @Override public Optional<Profile> find(String name) throws ProfileException {
        return list().stream().filter(p -> ProfileRules.sameName(p.name(), name)).findFirst();
    }

    @Override public void add(Profile profile, Optional<ApiKey> key) throws ProfileException {
        Profile p = profile;
        ProfileRules.check(p);
        if (p.keyRef().store() == KeyStoreKind.ENV && key.isPresent()) {
            throw ProfileRules.invalid("Profile \"" + p.name() + "\" reads its key from " + p.keyRef().locator() + ", so no key is stored; do not give one.");
        }
        ProfileRules.checkUnique(p.name(), list());
        KeyRef ref = p.keyRef();
        if (ref.store() != KeyStoreKind.ENV) {
            ref = key.isPresent() ? new KeyRef(ref.store(), newLocator(), KeyBinding.of(p)) : new KeyRef(ref.store(), "");
            if (key.isPresent()) store(ref).put(ref.locator(), key.get());
        }
        Profile stored = withKeyRef(p, ref);
        try {
            mutate(list -> {
                ProfileRules.checkUnique(stored.name(), list);
                list.add(stored);
                return null;
            });
        } catch (ProfileException e) {
            if (key.isPresent() && ref.store() != KeyStoreKind.ENV) deleteQuietly(ref, stored.name());
            throw e;
        }
    }

    @Override public void update(String name, Profile changed, Optional<ApiKey> newKey) throws ProfileException {
        Profile c = changed;
        ProfileRules.check(c);
        Profile existing = require(name);
        List<Profile> others = list().stream().filter(p -> !ProfileRules.sameName(p.name(), existing.name())).toList();
        ProfileRules.checkUnique(c.name(), others);

        KeyRef oldRef = existing.keyRef();
        KeyStoreKind wanted = c.keyRef().store();
        if (wanted != KeyStoreKind.ENV && oldRef.hasStoredKey() && newKey.isEmpty() && !KeyBinding.of(existing).equals(KeyBinding.of(c))) {
            throw new ProfileException(ProfileException.Kind.INVALID, "Profile \"" + existing.name() + "\" would change from "
                    + KeyBinding.of(existing).describe() + " to " + KeyBinding.of(c).describe() + ", and its stored key is never carried to another"
                    + " provider or address; nothing was changed.", List.of(Remedy.KEY_FOR_NEW_ADDRESS));
        }
        KeyRef newRef;
        boolean wroteNewEntry = false;
        if (wanted == KeyStoreKind.ENV) {
            if (newKey.isPresent()) {
                throw ProfileRules.invalid("Profile \"" + c.name() + "\" reads its key from " + c.keyRef().locator() + ", so no key is stored; do not give one.");
            }
            newRef = c.keyRef();
        } else if (wanted == oldRef.store()) {
            String locator = oldRef.hasKey() ? oldRef.locator() : newKey.isPresent() ? newLocator() : "";
            if (newKey.isPresent()) store(wanted).put(locator, newKey.get());
            wroteNewEntry = newKey.isPresent() && !oldRef.hasKey();
            // An unchanged key keeps its binding: the check above made sure the address did not change.
            newRef = new KeyRef(wanted, locator, newKey.isPresent() ? KeyBinding.of(c) : oldRef.binding());
        } else {
            Optional<ApiKey> moving = newKey;
            if (moving.isEmpty() && oldRef.store() == KeyStoreKind.ENV) {
                throw ProfileRules.invalid("Moving profile \"" + c.name() + "\" from " + oldRef.describeLong() + " to " + c.keyRef().describeLong()
                        + " needs the key itself; give the key along with the change.");
            }
            if (moving.isEmpty() && oldRef.hasKey()) moving = Optional.of(key(existing));
            newRef = moving.isPresent() ? new KeyRef(wanted, newLocator(), KeyBinding.of(c)) : new KeyRef(wanted, "");
            if (moving.isPresent()) {
                store(newRef).put(newRef.locator(), moving.get());
                wroteNewEntry = true;
            }
        }
        Profile stored = withKeyRef(c, newRef);
        try {
            mutate(list -> {
                int at = indexOf(list, existing.name());
                if (at < 0) throw new ProfileException(ProfileException.Kind.NOT_FOUND, "Profile \"" + existing.name() + "\" was removed meanwhile; nothing was changed.");
                ProfileRules.checkUnique(stored.name(), othersThan(list, at));
                list.set(at, stored);
                return null;
            });
        } catch (ProfileException e) {
            if (wroteNewEntry) deleteQuietly(newRef, stored.name());
            throw e;
        }
        boolean oldEntryUnused = oldRef.store() != KeyStoreKind.ENV && oldRef.hasKey()
                && !(oldRef.store() == newRef.store() && oldRef.locator().equals(newRef.locator()));
        if (oldEntryUnused) deleteQuietly(oldRef, stored.name());
    }

    @Override public void rename(String oldName, String newName) throws ProfileException {
        ProfileRules.checkName(newName);
        mutate(list -> {
            int at = indexOf(list, oldName);
            if (at < 0) throw new ProfileException(ProfileException.Kind.NOT_FOUND, "No profile is named \"" + oldName + "\".");
            ProfileRules.checkUnique(newName, othersThan(list, at));
            list.set(at, withName(list.get(at), newName));
            return null;
        });
    }

    @Override public void remove(String name) throws ProfileException {
        Profile removed = mutate(list -> {
            int at = indexOf(list, name);
            if (at < 0) throw new ProfileException(ProfileException.Kind.NOT_FOUND, "No profile is named \"" + name + "\".");
            return list.remove(at);
        });
        if (removed.keyRef().store() != KeyStoreKind.ENV && removed.keyRef().hasKey()) deleteQuietly(removed.keyRef(), removed.name());
    }

    @Override public ApiKey key(Profile profile) throws ProfileException {
        KeyRef ref = profile.keyRef();
        if (!ref.hasKey()) {
            throw new ProfileException(ProfileException.Kind.KEY_MISSING, "Profile \"" + profile.name() + "\" has no key yet (imported profiles come without keys); store its key first.");
        }
        if (ref.hasStoredKey() && !ref.binding().equals(KeyBinding.of(profile))) {
            String saved = ref.binding().isNone() ? "was stored without a record of its provider and address"
                    : "was stored for " + ref.binding().describe();
            throw new ProfileException(ProfileException.Kind.KEY_MISSING, "The key of profile \"" + profile.name() + "\" " + saved
                    + ", but the profile now names " + KeyBinding.of(profile).describe() + "; the key is not sent there.",
                    List.of(Remedy.KEY_FOR_NEW_ADDRESS));
        }
        return store(ref).get(ref.locator(), profile.name());
    }

    @Override public Connection connect(Profile profile, Duration timeout) throws ProfileException {
        Provider provider = ProfileRules.checkProvider(profile.provider());
        if (profile.baseUrl() != null) ProfileRules.checkBaseUrl(profile.baseUrl());
        return new Connection(provider, profile.baseUrl(), profile.options(), key(profile), timeout,
                Network.resolve(NetworkSettings.UNSET, profile.network(), env));
    }

    @Override public List<KeyStoreStatus> storeStatus() {
        return stores.values().stream().map(ApiKeyStore::status).toList();
    }

    @Override public List<String> warnings() {
        synchronized (warnings) {
            return List.copyOf(warnings);
        }
    }

    @Override public Path profilesFile() { return file; }

    @Override public List<Profile> exportProfiles(Path target, List<String> names) throws ProfileException {
        List<Profile> all = list();
        List<Profile> chosen = new ArrayList<>();
        for (String n : names) {
            chosen.add(all.stream().filter(p -> ProfileRules.sameName(p.name(), n)).findFirst()
                    .orElseThrow(() -> new ProfileException(ProfileException.Kind.NOT_FOUND, "No profile is named \"" + n + "\"; nothing was exported.")));
        }
        if (names.isEmpty()) chosen.addAll(all);
        try {
            AtomicFiles.replace(target.toAbsolutePath(), ProfilesJson.renderExport(chosen), false);
        } catch (IOException e) {
            throw new ProfileException("Could not write " + target + ": " + describe(e) + ".", null);
        }
        return chosen;
    }

    @Override public List<Profile> readExport(Path source) throws ProfileException {
        byte[] content;
        try {
            content = BoundedFiles.read(source, "The file");
        } catch (NoSuchFileException e) {
            throw ProfileRules.invalid("There is no file " + source + " to import.");
        } catch (BoundedFiles.Refused e) {
            throw ProfileRules.invalid(e.getMessage() + " Nothing was imported; import an export file saved by Webhook Inspector.");
        } catch (IOException e) {
            throw new ProfileException("Could not read " + source + ": " + describe(e) + ".", null);
        }
        List<Profile> profiles;
        try {
            profiles = ProfilesJson.parseExport(content);
        } catch (ProfilesJson.Unreadable e) {
            throw ProfileRules.invalid(source + " is not a profile export this app can read: " + e.getMessage() + ".");
        } catch (ProfilesJson.TooNew e) {
            throw ProfileRules.invalid(source + " was exported by a newer Webhook Inspector (schema " + e.version + "); update this one to import it.");
        }
        Set<String> seen = new HashSet<>();
        List<Profile> result = new ArrayList<>();
        for (Profile p : profiles) {
            Profile n;
            try {
                n = p;
                ProfileRules.check(n);
            } catch (ProfileException e) {
                throw ProfileRules.invalid("In " + source + ", profile \"" + p.name() + "\": " + e.getMessage() + " Nothing was imported.");
            }
            if (!seen.add(n.name().toLowerCase(Locale.ROOT))) {
                throw ProfileRules.invalid("In " + source + ": the name \"" + n.name() + "\" appears twice (names are compared ignoring case). Nothing was imported.");
            }
            result.add(n);
        }
        return result;
    }

    @Override public ImportResult importProfiles(List<Profile> imported, ImportPolicy policy, boolean envConfirmed) throws ProfileException {
        for (Profile p : imported) ProfileRules.check(p);
        ImportResult result = mutate(list -> {
            List<String> conflicts = imported.stream().filter(p -> indexOf(list, p.name()) >= 0).map(Profile::name).toList();
            if (policy == ImportPolicy.REFUSE && !conflicts.isEmpty()) {
                throw ProfileRules.invalid("These profiles already exist here: " + String.join(", ", conflicts)
                        + ". Nothing was imported; choose to skip them, import them under new names, or replace their settings.");
            }
            List<String> added = new ArrayList<>();
            Map<String, String> renamed = new LinkedHashMap<>();
            List<String> replaced = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            Map<String, KeyRef> keysDropped = new LinkedHashMap<>();
            List<EnvReference> envReferences = new ArrayList<>();
            for (Profile p : imported) {
                Profile keyless = p.keyRef().store() == KeyStoreKind.ENV ? p : withKeyRef(p, new KeyRef(p.keyRef().store(), ""));
                int at = indexOf(list, p.name());
                if (at < 0) {
                    list.add(keyless);
                    added.add(p.name());
                    if (keyless.keyRef().store() == KeyStoreKind.ENV) envReferences.add(EnvReference.of(p.name(), p));
                } else if (policy == ImportPolicy.SKIP_EXISTING) {
                    skipped.add(p.name());
                } else if (policy == ImportPolicy.REPLACE) {
                    Profile local = list.get(at);
                    // The local key stays only where it was stored for; elsewhere the file's (keyless) reference is taken.
                    // The proxy and CA file are this machine's, never the file's: they decide who could read the key.
                    boolean moved = !KeyBinding.of(local).equals(KeyBinding.of(p));
                    list.set(at, new Profile(local.name(), p.provider(), p.baseUrl(), p.options(), p.note(),
                            moved ? keyless.keyRef() : local.keyRef(), local.network()));
                    if (moved && local.keyRef().hasKey()) keysDropped.put(local.name(), local.keyRef());
                    if (moved && keyless.keyRef().store() == KeyStoreKind.ENV) envReferences.add(EnvReference.of(local.name(), p));
                    replaced.add(local.name());
                } else {
                    String fresh = freeName(list, p.name());
                    list.add(withName(keyless, fresh));
                    renamed.put(p.name(), fresh);
                    if (keyless.keyRef().store() == KeyStoreKind.ENV) envReferences.add(EnvReference.of(fresh, p));
                }
            }
            List<EnvReference> unconfirmed = envReferences.stream().filter(EnvReference::needsConfirmation).toList();
            if (!envConfirmed && !unconfirmed.isEmpty()) throw unconfirmedEnv(unconfirmed);
            return new ImportResult(added, renamed, replaced, skipped, keysDropped, envReferences);
        });
        result.keysDropped().forEach((name, ref) -> {
            if (ref.hasStoredKey()) deleteQuietly(ref, name);
        });
        return result;
    }

    @Override public void close() {
        stores.values().forEach(ApiKeyStore::close);
    }

    private static ProfileException unconfirmedEnv(List<EnvReference> refs) {
        List<String> each = refs.stream()
                .map(r -> "\"" + r.profile() + "\" would send " + r.variable() + " to " + r.sentTo().describe()).toList();
        return new ProfileException(ProfileException.Kind.INVALID, "Nothing was imported: the file makes profiles read their keys from environment"
                + " variables that are not plainly this app's key for that provider and address, and such a variable may hold any secret: "
                + String.join("; ", each) + ".", List.of(Remedy.CONFIRM_ENV_REFERENCES));
    }

    @FunctionalInterface
    private interface Change<T> {
        T apply(List<Profile> profiles) throws ProfileException;
    }

    /** Lock, re-read, change, save: the reload-and-merge that keeps concurrent writers' changes. */
    private <T> T mutate(Change<T> change) throws ProfileException {
        try (AtomicFiles.Held lock = AtomicFiles.lock(lockFile)) {
            List<Profile> profiles = new ArrayList<>(load());
            T result = change.apply(profiles);
            AtomicFiles.replace(file, ProfilesJson.renderProfiles(profiles), true);
            return result;
        } catch (IOException e) {
            throw ioFailure("save", e);
        }
    }

    /** Reads the file; an unreadable one is set aside and the backup used. Call with the lock held. */
    private List<Profile> load() throws IOException, ProfileException {
        byte[] content;
        try {
            content = BoundedFiles.read(file, "The profiles file");
        } catch (NoSuchFileException e) {
            return List.of();
        }
        ProfilesJson.Parsed parsed;
        try {
            parsed = ProfilesJson.parseProfiles(content);
        } catch (ProfilesJson.TooNew e) {
            throw tooNew(file, e);
        } catch (ProfilesJson.Unreadable e) {
            return recover(e.getMessage());
        }
        if (parsed.migrated()) saveMigrated(parsed.profiles());
        return parsed.profiles();
    }

    /**
     * Writes the bindings an older file lacked, so they are fixed from now on. Best effort: when it cannot be
     * written, the same bindings are derived from the same unchanged file on the next read.
     */
    private void saveMigrated(List<Profile> profiles) {
        try {
            AtomicFiles.replace(file, ProfilesJson.renderProfiles(profiles), true);
        } catch (IOException notWritable) {
            // Read-only configuration: profiles still work, bound as read.
        }
    }

    private List<Profile> recover(String why) throws IOException, ProfileException {
        Path aside = asideName();
        AtomicFiles.moveAside(file, aside);
        Path backup = AtomicFiles.backupOf(file);
        String intro = "The profiles file " + file + " could not be read (" + why + "). It was kept as " + aside + ". ";
        byte[] previous;
        try {
            previous = BoundedFiles.read(backup, "The backup");
        } catch (NoSuchFileException e) {
            previous = null;
        } catch (BoundedFiles.Refused e) {
            warn(intro + e.getMessage() + " So you start with no profiles; your old settings are in the kept file.");
            return List.of();
        }
        if (previous != null) {
            try {
                List<Profile> restored = ProfilesJson.parseProfiles(previous).profiles();
                AtomicFiles.replace(file, previous, false);
                warn(intro + "The previous version was restored from " + backup + " (" + restored.size() + " profile"
                        + (restored.size() == 1 ? "" : "s") + "); changes after it are in the kept file.");
                return restored;
            } catch (ProfilesJson.Unreadable | ProfilesJson.TooNew unusable) {
                warn(intro + "The backup " + backup + " is not usable either, so you start with no profiles; your old settings are in the kept file.");
                return List.of();
            }
        }
        warn(intro + "There is no backup, so you start with no profiles; your old settings are in the kept file.");
        return List.of();
    }

    private Path asideName() {
        String base = FILE_NAME + ".corrupt-" + LocalDateTime.now().format(ASIDE_STAMP);
        Path candidate = file.resolveSibling(base);
        for (int i = 2; Files.exists(candidate); i++) candidate = file.resolveSibling(base + "-" + i);
        return candidate;
    }

    private void warn(String message) {
        synchronized (warnings) {
            warnings.add(message);
        }
    }

    private void deleteQuietly(KeyRef ref, String profileName) {
        try {
            store(ref).delete(ref.locator());
        } catch (ProfileException e) {
            warn("The key of profile \"" + profileName + "\" could not be deleted from " + ref.describeLong() + ": " + e.getMessage());
        }
    }

    private ApiKeyStore store(KeyRef ref) { return stores.get(ref.store()); }

    private ApiKeyStore store(KeyStoreKind kind) { return stores.get(kind); }

    private static int indexOf(List<Profile> list, String name) {
        for (int i = 0; i < list.size(); i++) if (ProfileRules.sameName(list.get(i).name(), name)) return i;
        return -1;
    }

    private static List<Profile> othersThan(List<Profile> list, int index) {
        List<Profile> others = new ArrayList<>(list);
        others.remove(index);
        return others;
    }

    /** "prod (imported)", then "prod (imported 2)"…, shortening the base to stay within the length rule. */
    private static String freeName(List<Profile> list, String name) {
        for (int n = 1; ; n++) {
            String suffix = n == 1 ? " (imported)" : " (imported " + n + ")";
            int room = ProfileRules.MAX_NAME_LENGTH - suffix.length();
            String base = name.codePointCount(0, name.length()) > room ? name.substring(0, name.offsetByCodePoints(0, room)).strip() : name;
            String candidate = base + suffix;
            if (indexOf(list, candidate) < 0) return candidate;
        }
    }

    private static String newLocator() { return UUID.randomUUID().toString(); }


    private static Profile withKeyRef(Profile p, KeyRef ref) {
        return new Profile(p.name(), p.provider(), p.baseUrl(), p.options(), p.note(), ref, p.network());
    }

    private static Profile withName(Profile p, String name) {
        return new Profile(name, p.provider(), p.baseUrl(), p.options(), p.note(), p.keyRef(), p.network());
    }

    private static ProfileException tooNew(Path file, ProfilesJson.TooNew e) {
        return new ProfileException(file + " was written by a newer Webhook Inspector (schema " + e.version + "; this version reads "
                + ProfilesJson.SCHEMA_VERSION + "). Update the app; the file was left untouched.");
    }

    private ProfileException ioFailure(String verb, IOException e) {
        if (e instanceof BoundedFiles.Refused) return new ProfileException(e.getMessage() + " It was left as it is and nothing was changed.", null);
        return new ProfileException("Could not " + verb + " the profiles file " + file + ": " + describe(e) + ".", e);
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    }
}
