package dev.webhookinspector.notify;

import dev.webhookinspector.core.notify.Availability;
import dev.webhookinspector.core.notify.Notification;
import dev.webhookinspector.core.notify.Notifier;
import dev.webhookinspector.core.notify.WebhookKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * Linux (and other free desktops): notifications through org.freedesktop.Notifications on the D-Bus session
 * bus, with dbus-java, which java-keyring already brings for the Secret Service. Everything that touches the
 * bus runs on one thread of its own; connecting runs on another under a deadline, so neither a caller nor
 * that thread waits on a bus that does not answer.
 */
final class DbusNotifier implements Notifier {
    static final Duration CONNECT_DEADLINE = Duration.ofSeconds(5);
    /** Clicks are matched to webhooks by notification id; older ids than this many are forgotten. */
    static final int REMEMBERED = 64;

    private final Supplier<Optional<String>> address;
    private final AppIdentity app;
    private final Duration deadline;
    private final Availability availability = new Availability();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Threads.daemon("desktop-notifications"));
    private final Map<Long, WebhookKey> shown = new LinkedHashMap<>(16, 0.75f, false) {
        @Override protected boolean removeEldestEntry(Map.Entry<Long, WebhookKey> eldest) { return size() > REMEMBERED; }
    };
    private volatile Consumer<WebhookKey> activated = key -> {};
    private volatile CompletableFuture<Session> connecting;
    /** Worker thread only. */
    private Session session;
    private volatile boolean closed;

    /** @param address the bus address, or empty when there is no session bus */
    DbusNotifier(Supplier<Optional<String>> address, AppIdentity app, Duration deadline) {
        this.address = address;
        this.app = app;
        this.deadline = deadline;
    }

    /** The bus of this login session: DBUS_SESSION_BUS_ADDRESS, else systemd's per-user socket. */
    static Optional<String> sessionBusAddress() {
        String env = System.getenv("DBUS_SESSION_BUS_ADDRESS");
        if (env != null && !env.isBlank()) return Optional.of(env.strip());
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank() && Files.exists(Path.of(runtime, "bus"))) {
            return Optional.of("unix:path=" + Path.of(runtime, "bus"));
        }
        return Optional.empty();
    }

    @Override
    public void show(Notification notification) {
        run(() -> {
            Session s = session();
            if (s != null) s.show(notification);
        });
    }

    @Override
    public void prepare() {
        run(this::session);
    }

    @Override public void onActivated(Consumer<WebhookKey> handler) { activated = handler; }

    @Override public void onUnavailable(Consumer<String> handler) { availability.onUnavailable(handler); }

    @Override public Optional<String> unavailable() { return availability.reason(); }

    @Override
    public void close() {
        closed = true;
        worker.shutdownNow();
        // The session came from here: closed now, or as soon as a connection still on its way arrives.
        CompletableFuture<Session> c = connecting;
        if (c != null) c.thenAccept(Session::close);
    }

    private void run(Runnable task) {
        if (closed || availability.isUnavailable()) return;
        try {
            worker.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    availability.fail("the notification service failed: " + Threads.oneLine(e));
                }
            });
        } catch (RejectedExecutionException afterClose) {
            // closed meanwhile: nothing to show any more
        }
    }

    /** On the worker: the session, connecting the first time; null when unavailable. */
    private Session session() {
        if (closed) return null;
        if (session != null || availability.isUnavailable()) return session;
        if (connecting == null) {
            connecting = CompletableFuture.supplyAsync(this::connect, Threads.oneShot("desktop-notifications-connect"));
        }
        try {
            Session connected = connecting.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            if (closed) {
                connected.close();
                return null;
            }
            session = connected;
            return connected;
        } catch (TimeoutException e) {
            availability.fail("the D-Bus session bus did not answer within " + deadline.toSeconds() + " s");
            connecting.thenAccept(Session::close);
        } catch (ExecutionException e) {
            availability.fail(e.getCause() instanceof Unavailable u ? u.getMessage() : Threads.oneLine(e.getCause()));
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
            connecting.thenAccept(Session::close);
        }
        return null;
    }

    private Session connect() {
        String at = address.get().orElseThrow(() -> new Unavailable("there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)"));
        DBusConnection connection;
        try {
            connection = DBusConnectionBuilder.forAddress(at).withShared(false).build();
        } catch (Exception | LinkageError e) {
            throw new Unavailable("could not connect to the D-Bus session bus: " + Threads.oneLine(e));
        }
        try {
            connection.addSigHandler(FreedesktopNotifications.ActionInvoked.class, this::onAction);
            FreedesktopNotifications service = connection.getRemoteObject(
                    FreedesktopNotifications.BUS_NAME, FreedesktopNotifications.OBJECT_PATH, FreedesktopNotifications.class);
            List<String> capabilities = service.GetCapabilities();
            return new Session(connection, service, capabilities.contains("body-markup"));
        } catch (Exception e) {
            Session.quietly(connection);
            if (e instanceof DBusExecutionException x && String.valueOf(x.getType()).endsWith("ServiceUnknown")
                    || e.getClass().getSimpleName().equals("ServiceUnknown")) {
                throw new Unavailable("no notification service runs on this desktop (nothing owns " + FreedesktopNotifications.BUS_NAME + ")");
            }
            throw new Unavailable("the desktop's notification service did not respond: " + Threads.oneLine(e));
        }
    }

    /** On a dbus-java signal thread. */
    private void onAction(FreedesktopNotifications.ActionInvoked signal) {
        if (!FreedesktopNotifications.DEFAULT_ACTION.equals(signal.actionKey())) return;
        WebhookKey key;
        synchronized (shown) {
            key = shown.get(signal.id().longValue());
        }
        if (key == null) return;
        try {
            activated.accept(key);
        } catch (RuntimeException e) {
            // the caller's handler; a dbus-java thread must not die of it, nor print a stack trace
        }
    }

    /** A connected bus and the server's answers about itself. Used on the worker only, closed from anywhere. */
    private final class Session {
        private final DBusConnection connection;
        private final FreedesktopNotifications service;
        private final boolean markup;
        /** Each webhook's latest notification, so a newer one replaces it instead of piling up. */
        private final Map<WebhookKey, UInt32> latest = new LinkedHashMap<>();

        Session(DBusConnection connection, FreedesktopNotifications service, boolean markup) {
            this.connection = connection;
            this.service = service;
            this.markup = markup;
        }

        void show(Notification n) {
            Map<String, Variant<?>> hints = new LinkedHashMap<>();
            if (!app.desktopEntry().isEmpty()) hints.put("desktop-entry", new Variant<>(app.desktopEntry()));
            String body = markup ? escapeMarkup(n.body()) : n.body();
            UInt32 id = service.Notify(app.name(), latest.getOrDefault(n.webhook(), new UInt32(0)), app.icon(),
                    n.title(), body, List.of(FreedesktopNotifications.DEFAULT_ACTION, "Open"), hints, -1);
            latest.remove(n.webhook());
            latest.put(n.webhook(), id);
            if (latest.size() > REMEMBERED) latest.remove(latest.keySet().iterator().next());
            synchronized (shown) {
                shown.put(id.longValue(), n.webhook());
            }
        }

        void close() {
            quietly(connection);
        }

        static void quietly(DBusConnection connection) {
            try {
                connection.close();
            } catch (Exception | LinkageError ignored) {
                // closing is best effort; the bus drops the connection when the process ends anyway
            }
        }
    }

    /** The body is the only text the specification lets a server read as markup. */
    static String escapeMarkup(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Why connecting gave up, already in the user's words. */
    private static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }
}
