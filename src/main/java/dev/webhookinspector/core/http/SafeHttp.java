package dev.webhookinspector.core.http;

import dev.webhookinspector.core.Version;
import dev.webhookinspector.core.model.Redactor;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.problem.Remedy;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.text.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.net.ssl.SSLException;

/**
 * The one place that talks HTTP. Redirects are followed here, same origin only, because the JDK
 * forwards custom auth headers such as X-API-Key to any host it is redirected to.
 */
public final class SafeHttp {
    public static final long DEFAULT_MAX_BODY = 16L * 1024 * 1024;
    static final int MAX_REDIRECTS = 3;
    static final int MAX_RETRIES = 2;
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(10);
    private static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(1);

    /** How to wait before a retry; tests may pass a recording one. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final HttpClient client;
    private final long maxBody;
    private final Sleeper sleeper;
    private final Duration connectTimeout;
    private final Network network;
    /** One SafeHttp per network (proxy, CA file), shared by all made from the same first one. */
    private final ConcurrentMap<Network, SafeHttp> byNetwork;

    public SafeHttp() {
        this(Duration.ofSeconds(10), DEFAULT_MAX_BODY, d -> Thread.sleep(d.toMillis()));
    }

    public SafeHttp(Duration connectTimeout, long maxBody, Sleeper sleeper) {
        this(direct(connectTimeout), connectTimeout, maxBody, sleeper, Network.DIRECT, new ConcurrentHashMap<>());
    }

    private SafeHttp(HttpClient client, Duration connectTimeout, long maxBody, Sleeper sleeper, Network network,
                     ConcurrentMap<Network, SafeHttp> byNetwork) {
        this.client = client;
        this.maxBody = maxBody;
        this.sleeper = sleeper;
        this.connectTimeout = connectTimeout;
        this.network = network;
        this.byNetwork = byNetwork;
    }

    private static HttpClient direct(Duration connectTimeout) {
        try {
            return HttpClients.build(Network.DIRECT, connectTimeout);
        } catch (FetchException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * The same limits over {@code n}'s proxy and trusted certificates. Fails, without sending anything, when
     * the network's settings cannot be used (a proxy with a password, an unreadable CA file).
     */
    public SafeHttp on(Network n) throws FetchException {
        if (n.equals(network)) return this;
        SafeHttp known = byNetwork.get(n);
        if (known != null) return known;
        SafeHttp made = new SafeHttp(HttpClients.build(n, connectTimeout), connectTimeout, maxBody, sleeper, n, byNetwork);
        SafeHttp raced = byNetwork.putIfAbsent(n, made);
        return raced != null ? raced : made;
    }

    public static String userAgent() {
        return "webhook-inspector/" + Version.get();
    }

    /** The headers actually sent: the caller's plus User-Agent and Accept. */
    public static List<Header> withStandardHeaders(List<Header> headers) {
        List<Header> all = new ArrayList<>(headers);
        all.add(Header.plain("Accept", "application/json"));
        all.add(Header.plain("User-Agent", userAgent()));
        return all;
    }

    /**
     * GETs {@code url}. Non-2xx answers are returned, not thrown, so the caller can read the
     * provider's error body; transport problems, refused redirects and oversized bodies are thrown.
     */
    public Reply get(URI url, List<Header> headers, Duration timeout) throws FetchException {
        // One deadline for everything: redirects, retries and every body read spend the same budget.
        Deadline deadline = Deadline.after(timeout);
        Optional<String> bad = Origins.checkBaseUrl(URI.create(url.getScheme() + "://" + url.getRawAuthority()));
        if (bad.isPresent()) throw new FetchException(ProblemKind.INVALID_INPUT, bad.get(), Remedy.CHECK_BASE_URL);
        List<Header> sentHeaders = withStandardHeaders(headers);
        HeaderRules.check(sentHeaders);
        Redactor redactor = HeaderRules.redactor(sentHeaders);
        URI origin = url;
        URI current = url;
        int redirects = 0;
        int retries = 0;
        int attempts = 0;
        while (true) {
            attempts++;
            SentRequest sent = new SentRequest("GET", current, sentHeaders);
            Reply reply = send(sent, deadline, attempts, redactor);
            int status = reply.status();
            if (isRedirect(status) && reply.headers().firstValue("Location").isPresent()) {
                URI next = resolveRedirect(current, reply.headers().firstValue("Location").get());
                if (!Origins.sameOrigin(origin, next)) {
                    // Host and port only: a user-info part of the Location is the server's text and could carry anything.
                    throw new FetchException(ProblemKind.REDIRECT_REFUSED, "The server redirected to another host (" + next.getScheme() + "://"
                            + hostAndPort(next) + "); the request was not followed so your API key stays with "
                            + origin.getRawAuthority(), "", status, null, Remedy.CHECK_BASE_URL);
                }
                if (++redirects > MAX_REDIRECTS) {
                    throw new FetchException(ProblemKind.REDIRECT_REFUSED, "Too many redirects (more than " + MAX_REDIRECTS
                            + ") from " + origin.getRawAuthority(), "", status, null, Remedy.CHECK_BASE_URL);
                }
                current = next;
                continue;
            }
            if ((status == 429 || status == 503) && retries < MAX_RETRIES) {
                Duration wait = retryAfter(reply).orElse(DEFAULT_RETRY_DELAY);
                // A wait that would end past the deadline only delays the same answer: give it now.
                if (wait.compareTo(MAX_RETRY_AFTER) <= 0 && wait.compareTo(deadline.remaining()) < 0) {
                    retries++;
                    try {
                        sleeper.sleep(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw cancelled();
                    }
                    continue;
                }
            }
            return reply;
        }
    }

    /**
     * One POST as a provider delivers a webhook (the delivery lab): no retry, no redirect followed (a 3xx is the
     * answer), the body read up to the size cap, all within {@code timeout}. The caller's headers go as given,
     * with User-Agent; the caller never passes the API key to a receiver. Transport problems are thrown.
     */
    public Reply post(URI url, byte[] body, List<Header> headers, Duration timeout) throws FetchException {
        Deadline deadline = Deadline.after(timeout);
        // No key goes with a delivery, so plain http to any host is the receiver's choice (core/delivery checks the URL).
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null || url.getRawUserInfo() != null) {
            throw new FetchException(ProblemKind.INVALID_INPUT, "Deliveries go to an http:// or https:// address without a user name");
        }
        List<Header> sentHeaders = new ArrayList<>(headers);
        sentHeaders.add(Header.plain("User-Agent", userAgent()));
        HeaderRules.check(sentHeaders);
        return send(new SentRequest("POST", url, sentHeaders), deadline, 1, HeaderRules.redactor(sentHeaders), body);
    }

    private Reply send(SentRequest sent, Deadline deadline, int attempts, Redactor redactor) throws FetchException {
        return send(sent, deadline, attempts, redactor, null);
    }

    private Reply send(SentRequest sent, Deadline deadline, int attempts, Redactor redactor, byte[] post) throws FetchException {
        String host = sent.url().getRawAuthority();
        Duration timeout = deadline.timeout();
        if (deadline.remaining().isZero()) throw noAnswer(host, timeout, null);
        HttpRequest.Builder b = HttpRequest.newBuilder(sent.url()).timeout(deadline.remaining());
        if (post == null) b.GET();
        else b.POST(HttpRequest.BodyPublishers.ofByteArray(post));
        for (Header h : sent.headers()) b.header(h.name(), h.value());
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> response = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            Duration firstByte = Duration.ofNanos(System.nanoTime() - started);
            byte[] body = readCapped(response, host, deadline);
            return new Reply(sent, response.statusCode(), response.headers(), body, attempts, firstByte,
                    Duration.ofNanos(System.nanoTime() - started), certificateOf(response));
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException(ProblemKind.TIMEOUT, "Could not connect to " + host + " in time", "", 0, e,
                    Remedy.CHECK_BASE_URL, Remedy.CHECK_NETWORK);
        } catch (HttpTimeoutException e) {
            throw noAnswer(host, timeout, e);
        } catch (SSLException e) {
            throw tls(host, e, redactor);
        } catch (ConnectException e) {
            String why = e.getCause() instanceof UnknownHostException ? "the host name is unknown" : "the connection was refused";
            throw new FetchException(ProblemKind.NETWORK, "Could not connect to " + host + ": " + why, "", 0, e,
                    Remedy.CHECK_BASE_URL, Remedy.CHECK_NETWORK);
        } catch (ProtocolException e) {
            // A garbage status line or an endless header block: the server answered, but not in HTTP.
            throw new FetchException(ProblemKind.MALFORMED_RESPONSE, "The answer from " + host + " is not valid HTTP",
                    oneLine(e.getMessage(), redactor), 0, e, Remedy.CHECK_BASE_URL);
        } catch (IOException e) {
            if (e.getCause() instanceof SSLException ssl) throw tls(host, ssl, redactor);
            if (e.getCause() instanceof ProtocolException bad) {
                throw new FetchException(ProblemKind.MALFORMED_RESPONSE, "The answer from " + host + " is not valid HTTP",
                        oneLine(bad.getMessage(), redactor), 0, e, Remedy.CHECK_BASE_URL);
            }
            if (Thread.currentThread().isInterrupted()) throw cancelled();
            throw new FetchException(ProblemKind.NETWORK, "The connection to " + host + " failed", oneLine(e.getMessage(), redactor), 0, e,
                    Remedy.CHECK_NETWORK, Remedy.RETRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled();
        }
    }

    private static String certificateOf(HttpResponse<?> response) {
        return response.sslSession().map(session -> {
            try {
                if (session.getPeerCertificates().length > 0
                        && session.getPeerCertificates()[0] instanceof java.security.cert.X509Certificate c) {
                    return oneLine(c.getSubjectX500Principal().getName() + ", issued by " + c.getIssuerX500Principal().getName());
                }
            } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
                // No certificate to show.
            }
            return "";
        }).orElse("");
    }

    private static FetchException noAnswer(String host, Duration timeout, Exception cause) {
        return new FetchException(ProblemKind.TIMEOUT, "No answer from " + host + " within " + Formats.seconds(timeout), "", 0, cause,
                Remedy.RETRY, Remedy.RAISE_TIMEOUT);
    }

    /**
     * The JDK's request timeout ends when the headers arrive; a body can then trickle for ever. An alarm closes
     * the stream at the deadline, which wakes a blocked read, and each read checks the clock as well.
     */
    private byte[] readCapped(HttpResponse<InputStream> response, String host, Deadline deadline) throws IOException, FetchException {
        OptionalLong declared = response.headers().firstValueAsLong("Content-Length");
        // The JDK answers a proxy's 407 to CONNECT with a response that has no body at all.
        try (InputStream in = response.body() == null ? InputStream.nullInputStream() : response.body();
                Deadline.Alarm alarm = deadline.alarm(in)) {
            if (declared.isPresent() && declared.getAsLong() > maxBody) throw tooLarge(host, declared.getAsLong());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            int n;
            try {
                while ((n = in.read(buf)) != -1) {
                    if (deadline.remaining().isZero()) throw incomplete(host, deadline.timeout());
                    total += n;
                    if (total > maxBody) throw tooLarge(host, -1);
                    out.write(buf, 0, n);
                }
            } catch (IOException e) {
                if (alarm.rang()) throw incomplete(host, deadline.timeout());
                throw e;
            }
            return out.toByteArray();
        }
    }

    private static FetchException incomplete(String host, Duration timeout) {
        return new FetchException(ProblemKind.TIMEOUT, "The answer from " + host + " did not arrive in full within " + Formats.seconds(timeout),
                "", 0, null, Remedy.RETRY, Remedy.RAISE_TIMEOUT);
    }

    private FetchException tooLarge(String host, long declared) {
        String size = declared > 0 ? " (" + Formats.size(declared) + ")" : "";
        return new FetchException(ProblemKind.TOO_LARGE, "The answer from " + host + " is larger than " + Formats.size(maxBody)
                + size + " and was not read: a webhook is never that large", "", 0, null, Remedy.CHECK_BASE_URL);
    }

    private static FetchException cancelled() {
        return new FetchException(ProblemKind.CANCELLED, "The request was cancelled.");
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI resolveRedirect(URI current, String location) throws FetchException {
        try {
            return current.resolve(new URI(location.strip()));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(ProblemKind.REDIRECT_REFUSED, "The server redirected to an invalid address", Remedy.CHECK_BASE_URL);
        }
    }

    /** Retry-After as delta-seconds or an HTTP date. */
    static Optional<Duration> retryAfter(Reply reply) {
        return RateLimits.retryAfter(reply.headers(), java.time.Instant.now());
    }

    private static FetchException tls(String host, Exception e, Redactor redactor) {
        Optional<CertificateRefused> refused = CertificateRefused.in(e);
        if (refused.isPresent()) return refused.get().problem(host, e);
        return new FetchException(ProblemKind.TLS, "The secure connection to " + host + " failed", oneLine(e.getMessage(), redactor), 0, e,
                Remedy.CHECK_BASE_URL, Remedy.CHECK_CERTIFICATES);
    }

    private static String hostAndPort(URI u) {
        return u.getPort() == -1 ? u.getHost() : u.getHost() + ":" + u.getPort();
    }

    /**
     * JDK messages quote what the server sent ("Invalid status line: ..."): scrubbed whole, made safe to print,
     * then cut, so a cut never leaves part of a key behind.
     */
    /** For text that cannot hold a key (certificate and file errors): made one safe line all the same. */
    static String oneLine(String s) {
        return oneLine(s, Redactor.of(java.util.Map.of()));
    }

    static String oneLine(String s, Redactor redactor) {
        if (s == null || s.isBlank()) return "no details";
        String one = SafeText.terminal(redactor.apply(s).replaceAll("\\s+", " ").strip());
        return one.length() > 160 ? one.substring(0, 157) + "..." : one;
    }
}
