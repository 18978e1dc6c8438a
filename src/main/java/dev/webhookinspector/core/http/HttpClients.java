package dev.webhookinspector.core.http;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;

/**
 * Builds the HTTP client for one {@link Network}: redirects never followed by the JDK (SafeHttp follows
 * same-origin ones itself), the network's proxy, and TLS trusting the JDK's, the OS's and the user's CAs.
 */
final class HttpClients {
    private HttpClients() {}

    static HttpClient build(Network network, Duration connectTimeout) throws FetchException {
        return build(network, connectTimeout, Trust.operatingSystemStores());
    }

    /** @param osStores the operating system's trusted certificates; tests pass their own */
    static HttpClient build(Network network, Duration connectTimeout, List<KeyStore> osStores) throws FetchException {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .proxy(new Selector(network))
                .sslContext(Trust.context(network.caFiles(), osStores))
                .build();
    }

    private static final class Selector extends ProxySelector {
        private final Network network;

        Selector(Network network) { this.network = network; }

        @Override public List<Proxy> select(URI uri) { return List.of(network.select(uri)); }

        // The failure reaches the caller as an exception, worded with the proxy's name by ProxyProblems.
        @Override public void connectFailed(URI uri, SocketAddress proxy, IOException e) {}
    }
}
