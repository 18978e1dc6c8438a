package dev.webhookinspector.ui;

import atlantafx.base.controls.ModalPane;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;

/**
 * The window's two modal layers: a side sheet on the right (profiles) and a dialog layer above it
 * (forms, confirmations, help). Esc and clicks outside are handled by the window, not by the panes.
 */
public final class Overlays {
    private final ModalPane sheet = new ModalPane(-10);
    private final ModalPane dialog = new ModalPane(-20);
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    /** Dialogs stack: a passphrase prompt may open above the form that caused it. */
    private final java.util.Deque<Entry> dialogs = new java.util.ArrayDeque<>();

    private record Entry(Node content, Runnable onClosed) {}

    public Overlays(boolean reducedMotion) {
        sheet.setId("sheetLayer");
        dialog.setId("dialogLayer");
        sheet.setAlignment(Pos.CENTER_RIGHT);
        dialog.setAlignment(Pos.CENTER);
        if (reducedMotion) {
            for (ModalPane p : new ModalPane[] {sheet, dialog}) {
                p.setInTransitionFactory(null);
                p.setOutTransitionFactory(null);
            }
        } else {
            sheet.usePredefinedTransitionFactories(Side.RIGHT);
        }
        // Persistent: a stray click outside must not throw away a half-filled form.
        sheet.setPersistent(true);
        dialog.setPersistent(true);
        open.bind(sheet.displayProperty().or(dialog.displayProperty()));
    }

    /** The layers, to be stacked above the window's content. */
    public Node[] layers() { return new Node[] {sheet, dialog}; }

    public ReadOnlyBooleanProperty openProperty() { return open.getReadOnlyProperty(); }

    public boolean dialogOpen() { return !dialogs.isEmpty(); }

    /** The topmost dialog, or null. */
    public Node dialogContent() { return dialogs.isEmpty() ? null : dialogs.peek().content(); }

    public void showSheet(Node content) {
        sheet.show(content);
        content.requestFocus();
    }

    public void hideSheet() {
        sheet.hide(true);
    }

    /**
     * Shows {@code content} above everything, over any dialog already open; {@code onClosed} (may be
     * null) runs when it is closed by any means.
     */
    public void showDialog(Node content, Runnable onClosed) {
        dialogs.push(new Entry(content, onClosed));
        dialog.show(content);
    }

    /** Closes the topmost dialog; the one below it, if any, comes back. */
    public void closeDialog() {
        Entry top = dialogs.poll();
        if (top == null) return;
        if (dialogs.isEmpty()) dialog.hide(true);
        else dialog.show(dialogs.peek().content());
        if (top.onClosed() != null) top.onClosed().run();
    }

    /** Closes {@code content} if it is the topmost dialog; a no-op otherwise. */
    public void closeDialog(Node content) {
        if (!dialogs.isEmpty() && dialogs.peek().content() == content) closeDialog();
    }

    /** Closes the topmost layer; false when none was open. */
    public boolean closeTop() {
        if (!dialogs.isEmpty()) {
            closeDialog();
            return true;
        }
        if (sheet.isDisplay()) {
            hideSheet();
            return true;
        }
        return false;
    }
}
