package dev.webhookinspector.ui.keys;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * Installs the handlers of one {@link Shortcut.Scope} from the table: one key filter that finds the
 * shortcut pressed and runs its action. An action returns false when it does not apply just now
 * (nothing to cancel), which lets the key through to the focused control.
 */
public final class ShortcutKeys {
    private ShortcutKeys() {}

    /** The window's shortcuts, on the whole scene. */
    public static void install(Scene scene, Map<Shortcut, BooleanSupplier> actions) {
        EventHandler<KeyEvent> filter = filter(Shortcut.Scope.WINDOW, actions, scene::getFocusOwner);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, filter);
        scene.addEventFilter(KeyEvent.KEY_TYPED, filter);
    }

    /** The shortcuts of {@code scope}, while {@code node} or a node inside it has the focus. */
    public static void install(Node node, Shortcut.Scope scope, Map<Shortcut, BooleanSupplier> actions) {
        EventHandler<KeyEvent> filter = filter(scope, actions, () -> node.getScene() == null ? null : node.getScene().getFocusOwner());
        node.addEventFilter(KeyEvent.KEY_PRESSED, filter);
        node.addEventFilter(KeyEvent.KEY_TYPED, filter);
    }

    private static EventHandler<KeyEvent> filter(Shortcut.Scope scope, Map<Shortcut, BooleanSupplier> actions, Supplier<Node> focusOwner) {
        Map<Shortcut, BooleanSupplier> table = complete(scope, actions);
        return e -> {
            // A character typed into a text field is text, not a command.
            if (e.getEventType() == KeyEvent.KEY_TYPED && focusOwner.get() instanceof TextInputControl) return;
            for (Map.Entry<Shortcut, BooleanSupplier> entry : table.entrySet()) {
                if (entry.getKey().matches(e)) {
                    if (entry.getValue().getAsBoolean()) e.consume();
                    return;
                }
            }
        };
    }

    /** Every shortcut of the scope needs an action, or the table would promise a key that does nothing. */
    private static Map<Shortcut, BooleanSupplier> complete(Shortcut.Scope scope, Map<Shortcut, BooleanSupplier> actions) {
        Map<Shortcut, BooleanSupplier> table = new EnumMap<>(Shortcut.class);
        for (Shortcut s : Shortcut.values()) {
            if (s.scope() != scope) continue;
            BooleanSupplier action = actions.get(s);
            if (action == null) throw new IllegalArgumentException("No action for the shortcut " + s + " (" + s.keyText() + ")");
            table.put(s, action);
        }
        if (!table.keySet().containsAll(actions.keySet())) {
            throw new IllegalArgumentException("Actions for shortcuts outside " + scope + ": " + actions.keySet());
        }
        return table;
    }
}
