package dev.webhookinspector.ui.profiles;

import dev.webhookinspector.core.profile.Profile;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.ui.AppServices;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The profiles sheet: the saved profiles, and rename, delete and test on the selected one. */
public final class ProfilesViewModel {
    private final AppServices services;
    private final ProfilesListener listener;
    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ObservableList<Profile> profilesView = FXCollections.unmodifiableObservableList(profiles);
    private final ObjectProperty<Profile> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public ProfilesViewModel(AppServices services, ProfilesListener listener) {
        this.services = services;
        this.listener = listener;
    }

    public ObservableList<Profile> profiles() { return profilesView; }
    public ObjectProperty<Profile> selectedProperty() { return selected; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty messageIsErrorProperty() { return messageIsError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** Reads the list again and selects {@code select} (a name) when given, else keeps the selection. */
    public void load(String select) {
        String wanted = select != null ? select : selected.get() == null ? null : selected.get().name();
        services.runner().run(services.profiles()::list, list -> {
            profiles.setAll(list);
            selected.set(list.stream().filter(p -> p.name().equalsIgnoreCase(String.valueOf(wanted))).findFirst()
                    .orElse(list.isEmpty() ? null : list.getFirst()));
        }, error -> say(ProfileEditorViewModel.message(error), true));
    }

    /** Called by the form after it saved a profile. */
    public void saved(String name, String renamedFrom) {
        if (renamedFrom != null && !renamedFrom.equals(name)) listener.profileRenamed(renamedFrom, name);
        say("Saved profile " + name + ".", false);
        listener.profilesChanged(name);
        load(name);
    }

    /** Renames; {@code onProblem} gets the profile layer's message when it refuses. */
    public void rename(Profile profile, String newName, Runnable onDone, Consumer<String> onProblem) {
        String target = newName == null ? "" : newName.strip();
        if (target.isEmpty()) {
            onProblem.accept("Give the new name.");
            return;
        }
        run(() -> services.profiles().rename(profile.name(), target), () -> {
            listener.profileRenamed(profile.name(), target);
            listener.profilesChanged(target);
            say("Renamed " + profile.name() + " to " + target + ".", false);
            load(target);
            onDone.run();
        }, onProblem);
    }

    /** Deletes the profile and its stored key. */
    public void delete(Profile profile, Runnable onDone) {
        run(() -> services.profiles().remove(profile.name()), () -> {
            listener.profileRemoved(profile.name());
            listener.profilesChanged(null);
            say("Deleted profile " + profile.name() + " and its stored key.", false);
            selected.set(null);
            load(null);
            onDone.run();
        }, problem -> {
            say(problem, true);
            onDone.run();
        });
    }

    /** One cheap authenticated call with the saved profile. */
    public void test(Profile profile) {
        if (busy.get()) return;
        busy.set(true);
        say("Testing " + profile.name() + "…", false);
        services.runner().run(() -> services.fetcher().test(services.profiles().connect(profile, Connection.DEFAULT_TIMEOUT)), probe -> {
            busy.set(false);
            say(profile.name() + " works: HTTP " + probe.httpStatus() + " in " + probe.duration().toMillis() + " ms.", false);
        }, error -> {
            busy.set(false);
            say(ProfileEditorViewModel.message(error), true);
        });
    }

    private interface Change {
        void apply() throws Exception;
    }

    private void run(Change change, Runnable onSuccess, Consumer<String> onProblem) {
        if (busy.get()) return;
        busy.set(true);
        services.runner().run(() -> {
            change.apply();
            return Boolean.TRUE;
        }, ok -> {
            busy.set(false);
            onSuccess.run();
        }, error -> {
            busy.set(false);
            onProblem.accept(ProfileEditorViewModel.message(error));
        });
    }

    private void say(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }
}
