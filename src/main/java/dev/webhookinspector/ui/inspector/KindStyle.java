package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.model.FailureKind;
import java.util.Locale;
import javafx.scene.control.Label;

/** CSS class names per failure kind, so the chart, the chips and the legend share one colour each. */
final class KindStyle {
    private KindStyle() {}

    static String css(FailureKind kind) {
        return "kind-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Label legend(FailureKind kind) {
        javafx.scene.layout.Region swatch = new javafx.scene.layout.Region();
        swatch.getStyleClass().addAll("kind-swatch", css(kind));
        Label l = new Label(kind.label(), swatch);
        l.getStyleClass().add("legend-item");
        return l;
    }
}
