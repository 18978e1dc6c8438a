package dev.webhookinspector.ui.keys;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every keyboard shortcut of the window, once: its keys, what it does, and who handles it. The key
 * handlers ({@link ShortcutKeys}), the tooltips and the help overlay are made from this table, so they
 * cannot disagree. Keys use the Shortcut modifier, which is Ctrl on Linux and Windows and Cmd on macOS;
 * {@link KeyCombination#getDisplayText()} names them the platform's way.
 */
public enum Shortcut {
    FETCH(Scope.ID_FIELD, "Fetch the webhook ID in the field", key(KeyCode.ENTER)),
    REFRESH(Scope.WINDOW, "Refresh the webhook shown", key(KeyCode.F5), key(KeyCode.R, SHORTCUT_DOWN)),
    CANCEL(Scope.WINDOW, "Cancel running work (a fetch, the board's lists), or close a dialog or the board", key(KeyCode.ESCAPE)),
    FOCUS_ID(Scope.WINDOW, "Go to the webhook ID field", key(KeyCode.L, SHORTCUT_DOWN)),
    RECENT_IDS(Scope.ID_FIELD, "Show recent webhook IDs (in the ID field)", key(KeyCode.DOWN), key(KeyCode.DOWN, ALT_DOWN)),
    FIND(Scope.INSPECTOR, "Search the raw JSON, or filter the failures (on the Failures tab)", key(KeyCode.F, SHORTCUT_DOWN)),
    COPY_VALUE(Scope.INSPECTOR, "Copy the selected field's value (on the Fields tab)", key(KeyCode.C, SHORTCUT_DOWN)),
    FOCUS_SIDEBAR(Scope.WINDOW, "Filter the current profile's webhooks (the sidebar)", key(KeyCode.K, SHORTCUT_DOWN)),
    TOGGLE_SIDEBAR(Scope.WINDOW, "Show or hide the webhook sidebar", key(KeyCode.BACK_SLASH, SHORTCUT_DOWN)),
    BOARD(Scope.WINDOW, "Show or hide the board of every profile's webhooks", key(KeyCode.B, SHORTCUT_DOWN)),
    SWITCH_PROFILE(Scope.WINDOW, "Switch profile", key(KeyCode.P, SHORTCUT_DOWN)),
    NEW_PROFILE(Scope.WINDOW, "New profile", key(KeyCode.N, SHORTCUT_DOWN)),
    MANAGE_PROFILES(Scope.WINDOW, "Manage profiles", key(KeyCode.P, SHORTCUT_DOWN, SHIFT_DOWN)),
    TOGGLE_THEME(Scope.WINDOW, "Switch between light and dark theme", key(KeyCode.L, SHORTCUT_DOWN, SHIFT_DOWN)),
    HELP(Scope.WINDOW, "Show this list", key(KeyCode.F1), new KeyCharacterCombination("?")),
    NEXT_CONTROL(Scope.FOCUS, "Move between controls", key(KeyCode.TAB), key(KeyCode.TAB, SHIFT_DOWN)),
    QUIT(Scope.WINDOW, "Quit", key(KeyCode.Q, SHORTCUT_DOWN));

    /** Who reacts to a shortcut's keys. */
    public enum Scope {
        /** The window's one key handler, wherever the focus is. */
        WINDOW,
        /** The webhook ID field, while it has the focus. */
        ID_FIELD,
        /** The inspector panels, which handle their own keys. */
        INSPECTOR,
        /** JavaFX's focus traversal; listed so users find it. */
        FOCUS
    }

    private final Scope scope;
    private final String label;
    private final List<KeyCombination> keys;

    Shortcut(Scope scope, String label, KeyCombination... keys) {
        this.scope = scope;
        this.label = label;
        this.keys = List.of(keys);
    }

    public Scope scope() { return scope; }

    /** What the shortcut does, as the help overlay says it. */
    public String label() { return label; }

    /** The keys, the main one first. */
    public List<KeyCombination> keys() { return keys; }

    /** Each key as this platform names it: "Ctrl+R" on Linux and Windows, "⌘R" on macOS. */
    public List<String> keyTexts() {
        return keys.stream().map(KeyCombination::getDisplayText).toList();
    }

    /** "F5 or Ctrl+R". */
    public String keyText() {
        return keyTexts().stream().collect(Collectors.joining(" or "));
    }

    /** A control's tooltip: {@code text} followed by the keys, "Refresh the webhook shown (F5 or Ctrl+R)". */
    public String tooltip(String text) {
        return text + " (" + keyText() + ")";
    }

    /**
     * Whether {@code e} is one of the keys. A key with a modifier or a name (F5, Ctrl+R) matches when
     * pressed; a printable character (?) matches when typed, so it works on any keyboard layout.
     */
    public boolean matches(KeyEvent e) {
        for (KeyCombination k : keys) {
            if (k instanceof KeyCharacterCombination c) {
                if (e.getEventType() == KeyEvent.KEY_TYPED && c.getCharacter().equals(e.getCharacter())) return true;
            } else if (e.getEventType() == KeyEvent.KEY_PRESSED && k.match(e)) {
                return true;
            }
        }
        return false;
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }
}
