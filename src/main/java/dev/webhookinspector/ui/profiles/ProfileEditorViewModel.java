package dev.webhookinspector.ui.profiles;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.http.Origins;
import dev.webhookinspector.core.http.Network;
import dev.webhookinspector.core.http.NetworkSettings;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.profile.KeyBinding;
import dev.webhookinspector.core.profile.KeyRef;
import dev.webhookinspector.core.profile.KeyStoreKind;
import dev.webhookinspector.core.profile.Profile;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.ProviderOption;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.ui.AppServices;
import dev.webhookinspector.ui.TaskRunner;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The create / edit / duplicate form for one profile. Every rule is the profile layer's (the same as
 * the command line's): the form only checks what it must to build a request, then shows the
 * layer's message when it refuses.
 */
public final class ProfileEditorViewModel {
    public enum Mode { CREATE, EDIT, DUPLICATE }

    /** One provider option as a form field. */
    public record OptionField(ProviderOption option, StringProperty value) {}

    /** Whether the form's last connection test worked. */
    public enum TestOutcome { NONE, RUNNING, OK, FAILED }

    private final AppServices services;
    private final Mode mode;
    private final Profile original;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Provider> provider = new SimpleObjectProperty<>(this, "provider");
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObjectProperty<KeyStoreKind> store = new SimpleObjectProperty<>(this, "store", KeyStoreKind.KEYRING);
    private final StringProperty envVariable = new SimpleStringProperty(this, "envVariable", "");
    private final StringProperty apiKey = new SimpleStringProperty(this, "apiKey", "");
    private final ObservableList<OptionField> options = FXCollections.observableArrayList();
    private final ObservableList<OptionField> optionsView = FXCollections.unmodifiableObservableList(options);
    private final ObservableList<StoreChoice> stores = FXCollections.observableArrayList();
    private final ObservableList<StoreChoice> storesView = FXCollections.unmodifiableObservableList(stores);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper keyAddressNote = new ReadOnlyStringWrapper(this, "keyAddressNote", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyStringWrapper testMessage = new ReadOnlyStringWrapper(this, "testMessage", "");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");
    private final ObjectProperty<TestOutcome> testOutcome = new SimpleObjectProperty<>(this, "testOutcome", TestOutcome.NONE);
    private final Map<String, String> optionValues = new LinkedHashMap<>();
    private TaskRunner.Job testJob;
    private long testGeneration;

    private ProfileEditorViewModel(AppServices services, Mode mode, Profile original) {
        this.services = services;
        this.mode = mode;
        this.original = original;
        provider.addListener((obs, o, n) -> rebuildOptions());
        provider.addListener((obs, o, n) -> keyAddressNote.set(addressNote()));
        baseUrl.addListener((obs, o, n) -> keyAddressNote.set(addressNote()));
        store.addListener((obs, o, n) -> keyAddressNote.set(addressNote()));
        for (KeyStoreKind k : KeyStoreKind.values()) stores.add(StoreChoice.unknown(k));
    }

    public static ProfileEditorViewModel create(AppServices services) {
        ProfileEditorViewModel vm = new ProfileEditorViewModel(services, Mode.CREATE, null);
        vm.provider.set(Providers.all().getFirst());
        return vm;
    }

    public static ProfileEditorViewModel edit(AppServices services, Profile profile) {
        ProfileEditorViewModel vm = new ProfileEditorViewModel(services, Mode.EDIT, profile);
        vm.fillFrom(profile);
        vm.name.set(profile.name());
        return vm;
    }

    public static ProfileEditorViewModel duplicate(AppServices services, Profile profile, String newName) {
        ProfileEditorViewModel vm = new ProfileEditorViewModel(services, Mode.DUPLICATE, profile);
        vm.fillFrom(profile);
        vm.name.set(newName);
        return vm;
    }

    public Mode mode() { return mode; }
    public Optional<Profile> original() { return Optional.ofNullable(original); }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<Provider> providerProperty() { return provider; }
    public StringProperty baseUrlProperty() { return baseUrl; }
    public StringProperty noteProperty() { return note; }
    public ObjectProperty<KeyStoreKind> storeProperty() { return store; }
    public StringProperty envVariableProperty() { return envVariable; }
    /** What the user typed in the key field; cleared once saved. */
    public StringProperty apiKeyProperty() { return apiKey; }
    public ObservableList<OptionField> options() { return optionsView; }
    /** Each key store and whether it can be used on this computer. */
    public ObservableList<StoreChoice> stores() { return storesView; }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    /**
     * Why the stored key cannot be kept (or copied): the form now names another provider or origin than the key
     * was stored for. Empty when the stored key can be used.
     */
    public ReadOnlyStringProperty keyAddressNoteProperty() { return keyAddressNote.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public ReadOnlyStringProperty testMessageProperty() { return testMessage.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty testingProperty() { return testing.getReadOnlyProperty(); }
    public ObjectProperty<TestOutcome> testOutcomeProperty() { return testOutcome; }

    public String title() {
        return switch (mode) {
            case CREATE -> "New profile";
            case EDIT -> "Edit profile " + original.name();
            case DUPLICATE -> "Duplicate profile " + original.name();
        };
    }

    /** What an empty key field means in this form. */
    public String keyHint() {
        if (mode == Mode.EDIT && original.keyRef().store() != KeyStoreKind.ENV) return "Leave empty to keep the stored key.";
        if (mode == Mode.DUPLICATE && original.keyRef().store() != KeyStoreKind.ENV) return "Leave empty to copy the key of " + original.name() + ".";
        return "";
    }

    /** Asks the profile layer which key stores work here; the form starts with all of them offered. */
    public void loadStores() {
        services.runner().run(() -> StoreChoice.of(services.profiles()), list -> {
            stores.setAll(list);
            StoreChoice chosen = list.stream().filter(s -> s.kind() == store.get()).findFirst().orElse(null);
            if (mode == Mode.CREATE && chosen != null && !chosen.available()) {
                list.stream().filter(StoreChoice::available).findFirst().ifPresent(s -> store.set(s.kind()));
            }
        }, error -> { });
    }

    /** Saves through the profile layer; {@code onSaved} gets the saved profile's name. */
    public void save(Consumer<String> onSaved) {
        if (saving.get()) return;
        Profile changed;
        Optional<ApiKey> key;
        try {
            changed = build();
            key = typedKey();
            if (mode == Mode.CREATE && store.get() != KeyStoreKind.ENV && key.isEmpty()) {
                throw new IllegalArgumentException("Enter the API key, or choose an environment variable to read it from.");
            }
            if (!keyAddressNote.get().isEmpty() && key.isEmpty()) throw new IllegalArgumentException(keyAddressNote.get());
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        problem.set("");
        saving.set(true);
        Profile source = original;
        services.runner().run(() -> {
            switch (mode) {
                case CREATE -> services.profiles().add(changed, key);
                case EDIT -> services.profiles().update(source.name(), changed, key);
                case DUPLICATE -> {
                    Optional<ApiKey> copy = key;
                    if (copy.isEmpty() && changed.keyRef().store() != KeyStoreKind.ENV && source.keyRef().store() != KeyStoreKind.ENV) {
                        // Asked with the copy's provider and address, so the key is only copied where it may be sent.
                        copy = Optional.of(services.profiles().key(new Profile(changed.name(), changed.provider(), changed.baseUrl(),
                                changed.options(), changed.note(), source.keyRef())));
                    }
                    services.profiles().add(changed, copy);
                }
            }
            return changed.name();
        }, savedName -> {
            saving.set(false);
            apiKey.set("");
            onSaved.accept(savedName);
        }, error -> {
            saving.set(false);
            problem.set(message(error));
        });
    }

    /** One cheap authenticated call with what the form says, without saving anything. */
    public void testConnection() {
        if (testing.get()) return;
        Connection connection;
        Optional<ApiKey> typed;
        Profile formProfile;
        try {
            Profile p = build();
            typed = typedKey();
            if (!keyAddressNote.get().isEmpty() && typed.isEmpty()) throw new IllegalArgumentException(keyAddressNote.get());
            connection = new Connection(provider.get(), p.baseUrl(), p.options(), typed.orElse(null), null,
                    Network.resolve(NetworkSettings.UNSET, p.network(), services.env()));
            formProfile = p;
        } catch (IllegalArgumentException | NullPointerException e) {
            testOutcome.set(TestOutcome.FAILED);
            testMessage.set(e instanceof IllegalArgumentException ? e.getMessage() : "Choose a provider first.");
            return;
        }
        long gen = ++testGeneration;
        testing.set(true);
        testOutcome.set(TestOutcome.RUNNING);
        testMessage.set("Testing the connection to " + provider.get().displayName() + "…");
        Profile source = original;
        KeyStoreKind kind = store.get();
        String variable = envVariable.get().strip();
        testJob = services.runner().run(() -> {
            ApiKey key = connection.key() != null ? connection.key() : keyForTest(source, formProfile, kind, variable);
            Connection c = new Connection(connection.provider(), connection.baseUrl(), connection.options(), key, null, connection.network());
            return services.fetcher().test(c);
        }, (FetchResult.Probe probe) -> {
            if (gen != testGeneration) return;
            testing.set(false);
            testOutcome.set(TestOutcome.OK);
            testMessage.set("Connected: " + connection.provider().displayName() + " accepted the key (HTTP " + probe.httpStatus()
                    + ", " + probe.duration().toMillis() + " ms).");
        }, error -> {
            if (gen != testGeneration) return;
            testing.set(false);
            testOutcome.set(TestOutcome.FAILED);
            testMessage.set(message(error));
        });
    }

    public void cancelTest() {
        if (!testing.get()) return;
        testGeneration++;
        if (testJob != null) testJob.cancel();
        testing.set(false);
        testOutcome.set(TestOutcome.NONE);
        testMessage.set("Test cancelled.");
    }

    /** Forgets the typed key and stops a running test; called when the form closes. */
    public void dispose() {
        cancelTest();
        apiKey.set("");
    }

    private ApiKey keyForTest(Profile source, Profile form, KeyStoreKind kind, String variable) throws Exception {
        if (kind == KeyStoreKind.ENV) {
            String value = services.env().get(variable);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("Environment variable " + variable + " is not set for this app; set it before starting Webhook Inspector, or type the key.");
            }
            return new ApiKey(value);
        }
        // Asked with the form's provider and address: the profile layer gives the key only where it was stored for.
        if (source != null && source.keyRef().store() != KeyStoreKind.ENV) {
            return services.profiles().key(new Profile(form.name(), form.provider(), form.baseUrl(), form.options(), form.note(), source.keyRef()));
        }
        throw new IllegalArgumentException("Enter the API key to test the connection.");
    }

    private Profile build() {
        Provider p = provider.get();
        if (p == null) throw new IllegalArgumentException("Choose a provider.");
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty()) throw new IllegalArgumentException("Give the profile a name, such as \"production\".");
        URI base = null;
        String url = baseUrl.get() == null ? "" : baseUrl.get().strip();
        // The same parsing and rules as every request and the command line.
        if (!url.isEmpty()) base = Origins.parseBaseUrl(url);
        Map<String, String> opts = new LinkedHashMap<>();
        for (OptionField f : options) {
            String v = f.value().get() == null ? "" : f.value().get().strip();
            if (!v.isEmpty()) opts.put(f.option().key(), v);
        }
        KeyRef ref = switch (store.get()) {
            case ENV -> {
                String v = envVariable.get() == null ? "" : envVariable.get().strip();
                if (v.isEmpty()) throw new IllegalArgumentException("Name the environment variable that holds the key, such as ULTRAVOX_API_KEY.");
                yield new KeyRef(KeyStoreKind.ENV, v);
            }
            case KEYRING, VAULT -> original != null && mode == Mode.EDIT && original.keyRef().store() == store.get()
                    ? original.keyRef() : new KeyRef(store.get(), "");
        };
        // The form has no proxy or CA file fields: an edited or duplicated profile keeps those it has.
        NetworkSettings network = original != null && mode != Mode.CREATE ? original.network() : NetworkSettings.UNSET;
        return new Profile(n, p.id(), base, opts, note.get(), ref, network);
    }

    private String addressNote() {
        if (original == null || mode == Mode.CREATE || !original.keyRef().hasStoredKey() || store.get() == KeyStoreKind.ENV) return "";
        Provider p = provider.get();
        if (p == null) return "";
        URI base;
        try {
            String url = baseUrl.get() == null ? "" : baseUrl.get().strip();
            base = url.isEmpty() ? null : Origins.parseBaseUrl(url);
        } catch (IllegalArgumentException notYetAUrl) {
            return "";
        }
        KeyBinding was = KeyBinding.of(original);
        KeyBinding now = KeyBinding.of(p.id(), base);
        if (was.equals(now)) return "";
        return "The key of " + original.name() + " was stored for " + was.describe() + " and is never sent to " + now.describe()
                + ". Type the key for " + (was.provider().equals(now.provider()) ? "the new address." : "the new provider.");
    }

    private Optional<ApiKey> typedKey() {
        String k = apiKey.get() == null ? "" : apiKey.get().strip();
        if (k.isEmpty()) return Optional.empty();
        // The same rule as the command line: a pasted line break or curly quote is refused before it is stored.
        Optional<String> problem = ApiKey.problem(k);
        if (problem.isPresent()) throw new IllegalArgumentException(problem.get());
        return Optional.of(new ApiKey(k));
    }

    private void fillFrom(Profile p) {
        Providers.byId(p.provider()).ifPresent(provider::set);
        optionValues.putAll(p.options());
        rebuildOptions();
        baseUrl.set(p.baseUrl() == null ? "" : p.baseUrl().toString());
        note.set(p.note());
        store.set(p.keyRef().store());
        if (p.keyRef().store() == KeyStoreKind.ENV) envVariable.set(p.keyRef().locator());
    }

    private void rebuildOptions() {
        for (OptionField f : options) optionValues.put(f.option().key(), f.value().get());
        List<OptionField> fresh = new ArrayList<>();
        Provider p = provider.get();
        if (p != null) {
            for (ProviderOption o : p.options()) {
                fresh.add(new OptionField(o, new SimpleStringProperty(optionValues.getOrDefault(o.key(), o.defaultValue()))));
            }
        }
        options.setAll(fresh);
    }

    static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "The operation failed (" + e.getClass().getSimpleName() + "). Try again." : m;
    }
}
