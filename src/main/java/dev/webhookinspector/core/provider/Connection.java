package dev.webhookinspector.core.provider;

import dev.webhookinspector.core.http.Network;
import dev.webhookinspector.core.model.ApiKey;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Everything needed to talk to one provider account: what a profile resolves to at fetch time.
 *
 * @param options provider options by key (Featurebase: {@code apiVersion}); absent keys take defaults
 * @param network the proxy and extra CA certificates requests use
 */
public record Connection(Provider provider, URI baseUrl, Map<String, String> options, ApiKey key, Duration timeout, Network network) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public Connection {
        options = Map.copyOf(options);
        if (timeout == null) timeout = DEFAULT_TIMEOUT;
        if (baseUrl == null) baseUrl = provider.defaultBaseUrl();
        if (network == null) network = Network.system();
    }

    /** With the system's proxy and certificates, from this process's environment. */
    public Connection(Provider provider, URI baseUrl, Map<String, String> options, ApiKey key, Duration timeout) {
        this(provider, baseUrl, options, key, timeout, null);
    }

    public Connection withNetwork(Network n) {
        return new Connection(provider, baseUrl, options, key, timeout, n);
    }

    public Connection withTimeout(Duration t) {
        return new Connection(provider, baseUrl, options, key, t, network);
    }

    public String option(String key) {
        String v = options.get(key);
        if (v != null && !v.isBlank()) return v;
        return provider.options().stream().filter(o -> o.key().equals(key)).findFirst()
                .map(ProviderOption::defaultValue).orElse(null);
    }
}
