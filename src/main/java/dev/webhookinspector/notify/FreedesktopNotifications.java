package dev.webhookinspector.notify;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * The part of the Desktop Notifications Specification (org.freedesktop.Notifications, version 1.2) this app
 * uses: GNOME Shell, KDE Plasma, dunst, mako and xfce4-notifyd all serve it on the session bus. The names
 * are the specification's, as D-Bus requires.
 */
@DBusInterfaceName(FreedesktopNotifications.BUS_NAME)
public interface FreedesktopNotifications extends DBusInterface {
    String BUS_NAME = "org.freedesktop.Notifications";
    String OBJECT_PATH = "/org/freedesktop/Notifications";
    /** The action a server invokes when the notification itself is clicked. */
    String DEFAULT_ACTION = "default";

    /**
     * @param actions action key and label, alternating
     * @param expireTimeout in milliseconds; -1 leaves it to the server
     * @return the notification's id on this server
     */
    UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body, List<String> actions,
                  Map<String, Variant<?>> hints, int expireTimeout);

    /** "actions", "body", "body-markup", ...: what this server supports. */
    List<String> GetCapabilities();

    void CloseNotification(UInt32 id);

    /** The user chose an action of notification {@code id}; {@value #DEFAULT_ACTION} when they clicked it. */
    class ActionInvoked extends DBusSignal {
        private final UInt32 id;
        private final String actionKey;

        public ActionInvoked(String path, UInt32 id, String actionKey) throws DBusException {
            super(path, id, actionKey);
            this.id = id;
            this.actionKey = actionKey;
        }

        public UInt32 id() { return id; }

        public String actionKey() { return actionKey; }
    }
}
