package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.model.Verdict;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Title, provider, ID and URL on the left; the health badge, status word and last change on the right. */
final class HeaderView {
    private final VBox root = new VBox();

    HeaderView(HeaderViewModel vm) {
        root.getStyleClass().add("inspector-header");

        StackPane mark = new StackPane();
        mark.getStyleClass().add("header-mark");
        vm.providerIdProperty().addListener((o, a, id) -> {
            if (!id.isEmpty()) mark.getChildren().setAll(ProviderMark.of(new dev.webhookinspector.core.model.ProviderId(id), 32));
        });

        Label title = Ui.label("inspector-title", vm.titleProperty());
        title.setId("inspectorTitle");
        title.setMinWidth(0);
        Node copyTitleId = Ui.iconButton("copyTitleId", Feather.COPY, "Copy webhook ID", vm::copyId);
        Ui.showIf(copyTitleId, vm.namedProperty().not());
        HBox titleRow = new HBox(6, title, copyTitleId);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        Label provider = Ui.label("header-provider", vm.providerNameProperty());
        provider.setId("headerProvider");
        provider.setMinWidth(Label.USE_PREF_SIZE);
        Label id = Ui.label("header-id", vm.webhookIdProperty());
        id.getStyleClass().add("mono");
        id.setId("headerWebhookId");
        id.setMinWidth(0);
        Node copyId = Ui.iconButton("copyWebhookId", Feather.COPY, "Copy webhook ID", vm::copyId);
        Label dot = Ui.label("header-dot", "·");
        HBox idRow = new HBox(6, provider, dot, id, copyId);
        for (Node n : new Node[]{dot, id, copyId}) Ui.showIf(n, vm.namedProperty());
        idRow.setAlignment(Pos.CENTER_LEFT);

        FontIcon linkIcon = Ui.icon(Feather.LINK_2);
        linkIcon.getStyleClass().add("header-url-icon");
        Label url = Ui.label("header-url", vm.urlProperty());
        url.getStyleClass().add("mono");
        url.setId("headerUrl");
        url.setMinWidth(0);
        Ui.bindTooltip(url, vm.urlProperty());
        Node copyUrl = Ui.iconButton("copyWebhookUrl", Feather.COPY, "Copy the delivery URL", vm::copyUrl);
        HBox urlRow = new HBox(6, linkIcon, url, copyUrl);
        urlRow.setAlignment(Pos.CENTER_LEFT);

        Label details = Ui.label("header-details", vm.detailsProperty());
        details.setId("headerDetails");
        details.setMinWidth(0);
        Ui.bindTooltip(details, vm.detailsTooltipProperty());

        VBox left = new VBox(2, titleRow, idRow, urlRow, details);
        left.setMinWidth(0);
        HBox.setHgrow(left, Priority.ALWAYS);

        Label badge = new Label();
        badge.setId("healthBadge");
        badge.getStyleClass().add("health-badge");
        badge.setMinWidth(Label.USE_PREF_SIZE);
        vm.badgeProperty().addListener((o, a, b) -> styleBadge(badge, b));
        styleBadge(badge, vm.badgeProperty().get());
        Ui.bindTooltip(badge, vm.badgeTooltipProperty());

        Label status = Ui.label("provider-status", vm.statusWordProperty());
        status.setId("providerStatus");
        status.setMinWidth(Label.USE_PREF_SIZE);
        Ui.bindTooltip(status, vm.providerNameProperty().concat("'s own status word"));
        HBox badgeRow = new HBox(8, badge, status);
        badgeRow.setAlignment(Pos.CENTER_RIGHT);

        Label changed = Ui.label("header-status-change", vm.statusChangeProperty());
        changed.setId("statusChange");
        changed.setMinWidth(Label.USE_PREF_SIZE);
        Ui.bindTooltip(changed, vm.statusChangeTooltipProperty());

        Label sinceLast = Ui.label("header-changes", vm.changesProperty());
        sinceLast.setId("headerChanges");
        sinceLast.setGraphic(Ui.icon(Feather.GIT_COMMIT));
        sinceLast.setMaxWidth(420);
        Ui.bindTooltip(sinceLast, vm.changesTooltipProperty());
        Ui.showIf(sinceLast, vm.changesProperty().isNotEmpty());

        Label note = Ui.label("header-history-note", vm.historyNoteProperty());
        note.setId("headerHistoryNote");
        note.setGraphic(Ui.icon(Feather.ALERT_CIRCLE));
        note.setMaxWidth(420);
        Ui.bindTooltip(note, vm.historyNoteProperty());
        Ui.showIf(note, vm.historyNoteProperty().isNotEmpty());

        VBox right = new VBox(6, badgeRow, changed, sinceLast, note);
        right.setAlignment(Pos.TOP_RIGHT);
        right.setMinWidth(Label.USE_PREF_SIZE);

        HBox top = new HBox(14, mark, left, right);
        top.setAlignment(Pos.TOP_LEFT);
        root.getChildren().add(top);
    }

    private static void styleBadge(Label badge, Verdict v) {
        badge.getStyleClass().removeIf(c -> c.startsWith("badge-"));
        badge.getStyleClass().add("badge-" + v.key());
        badge.setText(v.label());
        badge.setGraphic(Ui.icon(VerdictIcons.of(v)));
        badge.setAccessibleText("Health: " + v.label());
    }

    Node root() { return root; }
}
