package dev.webhookinspector.ui.main;

import dev.webhookinspector.core.profile.Profile;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.ui.AppServices;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The profile switcher's list and choice: the saved profiles as the profile layer reads them, plus
 * the demo ones while the demo runs, grouped by provider; and which one is selected.
 */
public final class ProfileSwitcher {
    private final AppServices services;
    private final StatusLine status;
    // Read-only views made once: a listener on a fresh wrapper per call would vanish with the wrapper.
    private final ObservableList<ProfileChoice> profiles = FXCollections.observableArrayList();
    private final ObservableList<ProfileChoice> profilesView = FXCollections.unmodifiableObservableList(profiles);
    private final ObjectProperty<ProfileChoice> selected = new SimpleObjectProperty<>(this, "selected");

    ProfileSwitcher(AppServices services, StatusLine status) {
        this.services = services;
        this.status = status;
    }

    public ObservableList<ProfileChoice> profiles() { return profilesView; }

    /** The profile to fetch with; the switcher sets it, and so does opening a webhook of another provider. */
    public ObjectProperty<ProfileChoice> selectedProperty() { return selected; }

    /**
     * Reads the saved profiles again and selects {@code select} (a profile name), else keeps the
     * selection, else picks the first; {@code then} runs once the list is there, or could not be read.
     */
    void load(String select, Runnable then) {
        load(select, null, then);
    }

    /**
     * As {@link #load(String, Runnable)}, with the list already read ({@code first}, when not null) so that the
     * window's first frame shows it: no second frame, no flicker from an empty switcher to a full one.
     */
    void load(String select, ProfileListing first, Runnable then) {
        ProfileChoice current = selected.get();
        String wanted = select != null ? select : current == null ? null : current.name();
        boolean wantedDemo = select == null && current != null && current.demo();
        java.util.function.Consumer<ProfileListing> show = loaded -> {
            List<ProfileChoice> all = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (Profile p : loaded.profiles()) {
                Optional<Provider> provider = Providers.byId(p.provider());
                if (provider.isPresent()) all.add(new ProfileChoice.Saved(p, provider.get()));
                else unknown.add(p.name());
            }
            profiles.stream().filter(ProfileChoice::demo).forEach(all::add);
            setProfiles(all);
            ProfileChoice pick = profiles.stream()
                    .filter(c -> wanted != null && c.name().equalsIgnoreCase(wanted) && c.demo() == wantedDemo)
                    .findFirst().orElse(profiles.isEmpty() ? null : profiles.getFirst());
            if (pick != selected.get()) selected.set(pick);
            if (!unknown.isEmpty()) {
                status.say("Skipped profile " + String.join(", ", unknown) + ": its provider is unknown to this version.", true);
            } else if (!loaded.warnings().isEmpty()) {
                status.say(loaded.warnings().getLast(), true);
            }
            then.run();
        };
        if (first != null) {
            show.accept(first);
            return;
        }
        services.runner().run(() -> ProfileListing.read(services.profiles()), show, error -> {
            status.say("Profiles could not be read: " + StatusLine.messageOf(error), true);
            then.run();
        });
    }

    /** Adds the demo profiles and selects the first. */
    void addDemo(List<? extends ProfileChoice> demo) {
        List<ProfileChoice> all = new ArrayList<>(profiles);
        all.addAll(demo);
        setProfiles(all);
        if (!demo.isEmpty()) selected.set(demo.getFirst());
    }

    void selectFirstDemo() {
        profiles.stream().filter(ProfileChoice::demo).findFirst().ifPresent(selected::set);
    }

    boolean contains(ProfileChoice profile) {
        return profiles.contains(profile);
    }

    /** A profile of {@code provider}: a demo one if {@code preferDemo}, else the selected one if it fits, else the first. */
    Optional<ProfileChoice> profileFor(Provider provider, boolean preferDemo) {
        ProfileChoice current = selected.get();
        if (preferDemo) {
            Optional<ProfileChoice> d = profiles.stream().filter(c -> c.demo() && c.provider().equals(provider)).findFirst();
            if (d.isPresent()) return d;
        }
        if (current != null && current.provider().equals(provider)) return Optional.of(current);
        return profiles.stream().filter(c -> c.provider().equals(provider)).findFirst();
    }

    /** Grouped by provider in registry order, then by name; demo profiles after saved ones. */
    private void setProfiles(List<ProfileChoice> all) {
        List<Provider> order = Providers.all();
        all.sort(Comparator.<ProfileChoice>comparingInt(c -> order.indexOf(c.provider()))
                .thenComparing(ProfileChoice::demo)
                .thenComparing(c -> c.name().toLowerCase(Locale.ROOT)));
        ProfileChoice keep = selected.get();
        profiles.setAll(all);
        if (keep != null && !profiles.contains(keep)) selected.set(null);
    }
}
