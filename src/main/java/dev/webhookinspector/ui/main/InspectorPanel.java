package dev.webhookinspector.ui.main;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.ui.inspector.InspectorView;
import dev.webhookinspector.ui.inspector.InspectorViewModel;
import javafx.scene.Node;

/** The one place the shell touches the inspector panels (package ui.inspector): results go in, a node comes out. */
public final class InspectorPanel implements ResultSink {
    private final InspectorViewModel vm = new InspectorViewModel();
    private final InspectorView view = new InspectorView(vm);

    public Node root() { return view.root(); }

    /** What the error panel's Edit profile and Wait longer buttons do in this window. */
    public void setProblemActions(Runnable editProfile, Runnable waitLonger) {
        vm.error().setWindowActions(editProfile, waitLonger);
    }

    @Override public void show(FetchResult result) { vm.show(result); }

    @Override public void showError(FetchException error, Runnable retry) { vm.showError(error, retry); }

    @Override public void clear() { vm.clear(); }
}
