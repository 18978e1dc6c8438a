package dev.webhookinspector.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The built-in simulator of the Ultravox, v0 and Featurebase APIs on one loopback HTTP server,
 * each under its own path prefix. Tests and the demo mode use it; it never leaves the machine.
 * Every request is recorded, and faults can be switched on while it runs.
 */
public final class Sandbox implements AutoCloseable {
    /** The providers it simulates, each mounted at "/" + id. */
    public static final List<String> PROVIDERS = List.of("ultravox", "v0", "featurebase");

    private static final InetAddress LOOPBACK = loopback(1);
    /** Another loopback address, so a redirect there goes to a different host. */
    private static final InetAddress OTHER_LOOPBACK = loopback(2);
    private static final byte[] STOLEN = "{\"stolen\":true}".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final HttpServer otherHost;
    private final ExecutorService pool;
    private final Faults faults = new Faults();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final Map<String, ProviderApi> apis;
    private final Receiver receiver;
    private com.sun.net.httpserver.HttpsServer untrusted;
    private boolean closed;

    private Sandbox(HttpServer server, HttpServer otherHost, ExecutorService pool) {
        this.server = server;
        this.otherHost = otherHost;
        this.pool = pool;
        Fixtures fixtures = Fixtures.load(new FixtureTime(Instant.now()));
        this.receiver = new Receiver(fixtures);
        URI other = otherHostBase();
        this.apis = Map.of(
                "ultravox", new UltravoxApi(fixtures, faults, other),
                "v0", new V0Api(fixtures, faults, other),
                "featurebase", new FeaturebaseApi(fixtures, faults, other));
    }

    /**
     * Starts the simulator on 127.0.0.1.
     *
     * @param port the port to listen on, 0 for any free one
     * @throws java.net.BindException when the port is taken
     */
    public static Sandbox start(int port) throws IOException {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("Port must be from 0 to 65535, was " + port);
        // Virtual threads: a slow answer sleeps without holding up the others.
        ExecutorService pool = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("sandbox-", 0).factory());
        HttpServer server = null;
        HttpServer otherHost = null;
        try {
            server = HttpServer.create(new InetSocketAddress(LOOPBACK, port), 0);
            otherHost = bindOtherHost();
            Sandbox sandbox = new Sandbox(server, otherHost, pool);
            server.createContext("/", sandbox::handleMain);
            otherHost.createContext("/", sandbox::handleOtherHost);
            server.setExecutor(pool);
            otherHost.setExecutor(pool);
            server.start();
            otherHost.start();
            return sandbox;
        } catch (IOException | RuntimeException e) {
            if (server != null) server.stop(0);
            if (otherHost != null) otherHost.stop(0);
            pool.shutdownNow();
            throw e;
        }
    }

    /** 127.0.0.2 where the OS routes it (Linux, Windows); macOS only has 127.0.0.1, so there it is another port. */
    private static HttpServer bindOtherHost() throws IOException {
        try {
            return HttpServer.create(new InetSocketAddress(OTHER_LOOPBACK, 0), 0);
        } catch (IOException e) {
            return HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Where a provider's API lives: {@code http://127.0.0.1:PORT/ultravox}, {@code .../v0}, {@code .../featurebase}. */
    public URI baseUrl(String providerId) {
        return URI.create("http://127.0.0.1:" + port() + "/" + api(providerId).id());
    }

    /** The only key the simulator accepts for that provider. */
    public String demoKey(String providerId) {
        return api(providerId).demoKey();
    }

    /** The key of the account with {@link DemoFixtures#BULK_WEBHOOKS} webhooks, for lists that span pages. */
    public String bulkKey(String providerId) {
        return api(providerId).bulkKey();
    }

    /**
     * Changes one served webhook in place, as its owner or the provider would between two fetches (a new URL, a rotated
     * secret, new failures, another status): the history tests fetch, change, and fetch again. Call it between requests.
     *
     * @param edit gets the webhook's JSON as the provider sends it
     */
    public void change(String providerId, String webhookId, java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> edit) {
        com.fasterxml.jackson.databind.node.ObjectNode webhook = api(providerId).find(ProviderApi.Account.DEMO, webhookId)
                .orElseThrow(() -> new IllegalArgumentException("The sandbox serves no " + providerId + " webhook " + webhookId));
        synchronized (webhook) {
            edit.accept(webhook);
        }
    }

    /**
     * Serves demo webhook {@code webhookId} of a provider with the state of another demo webhook (say, the failing
     * one), keeping its ID, name and URL, so a watch sees it turn from healthy to failing and back; passing its own
     * ID restores it.
     */
    public void showAs(String providerId, String webhookId, String stateOf) {
        api(providerId).showAs(webhookId, stateOf);
    }

    /** Deletes a demo webhook of a provider ({@code true}: 404 and gone from lists) or brings it back ({@code false}). */
    public void setDeleted(String providerId, String webhookId, boolean deleted) {
        api(providerId).setDeleted(webhookId, deleted);
    }

    public Faults faults() {
        return faults;
    }

    /** A receiver for deliveries to one webhook, verifying them as the provider's docs say: {@code .../receiver/ultravox/ID}. */
    public URI receiverUrl(String providerId, String webhookId) {
        return URI.create("http://127.0.0.1:" + port() + "/receiver/" + api(providerId).id() + "/"
                + java.net.URLEncoder.encode(webhookId, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** The same receiver over https with a self-signed certificate that nothing trusts, started on first use. */
    public synchronized URI untrustedReceiverUrl(String providerId, String webhookId) throws IOException {
        if (untrusted == null) untrusted = UntrustedTls.start(LOOPBACK, pool, this::handleMain);
        URI plain = receiverUrl(providerId, webhookId);
        return URI.create("https://127.0.0.1:" + untrusted.getAddress().getPort() + plain.getRawPath());
    }

    /** What the receiver does with the next deliveries; {@link ReceiverFault#NONE} verifies and accepts. */
    public void receiverFault(ReceiverFault fault) {
        receiver.fault(fault);
    }

    /** Every request received so far, on both listeners, in the order they arrived. */
    public List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public void clearRequests() {
        synchronized (requests) {
            requests.clear();
        }
    }

    /** A second listener on another loopback host; it records what it receives and answers 200 {"stolen":true}. */
    public URI otherHostBase() {
        InetSocketAddress address = otherHost.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    /** Stops at once: open connections are dropped and sleeping (slow) answers are interrupted. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) return;
            closed = true;
        }
        server.stop(0);
        otherHost.stop(0);
        synchronized (this) {
            if (untrusted != null) untrusted.stop(0);
        }
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ProviderApi api(String providerId) {
        ProviderApi api = providerId == null ? null : apis.get(providerId);
        if (api == null) throw new IllegalArgumentException("Unknown provider \"" + providerId + "\"; the sandbox serves " + PROVIDERS + ".");
        return api;
    }

    private void handleMain(HttpExchange exchange) {
        record(exchange);
        List<String> raw = Call.rawSegments(exchange.getRequestURI().getRawPath());
        ProviderApi api = raw.isEmpty() ? null : apis.get(raw.getFirst());
        Call call = null;
        try {
            if (!raw.isEmpty() && raw.getFirst().equals("receiver")) {
                receiver.handle(exchange, raw.subList(1, raw.size()));
                return;
            }
            if (api == null) {
                byte[] body = ("Not found. This sandbox serves " + String.join(", ", PROVIDERS.stream().map(p -> "/" + p).toList())
                        + " on this address.\n").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(404, exchange.getRequestMethod().equals("HEAD") ? -1 : body.length);
                if (!exchange.getRequestMethod().equals("HEAD")) exchange.getResponseBody().write(body);
                return;
            }
            call = new Call(exchange, "/" + api.id(), raw.subList(1, raw.size()));
            api.handle(call);
        } catch (IOException e) {
            // The client went away or the sandbox is closing: nothing left to answer.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (call != null && !call.answered()) {
                try {
                    api.internalError(call);
                } catch (IOException ignored) {
                    // Nothing more can be said on this connection.
                }
            }
        } finally {
            exchange.close();
        }
    }

    private void handleOtherHost(HttpExchange exchange) {
        record(exchange);
        try {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : STOLEN.length);
            if (!head) exchange.getResponseBody().write(STOLEN);
        } catch (IOException e) {
            // The client went away.
        } finally {
            exchange.close();
        }
    }

    private void record(HttpExchange exchange) {
        InetSocketAddress local = exchange.getLocalAddress();
        RecordedRequest request = new RecordedRequest(local.getAddress().getHostAddress() + ":" + local.getPort(),
                exchange.getRequestMethod(), Call.rawPathAndQuery(exchange.getRequestURI()), exchange.getRequestHeaders());
        synchronized (requests) {
            requests.add(request);
        }
    }

    private static InetAddress loopback(int last) {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
