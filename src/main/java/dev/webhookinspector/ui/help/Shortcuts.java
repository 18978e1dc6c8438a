package dev.webhookinspector.ui.help;

import java.util.List;

/** The window's keyboard shortcuts, as listed in the help overlay. */
public final class Shortcuts {
    /** One line of the help overlay. */
    public record Shortcut(String keys, String action) {}

    public static final List<Shortcut> WINDOW = List.of(
            new Shortcut("Enter", "Fetch the webhook ID in the field"),
            new Shortcut("F5  /  Ctrl+R", "Refresh the webhook shown"),
            new Shortcut("Esc", "Cancel a running fetch, or close a dialog"),
            new Shortcut("Ctrl+L", "Go to the webhook ID field"),
            new Shortcut("Alt+Down", "Show recent webhook IDs (in the ID field)"),
            new Shortcut("Ctrl+F", "Search the raw JSON, or filter the failures (on the Failures tab)"),
            new Shortcut("Ctrl+P", "Switch profile"),
            new Shortcut("Ctrl+N", "New profile"),
            new Shortcut("Ctrl+Shift+P", "Manage profiles"),
            new Shortcut("Ctrl+Shift+L", "Switch between light and dark theme"),
            new Shortcut("F1  /  ?", "Show this list"),
            new Shortcut("Tab  /  Shift+Tab", "Move between controls"),
            new Shortcut("Ctrl+Q", "Quit"));

    private Shortcuts() {}
}
