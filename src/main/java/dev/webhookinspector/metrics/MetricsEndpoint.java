package dev.webhookinspector.metrics;

import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import java.io.IOException;
import java.net.InetAddress;

/**
 * Serves a registry for Prometheus to scrape at {@code /metrics}, in the Prometheus or OpenMetrics text format the
 * scraper asks for. Loopback unless the user names another address: the labels name accounts and webhooks.
 */
public final class MetricsEndpoint implements AutoCloseable {
    public static final String LOOPBACK = "127.0.0.1";
    private final HTTPServer server;

    private MetricsEndpoint(HTTPServer server) {
        this.server = server;
    }

    /**
     * @param port 0 for any free one
     * @throws java.net.BindException when the port is taken
     */
    public static MetricsEndpoint start(WatchMetrics metrics, String host, int port) throws IOException {
        InetAddress address = InetAddress.getByName(host);
        return new MetricsEndpoint(HTTPServer.builder().inetAddress(address).port(port).registry(metrics.registry()).buildAndStart());
    }

    public int port() {
        return server.getPort();
    }

    /** Whether {@code host} is this machine only, so serving there needs no warning. */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
