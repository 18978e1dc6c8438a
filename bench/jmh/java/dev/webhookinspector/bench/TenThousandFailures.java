package dev.webhookinspector.bench;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import java.time.Duration;
import java.util.Map;

/** The simulator's 10,000-failure Ultravox webhook, fetched once over loopback as the app fetches it. */
public final class TenThousandFailures {
    public static final String ID = DemoFixtures.ULTRAVOX_MANY_FAILURES;

    private TenThousandFailures() {}

    public static Provider provider() {
        return Providers.byId("ultravox").orElseThrow();
    }

    public static FetchResult fetch() throws Exception {
        try (Sandbox sandbox = Sandbox.start(0)) {
            Connection c = new Connection(provider(), sandbox.baseUrl("ultravox"), Map.of(),
                    new ApiKey(sandbox.demoKey("ultravox")), Duration.ofSeconds(60));
            FetchResult r = new HttpWebhookFetcher().fetch(c, ID);
            if (r.snapshot().failures().size() != 10_000) {
                throw new IllegalStateException("expected 10,000 failures, got " + r.snapshot().failures().size());
            }
            return r;
        }
    }
}
