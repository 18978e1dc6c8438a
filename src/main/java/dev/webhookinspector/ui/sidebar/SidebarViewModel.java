package dev.webhookinspector.ui.sidebar;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.list.WebhookLister;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.problem.Problem;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.ui.TaskRunner;
import dev.webhookinspector.ui.list.ProfileLoad;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The sidebar: the current profile's webhooks, listed when the profile is chosen, filtered as the user types.
 * Opening one hands the result the list already holds to the inspector: no second request.
 */
public final class SidebarViewModel {
    /** Shows a loaded webhook in the inspector. */
    @FunctionalInterface
    public interface Opener {
        void open(ProfileChoice profile, FetchResult result);
    }

    private final TaskRunner runner;
    private final ProfileLoad.Connector connector;
    private final WebhookLister lister;
    private final Opener opener;
    private final ObservableList<FetchResult> source = FXCollections.observableArrayList();
    private final FilteredList<FetchResult> shown = new FilteredList<>(source);
    private final ObservableList<FetchResult> shownView = FXCollections.unmodifiableObservableList(shown);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyObjectWrapper<ProfileChoice> profile = new ReadOnlyObjectWrapper<>(this, "profile");
    private final ReadOnlyObjectWrapper<ProfileLoad> load = new ReadOnlyObjectWrapper<>(this, "load");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "problem");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    private dev.webhookinspector.ui.list.SnapshotRecorder recorder = dev.webhookinspector.ui.list.SnapshotRecorder.NONE;

    /** Where the sidebar's listed snapshots are recorded (the window's history). */
    public void setRecorder(dev.webhookinspector.ui.list.SnapshotRecorder recorder) { this.recorder = recorder; }

    public SidebarViewModel(TaskRunner runner, ProfileLoad.Connector connector, WebhookLister lister, Opener opener) {
        this.runner = runner;
        this.connector = connector;
        this.lister = lister;
        this.opener = opener;
        shown.predicateProperty().bind(Bindings.createObjectBinding(this::predicate, filter));
        shown.addListener((Observable o) -> describe());
    }

    /** The webhooks that match the filter, in the provider's order. */
    public ObservableList<FetchResult> webhooks() { return shownView; }

    /** Text to find in a webhook's name, ID or URL, any case. */
    public StringProperty filterProperty() { return filter; }

    /** Whose webhooks these are; null before a profile is chosen. */
    public ReadOnlyObjectProperty<ProfileChoice> profileProperty() { return profile.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    /** True when the last list stopped on a problem; {@link #statusProperty} then says which. */
    public ReadOnlyBooleanProperty problemProperty() { return problem.getReadOnlyProperty(); }

    /** "Page 2: 100 of 250 webhooks…", "12 webhooks", "3 of 12 webhooks match", or the problem's summary. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** Lists {@code chosen}'s webhooks, dropping the previous profile's; null empties the sidebar. */
    public void show(ProfileChoice chosen) {
        ProfileLoad old = load.get();
        if (old != null) {
            old.cancel();
            Bindings.unbindContent(source, old.webhooks());
        }
        profile.set(chosen);
        source.clear();
        if (chosen == null) {
            load.set(null);
            loading.unbind();
            loading.set(false);
            describe();
            return;
        }
        ProfileLoad fresh = new ProfileLoad(chosen, runner, connector, lister);
        fresh.recordWith(recorder);
        load.set(fresh);
        Bindings.bindContent(source, fresh.webhooks());
        loading.bind(fresh.stateProperty().isEqualTo(ProfileLoad.State.LOADING));
        fresh.stateProperty().addListener((o, a, b) -> describe());
        fresh.progressProperty().addListener((o, a, b) -> describe());
        fresh.start(null);
    }

    /** Lists the current profile's webhooks again. */
    public void reload() {
        show(profile.get());
    }

    /** Stops the running list; what loaded stays. */
    public boolean cancel() {
        return load.get() != null && load.get().cancel();
    }

    /** Shows {@code result} in the inspector, as loaded. */
    public void open(FetchResult result) {
        if (result != null && profile.get() != null) opener.open(profile.get(), result);
    }

    private Predicate<FetchResult> predicate() {
        String needle = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) return r -> true;
        return r -> {
            Snapshot s = r.snapshot();
            return contains(s.title(), needle) || contains(s.id(), needle) || contains(s.url(), needle);
        };
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    private void describe() {
        ProfileLoad l = load.get();
        if (l == null) {
            problem.set(false);
            status.set("");
            return;
        }
        Problem p = l.problemProperty().get();
        problem.set(p != null);
        String text = switch (l.stateProperty().get()) {
            case IDLE, LOADING -> l.progressProperty().get();
            case FAILED, PARTIAL -> p.summary();
            case CANCELLED, LOADED -> l.progressProperty().get();
        };
        if (!l.running() && shown.size() != source.size()) {
            text = Formats.count(shown.size()) + " of " + Formats.count(source.size(), "webhook") + " match.";
            if (p != null) text += " " + p.summary();
        }
        status.set(text);
    }
}
