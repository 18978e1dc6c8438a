package dev.webhookinspector.notify;

import dev.webhookinspector.core.notify.Notifier;
import java.util.Locale;

/**
 * The notifier for the desktop this runs on. Creating one connects to nothing: D-Bus or the tray is reached
 * when the first notification is shown (or on {@link Notifier#prepare()}), off the caller's thread.
 */
public final class Notifiers {
    private Notifiers() {}

    public static Notifier forThisDesktop() {
        return forOs(System.getProperty("os.name", ""));
    }

    static Notifier forOs(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        AppIdentity app = AppIdentity.ofThisApp();
        if (os.startsWith("windows") || os.startsWith("mac")) return new TrayNotifier(app);
        if (os.contains("linux") || os.contains("bsd")) {
            return new DbusNotifier(DbusNotifier::sessionBusAddress, app, DbusNotifier.CONNECT_DEADLINE);
        }
        return Notifier.unavailable("this app cannot show notifications on " + (osName.isBlank() ? "this system" : osName));
    }
}
