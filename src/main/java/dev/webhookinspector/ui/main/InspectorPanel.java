package dev.webhookinspector.ui.main;

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

    public Node root() { return root; }

    /** What the error panel's Edit profile and Wait longer buttons do in this window. */
    public void setProblemActions(Runnable editProfile, Runnable waitLonger) {
        this.editProfile = editProfile;
        this.waitLonger = waitLonger;
        if (vm != null) vm.error().setWindowActions(editProfile, waitLonger);
    }

    @Override public void show(FetchResult result) { panels().show(result); }

    @Override public void showError(FetchException error, Runnable retry) { panels().showError(error, retry); }

    /** Selects an inspector tab ({@code --tab}); nothing to select before a webhook was shown. */
    public void select(dev.webhookinspector.ui.inspector.InspectorTab tab) {
        if (view != null) view.select(tab);
    }

    /** Nothing to clear before the panels exist. */
    @Override public void clear() { if (vm != null) vm.clear(); }

    private InspectorViewModel panels() {
        if (vm == null) {
            vm = new InspectorViewModel();
            if (editProfile != null) vm.error().setWindowActions(editProfile, waitLonger);
            view = new InspectorView(vm);
            root.getChildren().setAll(view.root());
        }
        return vm;
    }
}
