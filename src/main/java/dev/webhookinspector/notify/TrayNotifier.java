package dev.webhookinspector.notify;

import dev.webhookinspector.core.notify.Availability;
import dev.webhookinspector.core.notify.Notification;
import dev.webhookinspector.core.notify.Notifier;
import dev.webhookinspector.core.notify.WebhookKey;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.net.URL;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Windows and macOS: a tray icon's message (a toast on Windows, a notification on macOS). AWT is loaded only
 * when the first notification is shown, and on a thread of its own; anything AWT cannot do here (no tray, no
 * display, a missing native library) makes the notifier unavailable, never a crash. Not testable on the Linux CI.
 */
final class TrayNotifier implements Notifier {
    private static final String ICON = "/dev/webhookinspector/icons/app-32.png";
    private final AppIdentity app;
    private final BooleanSupplier headless;
    private final Availability availability = new Availability();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Threads.daemon("desktop-notifications"));
    private volatile Consumer<WebhookKey> activated = key -> {};
    /** Windows reports a click on the message as the icon's action, without saying which message: the latest. */
    private volatile WebhookKey latest;
    private TrayIcon icon;
    private volatile boolean closed;

    TrayNotifier(AppIdentity app) {
        this(app, GraphicsEnvironment::isHeadless);
    }

    /** @param headless whether there is no display: tests answer it, the app asks AWT */
    TrayNotifier(AppIdentity app, BooleanSupplier headless) {
        this.app = app;
        this.headless = headless;
    }

    @Override
    public void show(Notification n) {
        run(() -> {
            TrayIcon i = icon();
            if (i == null) return;
            latest = n.webhook();
            i.displayMessage(n.title(), n.body(), n.verdict().isUnhealthy() ? TrayIcon.MessageType.WARNING : TrayIcon.MessageType.INFO);
        });
    }

    @Override public void prepare() { run(this::icon); }

    @Override public void onActivated(Consumer<WebhookKey> handler) { activated = handler; }

    @Override public void onUnavailable(Consumer<String> handler) { availability.onUnavailable(handler); }

    @Override public Optional<String> unavailable() { return availability.reason(); }

    @Override
    public void close() {
        closed = true;
        run(() -> {
            if (icon != null) SystemTray.getSystemTray().remove(icon);
            icon = null;
        });
        worker.shutdown();
    }

    private void run(Runnable task) {
        if (availability.isUnavailable()) return;
        try {
            worker.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException | LinkageError e) {
                    availability.fail("the system tray failed: " + Threads.oneLine(e));
                }
            });
        } catch (RejectedExecutionException afterClose) {
            // closed: nothing to show any more
        }
    }

    /** On the worker: the tray icon, added the first time; null when there is no tray. */
    private TrayIcon icon() {
        if (icon != null || closed) return icon;
        try {
            if (headless.getAsBoolean()) {
                availability.fail("there is no display");
                return null;
            }
            if (!SystemTray.isSupported()) {
                availability.fail("this desktop has no system tray");
                return null;
            }
            URL image = TrayNotifier.class.getResource(ICON);
            TrayIcon i = new TrayIcon(image == null ? new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_ARGB)
                    : Toolkit.getDefaultToolkit().getImage(image), app.name());
            i.setImageAutoSize(true);
            i.addActionListener(e -> {
                WebhookKey key = latest;
                if (key == null) return;
                try {
                    activated.accept(key);
                } catch (RuntimeException ignored) {
                    // the caller's handler; AWT's event thread must not print its stack trace
                }
            });
            SystemTray.getSystemTray().add(i);
            icon = i;
            return i;
        } catch (java.awt.AWTException | RuntimeException | LinkageError e) {
            availability.fail("the system tray refused the app's icon: " + Threads.oneLine(e));
            return null;
        }
    }
}
