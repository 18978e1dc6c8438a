package dev.webhookinspector.ui.main;

import dev.webhookinspector.ui.Icons;
import java.util.Collection;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.AbstractValidationDecoration;
import org.kordamp.ikonli.feather.Feather;

/**
 * ControlsFX validation marks drawn with the theme's colours: the stock decoration hard-codes light
 * Modena colours that are unreadable on the dark theme. Marks the field with AtlantaFX's
 * {@code :danger} state and puts an icon with the message (as tooltip) inside its right edge.
 */
final class IdFieldDecoration extends AbstractValidationDecoration {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    @Override protected Collection<Decoration> createValidationDecorations(ValidationMessage message) {
        boolean error = message.getSeverity() == Severity.ERROR;
        Label mark = new Label();
        mark.setGraphic(Icons.glyph(error ? Feather.ALERT_CIRCLE : Feather.ALERT_TRIANGLE, 16));
        mark.getStyleClass().addAll("validation-mark", error ? "danger" : "warning");
        Tooltip tip = new Tooltip(message.getText());
        tip.setShowDelay(Duration.millis(150));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        mark.setTooltip(tip);
        mark.setAccessibleText(message.getText());
        return List.of(new GraphicDecoration(mark, Pos.CENTER_RIGHT, -16, 0), new StateDecoration(error ? DANGER : WARNING));
    }

    @Override protected Collection<Decoration> createRequiredDecorations(Control target) {
        return List.of();
    }

    /** Switches a pseudo-class on the decorated control while the message stands. */
    private static final class StateDecoration extends Decoration {
        private final PseudoClass state;

        StateDecoration(PseudoClass state) {
            this.state = state;
        }

        @Override public Node applyDecoration(Node targetNode) {
            targetNode.pseudoClassStateChanged(state, true);
            return null;
        }

        @Override public void removeDecoration(Node targetNode) {
            targetNode.pseudoClassStateChanged(state, false);
        }
    }
}
