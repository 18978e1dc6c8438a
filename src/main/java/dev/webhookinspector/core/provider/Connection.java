package dev.webhookinspector.core.provider;

import dev.webhookinspector.core.model.ApiKey;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Everything needed to talk to one provider account: what a profile resolves to at fetch time.
 *
 * @param options provider options by key (Featurebase: {@code apiVersion}); absent keys take defaults
 */
public record Connection(Provider provider, URI baseUrl, Map<String, String> options, ApiKey key, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public Connection {
        options = Map.copyOf(options);
        if (timeout == null) timeout = DEFAULT_TIMEOUT;
        if (baseUrl == null) baseUrl = provider.defaultBaseUrl();
    }

    public String option(String key) {
        String v = options.get(key);
        if (v != null && !v.isBlank()) return v;
        return provider.options().stream().filter(o -> o.key().equals(key)).findFirst()
                .map(ProviderOption::defaultValue).orElse(null);
    }
}
