package dev.webhookinspector.notify;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How notifications name their sender.
 *
 * @param icon an icon file or theme icon name, or empty for the server's default
 * @param desktopEntry the installed desktop file's name without ".desktop", which lets the desktop show the app's
 *        own name and icon and group its notifications; empty when unknown
 */
record AppIdentity(String name, String icon, String desktopEntry) {
    static final String NAME = "Webhook Inspector";
    /** jpackage installs the menu entry as PACKAGE-LAUNCHER.desktop. */
    static final String DESKTOP_ENTRY = "webhook-inspector-webhook-inspector";

    AppIdentity {
        icon = icon == null ? "" : icon;
        desktopEntry = desktopEntry == null ? "" : desktopEntry;
    }

    /**
     * The packaged app's identity: its launcher (jpackage.app-path, bin/webhook-inspector) has the icon in
     * ../lib. Run from the sources there is no icon and no desktop entry.
     */
    static AppIdentity ofThisApp() {
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher == null || launcher.isBlank()) return new AppIdentity(NAME, "", "");
        Path appDir = Path.of(launcher).toAbsolutePath().getParent();
        Path icon = appDir == null || appDir.getParent() == null ? null : appDir.getParent().resolve("lib").resolve("webhook-inspector.png");
        return new AppIdentity(NAME, icon != null && Files.isRegularFile(icon) ? icon.toString() : "", DESKTOP_ENTRY);
    }
}
