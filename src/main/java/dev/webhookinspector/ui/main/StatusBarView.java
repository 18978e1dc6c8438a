package dev.webhookinspector.ui.main;

import atlantafx.base.controls.Spacer;
import dev.webhookinspector.ui.Icons;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import dev.webhookinspector.core.text.Formats;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;

/** The bottom line: what just happened, and when the last fetch ran, how long it took and its HTTP status. */
final class StatusBarView {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final HBox root;

    StatusBarView(StatusLine status) {
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(status.messageProperty());
        message.setGraphic(Icons.glyph(Feather.ALERT_CIRCLE));
        message.graphicProperty().get().visibleProperty().bind(status.errorProperty());
        message.contentDisplayProperty().bind(Bindings.when(status.errorProperty())
                .then(javafx.scene.control.ContentDisplay.LEFT).otherwise(javafx.scene.control.ContentDisplay.TEXT_ONLY));
        status.errorProperty().addListener((obs, o, n) -> message.pseudoClassStateChanged(ERROR, n));
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Tooltip messageTip = new Tooltip();
        messageTip.textProperty().bind(status.messageProperty());
        messageTip.setWrapText(true);
        messageTip.setMaxWidth(520);
        message.setTooltip(messageTip);

        Label time = field("statusTime", Feather.CLOCK);
        Tooltip utc = new Tooltip();
        time.setTooltip(utc);
        time.textProperty().bind(Bindings.createStringBinding(() -> {
            Instant at = status.lastFetchAtProperty().get();
            utc.setText(at == null ? "No fetch yet" : Formats.precise(at, ZoneId.systemDefault()) + "\n" + Formats.precise(at, Formats.UTC));
            return at == null ? "No fetch yet" : "Last fetch " + Formats.clock(at, ZoneId.systemDefault());
        }, status.lastFetchAtProperty()));

        Label duration = field("statusDuration", Feather.ACTIVITY);
        duration.textProperty().bind(Bindings.createStringBinding(() -> format(status.lastDurationProperty().get()), status.lastDurationProperty()));
        duration.visibleProperty().bind(status.lastDurationProperty().isNotNull());
        duration.managedProperty().bind(duration.visibleProperty());

        Label http = field("statusHttp", Feather.GLOBE);
        http.textProperty().bind(Bindings.createStringBinding(() -> {
            int s = status.lastHttpStatusProperty().get();
            return s == 0 ? "No HTTP answer" : "HTTP " + s;
        }, status.lastHttpStatusProperty()));
        http.visibleProperty().bind(status.lastFetchAtProperty().isNotNull());
        http.managedProperty().bind(http.visibleProperty());
        status.lastHttpStatusProperty().addListener((obs, o, n) -> http.pseudoClassStateChanged(ERROR, n.intValue() >= 400 || n.intValue() == 0));

        root = new HBox(16, message, new Spacer(), time, duration, http);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setId("statusBar");
        root.getStyleClass().add("status-bar");
        root.setAccessibleText("Status");
    }

    HBox root() { return root; }

    private static Label field(String id, Feather icon) {
        Label l = new Label();
        l.setId(id);
        l.setGraphic(Icons.glyph(icon));
        l.getStyleClass().add("status-field");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    static String format(Duration d) {
        return d == null ? "" : Formats.duration(d);
    }
}
