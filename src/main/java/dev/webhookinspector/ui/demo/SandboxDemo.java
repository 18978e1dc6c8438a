package dev.webhookinspector.ui.demo;

import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Demo mode on the built-in simulator: started on a free loopback port, one in-memory profile per provider. */
public final class SandboxDemo implements DemoSession {
    /** Whose bulk account the demo adds as a fourth profile. */
    static final String BULK_PROVIDER = "featurebase";

    private final Sandbox sandbox;
    private final List<ProfileChoice.Demo> profiles = new ArrayList<>();
    private final List<DemoWebhook> webhooks = new ArrayList<>();

    private SandboxDemo(Sandbox sandbox) {
        this.sandbox = sandbox;
        for (Provider p : Providers.all()) {
            String id = p.id().value();
            if (!Sandbox.PROVIDERS.contains(id)) continue;
            Connection c = new Connection(p, sandbox.baseUrl(id), Map.of(), new ApiKey(sandbox.demoKey(id)), null);
            profiles.add(new ProfileChoice.Demo(p.displayName() + " demo", p, c));
            for (DemoFixtures.Fixture f : DemoFixtures.forProvider(id)) webhooks.add(toWebhook(p, f));
        }
        // An account big enough to page, for the board and the sidebar: Featurebase's pages hold at most 100.
        Providers.byId(BULK_PROVIDER).ifPresent(p -> profiles.add(new ProfileChoice.Demo(
                p.displayName() + " demo, " + DemoFixtures.BULK_WEBHOOKS + " webhooks", p,
                new Connection(p, sandbox.baseUrl(BULK_PROVIDER), Map.of(), new ApiKey(sandbox.bulkKey(BULK_PROVIDER)), null))));
    }

    /** Starts the simulator on a free port. Blocking: call it off the JavaFX thread. */
    public static SandboxDemo start() throws java.io.IOException {
        return new SandboxDemo(Sandbox.start(0));
    }

    /** The simulator itself, for tests that check what it received. */
    public Sandbox sandbox() { return sandbox; }

    @Override public List<ProfileChoice.Demo> profiles() { return List.copyOf(profiles); }

    @Override public List<DemoWebhook> webhooks() { return List.copyOf(webhooks); }

    @Override public java.util.Optional<java.net.URI> receiverFor(dev.webhookinspector.core.model.Snapshot webhook) {
        String provider = webhook.provider().value();
        boolean ours = webhooks.stream().anyMatch(w -> w.provider().id().value().equals(provider) && w.id().equals(webhook.id()));
        return ours ? java.util.Optional.of(sandbox.receiverUrl(provider, webhook.id())) : java.util.Optional.empty();
    }

    @Override public void close() { sandbox.close(); }

    /** "healthy: status normal, two secrets" becomes title "Healthy" and description "status normal, two secrets". */
    static DemoWebhook toWebhook(Provider provider, DemoFixtures.Fixture f) {
        String d = f.description();
        int colon = d.indexOf(": ");
        String title;
        String description;
        if (!f.faultTrigger() && colon > 0) {
            title = capitalize(d.substring(0, colon));
            description = d.substring(colon + 2);
        } else {
            title = capitalize(d);
            description = f.id();
        }
        return new DemoWebhook(provider, f.id(), title, description, f.faultTrigger());
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
