package dev.webhookinspector.core;

import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.sandbox.Sandbox;
import java.time.Duration;
import java.util.Map;

/** Connections to the built-in simulator, as a profile would give them. */
public final class SandboxConnections {
    private SandboxConnections() {}

    public static Connection to(Sandbox sandbox, String provider) {
        return with(sandbox, provider, sandbox.demoKey(provider), Duration.ofSeconds(10));
    }

    public static Connection with(Sandbox sandbox, String provider, String key, Duration timeout) {
        return new Connection(Providers.byId(provider).orElseThrow(), sandbox.baseUrl(provider), Map.of(), new ApiKey(key), timeout);
    }
}
