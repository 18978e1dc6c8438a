package dev.webhookinspector.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * Stands in for the desktop's notification daemon (GNOME Shell, dunst...) on a private bus: it owns
 * org.freedesktop.Notifications, records every Notify call and can play a user's click.
 */
final class NotificationServerDouble implements FreedesktopNotifications, AutoCloseable {
    /** One Notify call as the server received it. */
    record Received(long id, String appName, long replacesId, String appIcon, String summary, String body, List<String> actions,
                    Map<String, Object> hints, int expireTimeout) {}

    private final DBusConnection connection;
    private final List<String> capabilities;
    private final List<Received> received = new ArrayList<>();
    private final AtomicLong nextId = new AtomicLong(41);

    private NotificationServerDouble(DBusConnection connection, List<String> capabilities) {
        this.connection = connection;
        this.capabilities = List.copyOf(capabilities);
    }

    static NotificationServerDouble start(String busAddress, List<String> capabilities) throws DBusException {
        DBusConnection c = DBusConnectionBuilder.forAddress(busAddress).withShared(false).build();
        NotificationServerDouble server = new NotificationServerDouble(c, capabilities);
        c.exportObject(OBJECT_PATH, server);
        c.requestBusName(BUS_NAME);
        return server;
    }

    @Override
    public UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body, List<String> actions,
                         Map<String, Variant<?>> hints, int expireTimeout) {
        long id = replacesId.longValue() != 0 ? replacesId.longValue() : nextId.incrementAndGet();
        Map<String, Object> plainHints = new java.util.LinkedHashMap<>();
        hints.forEach((k, v) -> plainHints.put(k, v.getValue()));
        synchronized (received) {
            received.add(new Received(id, appName, replacesId.longValue(), appIcon, summary, body, List.copyOf(actions), plainHints,
                    expireTimeout));
        }
        return new UInt32(id);
    }

    @Override public List<String> GetCapabilities() { return capabilities; }

    @Override public void CloseNotification(UInt32 id) {}

    @Override public String getObjectPath() { return OBJECT_PATH; }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** What the server sends when the user clicks notification {@code id} (action "default") or one of its buttons. */
    void invoke(long id, String actionKey) throws DBusException {
        connection.sendMessage(new ActionInvoked(OBJECT_PATH, new UInt32(id), actionKey));
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (Exception ignored) {
            // the bus goes away with the test anyway
        }
    }
}
