package dev.webhookinspector.ui.inspector;

import atlantafx.base.theme.Styles;
import dev.webhookinspector.core.problem.ProblemKind;
import javafx.scene.layout.HBox;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A centred panel: what went wrong, the fetcher's message, what to do, and Retry. */
final class ErrorView {
    private final StackPane root;

    ErrorView(ErrorViewModel vm) {
        FontIcon icon = new FontIcon(Feather.ALERT_OCTAGON);
        icon.getStyleClass().add("error-icon");
        Label title = Ui.label("error-title", vm.titleProperty());
        title.setId("errorTitle");
        title.setWrapText(true);
        Label message = Ui.label("error-message", vm.messageProperty());
        message.setId("errorMessage");
        message.setWrapText(true);
        Label hint = Ui.label("error-hint", vm.hintProperty());
        hint.setId("errorHint");
        hint.setWrapText(true);
        Label detail = Ui.label("error-detail", vm.detailProperty());
        detail.setId("errorDetail");
        Button retry = new Button();
        retry.setId("retryButton");
        retry.textProperty().bind(vm.retryTextProperty());
        retry.setGraphic(Ui.icon(Feather.REFRESH_CW));
        retry.getStyleClass().add(Styles.ACCENT);
        retry.setDefaultButton(false);
        retry.setOnAction(e -> vm.retry());
        retry.setTooltip(Ui.tooltip("Fetch the webhook again"));
        Button edit = new Button("Edit profile", Ui.icon(Feather.EDIT_2));
        edit.setId("editProfileButton");
        edit.setOnAction(e -> vm.editProfile());
        edit.visibleProperty().bind(vm.canEditProfileProperty());
        edit.managedProperty().bind(edit.visibleProperty());
        HBox buttons = new HBox(10, retry, edit);
        buttons.setAlignment(Pos.CENTER);

        vm.kindProperty().addListener((o, a, k) -> {
            if (k == null) return;
            icon.setIconCode(iconFor(k));
            icon.getStyleClass().removeAll("error-icon-warning", "error-icon-danger");
            icon.getStyleClass().add(switch (k) {
                case CANCELLED, RATE_LIMITED, INVALID_INPUT, KEY_MISSING, KEY_STORE_UNAVAILABLE, WRONG_PASSPHRASE -> "error-icon-warning";
                default -> "error-icon-danger";
            });
        });

        VBox card = new VBox(12, icon, title, message, hint, detail, buttons);
        card.setId("errorPanel");
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().add("error-card");
        card.setMaxWidth(560);
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        root = new StackPane(card);
        root.getStyleClass().add("error-pane");
    }

    private static Feather iconFor(ProblemKind k) {
        return switch (k) {
            case INVALID_INPUT -> Feather.EDIT_3;
            case NOT_FOUND -> Feather.SEARCH;
            case KEY_REJECTED -> Feather.KEY;
            case NETWORK -> Feather.WIFI_OFF;
            case TIMEOUT -> Feather.CLOCK;
            case TLS -> Feather.SHIELD_OFF;
            case RATE_LIMITED -> Feather.PAUSE_CIRCLE;
            case SERVER_ERROR -> Feather.SERVER;
            case MALFORMED_RESPONSE -> Feather.FILE_TEXT;
            case TOO_LARGE -> Feather.MAXIMIZE_2;
            case REDIRECT_REFUSED -> Feather.CORNER_UP_RIGHT;
            case PROVIDER_ERROR -> Feather.ALERT_OCTAGON;
            case CANCELLED -> Feather.X_CIRCLE;
            case PROFILE_NOT_FOUND -> Feather.USER_X;
            case KEY_MISSING, KEY_STORE_UNAVAILABLE -> Feather.LOCK;
            case WRONG_PASSPHRASE -> Feather.KEY;
            case LOCAL_FAILURE -> Feather.HARD_DRIVE;
            case INTERNAL -> Feather.ALERT_OCTAGON;
        };
    }

    Node root() { return root; }
}
