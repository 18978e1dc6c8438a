package dev.webhookinspector.notify;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A D-Bus session bus of the test's own: a dbus-daemon on a socket in a temporary folder, with no service
 * activation, so nothing on the machine (a real notification daemon, the CI's key ring) answers in its place.
 */
final class PrivateSessionBus implements AutoCloseable {
    private final Process daemon;
    private final String address;

    private PrivateSessionBus(Process daemon, String address) {
        this.daemon = daemon;
        this.address = address;
    }

    /** The dbus-daemon on the PATH, or empty when it is not installed. */
    static Optional<Path> findDaemon() {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "dbus-daemon")).filter(Files::isExecutable).findFirst();
    }

    static PrivateSessionBus start(Path daemonBinary, Path dir) throws Exception {
        Path config = dir.resolve("session.conf");
        Files.writeString(config, """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>session</type>
                  <listen>unix:dir=%s</listen>
                  <auth>EXTERNAL</auth>
                  <policy context="default">
                    <allow send_destination="*" eavesdrop="true"/>
                    <allow eavesdrop="true"/>
                    <allow own="*"/>
                  </policy>
                </busconfig>
                """.formatted(dir));
        Path log = dir.resolve("dbus-daemon.log");
        Process p = new ProcessBuilder(daemonBinary.toString(), "--config-file=" + config, "--nofork", "--print-address")
                .redirectError(log.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String address;
        try {
            address = firstLine.get(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            address = null;
        }
        if (address == null || !address.startsWith("unix:")) {
            p.destroyForcibly();
            throw new IllegalStateException("dbus-daemon printed no address; it said: " + Files.readString(log).strip());
        }
        return new PrivateSessionBus(p, address.strip());
    }

    String address() { return address; }

    @Override
    public void close() throws InterruptedException {
        daemon.destroy();
        if (!daemon.waitFor(10, TimeUnit.SECONDS)) daemon.destroyForcibly();
    }
}
