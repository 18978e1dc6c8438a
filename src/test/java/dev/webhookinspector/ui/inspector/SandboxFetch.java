package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.sandbox.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;

/** Real fetches over loopback from the built-in simulator, as the demo mode does them. */
final class SandboxFetch implements AutoCloseable {
    private final Sandbox sandbox;
    private final HttpWebhookFetcher fetcher = new HttpWebhookFetcher();

    SandboxFetch() {
        try {
            sandbox = Sandbox.start(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Sandbox sandbox() { return sandbox; }

    Connection connection(String provider) {
        return connection(provider, sandbox.demoKey(provider), Connection.DEFAULT_TIMEOUT);
    }

    Connection connection(String provider, String key, Duration timeout) {
        return new Connection(Providers.byId(provider).orElseThrow(), sandbox.baseUrl(provider), Map.of(), new ApiKey(key), timeout);
    }

    FetchResult fetch(String provider, String id) {
        try {
            return fetcher.fetch(connection(provider), id);
        } catch (FetchException e) {
            throw new IllegalStateException("The simulator did not serve " + provider + ":" + id + ": " + e.getMessage(), e);
        }
    }

    /** The error a fetch gives, for fixtures that always fail. */
    FetchException failure(Connection connection, String id) {
        try {
            fetcher.fetch(connection, id);
        } catch (FetchException e) {
            return e;
        }
        throw new IllegalStateException("Expected " + id + " to fail");
    }

    FetchException failure(String provider, String id) {
        return failure(connection(provider), id);
    }

    @Override public void close() {
        sandbox.close();
    }
}
