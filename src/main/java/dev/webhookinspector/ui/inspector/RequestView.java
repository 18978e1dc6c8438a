package dev.webhookinspector.ui.inspector;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The exact request sent: method and URL, headers with the key masked, the answer, and "Copy as cURL". */
final class RequestView {
    private final ScrollPane root;

    RequestView(RequestViewModel vm) {
        Label method = Ui.label("method-badge", vm.methodProperty());
        method.setId("requestMethod");
        method.setMinWidth(Label.USE_PREF_SIZE);
        TextField url = new TextField();
        url.setId("requestUrl");
        url.setEditable(false);
        url.getStyleClass().addAll("mono", "readonly-field");
        url.textProperty().bind(vm.urlProperty());
        url.setAccessibleText("Request URL");
        HBox.setHgrow(url, Priority.ALWAYS);
        Button copyUrl = Ui.iconButton("copyRequestUrl", Feather.COPY, "Copy the request URL", vm::copyUrl);
        HBox line = new HBox(10, method, url, copyUrl);
        line.setAlignment(Pos.CENTER_LEFT);
        Label response = Ui.label("request-response", vm.responseProperty());
        response.setId("requestResponse");
        response.setGraphic(Ui.icon(Feather.CORNER_DOWN_RIGHT));
        Label fetched = Ui.label("section-note", vm.fetchedProperty());
        fetched.setId("requestFetched");
        HBox answer = new HBox(16, response, fetched);
        answer.setAlignment(Pos.CENTER_LEFT);
        VBox requestCard = Ui.card("Request", Feather.SEND, line, answer);

        GridPane headers = new GridPane();
        headers.setId("requestHeaders");
        headers.getStyleClass().add("header-grid");
        headers.setHgap(16);
        headers.setVgap(6);
        ColumnConstraints nameCol = new ColumnConstraints();
        nameCol.setMinWidth(GridPane.USE_PREF_SIZE);
        ColumnConstraints valueCol = new ColumnConstraints();
        valueCol.setHgrow(Priority.ALWAYS);
        headers.getColumnConstraints().addAll(nameCol, valueCol);
        vm.headers().addListener((ListChangeListener<RequestViewModel.HeaderRow>) c -> {
            headers.getChildren().clear();
            int row = 0;
            for (RequestViewModel.HeaderRow h : vm.headers()) {
                Label name = Ui.label("header-name", h.name());
                name.getStyleClass().add("mono");
                Label value = Ui.label("header-value", h.value());
                value.getStyleClass().add("mono");
                value.setId("headerValue-" + h.name());
                value.setMinWidth(0);
                if (h.sensitive()) {
                    value.setGraphic(Ui.icon(Feather.LOCK));
                    value.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                    value.setTooltip(Ui.tooltip("Carries the API key: masked here, and never part of a copied command"));
                }
                headers.addRow(row++, name, value);
            }
        });
        VBox headersCard = Ui.card("Headers sent", Feather.LIST, headers);

        TextArea curl = new TextArea();
        curl.setId("curlCommand");
        curl.setEditable(false);
        curl.setWrapText(false);
        curl.getStyleClass().addAll("mono", "curl-text");
        curl.textProperty().bind(vm.curlProperty());
        curl.setPrefRowCount(5);
        curl.setAccessibleText("cURL command");
        Button copyCurl = Ui.textButton("copyCurl", "Copy as cURL", Feather.TERMINAL, vm::copyCurl);
        copyCurl.getStyleClass().add(Styles.ACCENT);
        copyCurl.setMinWidth(Button.USE_PREF_SIZE);
        Label hint = new Label("The command reads the key from $WEBHOOK_INSPECTOR_API_KEY; set it in your shell first.");
        hint.getStyleClass().add("section-note");
        hint.setWrapText(true);
        hint.setMinWidth(0);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox curlBar = new HBox(12, hint, copyCurl);
        curlBar.setAlignment(Pos.CENTER_LEFT);
        VBox curlCard = Ui.card("cURL", Feather.TERMINAL, curl, curlBar);

        VBox content = new VBox(16, requestCard, headersCard, curlCard);
        content.getStyleClass().add("tab-body");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.getStyleClass().add("inspector-scroll");
    }


    Node root() { return root; }
}
