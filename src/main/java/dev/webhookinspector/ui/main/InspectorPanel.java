package dev.webhookinspector.ui.main;

import dev.webhookinspector.ui.inspector.PreparedSnapshot;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.ui.inspector.InspectorView;
import dev.webhookinspector.ui.inspector.InspectorViewModel;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The one place the shell touches the inspector panels (package ui.inspector): results go in, a node comes out.
 * The panels are built on the first result or error, not with the window: the welcome pane is what a start
 * shows, and the inspector's classes and controls are a large share of a start's cost.
 */
public final class InspectorPanel implements ResultSink {
    private final StackPane root = new StackPane();
    private Runnable editProfile;
    private Runnable waitLonger;
    private InspectorViewModel vm;
    private InspectorView view;
    private dev.webhookinspector.ui.TaskRunner labRunner;
    private java.util.function.Function<dev.webhookinspector.core.model.Snapshot, java.util.Optional<java.net.URI>> labReceiver;
    private dev.webhookinspector.ui.inspector.HistoryService history;
    private dev.webhookinspector.ui.TaskRunner historyRunner;
    /** The last result prepared off the JavaFX thread, until it is shown. */
    private final AtomicReference<PreparedSnapshot> prepared = new AtomicReference<>();

    public Node root() { return root; }

    /** What the delivery lab sends on, and the demo's receiver for a demo webhook. */
    public void setLabServices(dev.webhookinspector.ui.TaskRunner runner,
                               java.util.function.Function<dev.webhookinspector.core.model.Snapshot, java.util.Optional<java.net.URI>> receiver) {
        this.labRunner = runner;
        this.labReceiver = receiver;
        if (vm != null) vm.lab().setServices(runner, receiver);
    }

    /** Where fetches through saved profiles are recorded, and the History tab reads from. */
    public void setHistory(dev.webhookinspector.ui.TaskRunner runner, dev.webhookinspector.ui.inspector.HistoryService history) {
        this.historyRunner = runner;
        this.history = history;
        if (vm != null) vm.history().setServices(runner, history);
    }

    /** What the error panel's Edit profile and Wait longer buttons do in this window. */
    public void setProblemActions(Runnable editProfile, Runnable waitLonger) {
        this.editProfile = editProfile;
        this.waitLonger = waitLonger;
        if (vm != null) vm.error().setWindowActions(editProfile, waitLonger);
    }

    /**
     * Runs on the fetch's worker: the panels' heavy parts, in the zone the panels show (the system's), and the
     * recording, whose outcome tells the header what changed since the fetch before.
     */
    @Override public void prepare(FetchResult result, java.util.Optional<String> savedProfile) {
        PreparedSnapshot p = PreparedSnapshot.of(result, ZoneId.systemDefault());
        if (history != null && savedProfile.isPresent()) {
            p = p.withRecorded(dev.webhookinspector.ui.inspector.Recorded.of(history.record(savedProfile.get(), result)));
        }
        prepared.set(p);
    }

    @Override public void show(FetchResult result) {
        PreparedSnapshot p = prepared.getAndSet(null);
        if (p != null && p.fetched() == result) panels().show(p);
        else panels().show(result);
    }

    @Override public void showError(FetchException error, Runnable retry) { panels().showError(error, retry); }

    /** Selects an inspector tab ({@code --tab}); nothing to select before a webhook was shown. */
    public void select(dev.webhookinspector.ui.inspector.InspectorTab tab) {
        if (view != null) view.select(tab);
    }

    /** The panels' view model, for tests; null before the first result. */
    public InspectorViewModel inspectorViewModel() { return vm; }

    /** Nothing to clear before the panels exist. */
    @Override public void clear() { if (vm != null) vm.clear(); }

    private InspectorViewModel panels() {
        if (vm == null) {
            vm = new InspectorViewModel();
            if (editProfile != null) vm.error().setWindowActions(editProfile, waitLonger);
            if (labRunner != null) vm.lab().setServices(labRunner, labReceiver);
            if (history != null) vm.history().setServices(historyRunner, history);
            view = new InspectorView(vm);
            root.getChildren().setAll(view.root());
        }
        return vm;
    }
}
