package dev.webhookinspector.ui.inspector;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Puts text on the clipboard; an interface so tests can see exactly what was copied. */
@FunctionalInterface
public interface Copier {
    void copy(String text);

    /** The system clipboard; call on the JavaFX thread. */
    static Copier system() {
        return text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        };
    }
}
