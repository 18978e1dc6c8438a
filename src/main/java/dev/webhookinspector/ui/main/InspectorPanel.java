package dev.webhookinspector.ui.main;

import atlantafx.base.theme.Styles;
import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.http.FetchException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The one place the shell touches the inspector panels (package ui.inspector). Until they are
 * merged it shows the snapshot's title and health, or the error with Retry.
 */
public final class InspectorPanel implements ResultSink {
    private final Label title = new Label();
    private final Label detail = new Label();
    private final Button retry = new Button("Retry");
    private final VBox root = new VBox(12, title, detail, retry);
    private Runnable retryAction;

    public InspectorPanel() {
        root.setId("inspector");
        root.getStyleClass().add("inspector-slot");
        title.setId("inspectorTitle");
        title.getStyleClass().add(Styles.TITLE_2);
        detail.setId("inspectorDetail");
        detail.setWrapText(true);
        retry.setId("retryButton");
        retry.setOnAction(e -> { if (retryAction != null) retryAction.run(); });
        clear();
    }

    public Node root() { return root; }

    @Override public void show(FetchResult result) {
        title.setText(result.snapshot().title());
        detail.setText(result.snapshot().provider() + " · " + result.snapshot().health() + " · " + result.snapshot().status());
        retry.setVisible(false);
    }

    @Override public void showError(FetchException error, Runnable retryAction) {
        this.retryAction = retryAction;
        title.setText(error.kind().name());
        detail.setText(error.getMessage());
        retry.setVisible(true);
    }

    @Override public void clear() {
        title.setText("");
        detail.setText("");
        retry.setVisible(false);
        retryAction = null;
    }
}
