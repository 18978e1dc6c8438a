package dev.webhookinspector.core.provider.featurebase;

import com.fasterxml.jackson.databind.JsonNode;
import dev.webhookinspector.core.http.Header;
import dev.webhookinspector.core.http.Origins;
import dev.webhookinspector.core.model.Failure;
import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.model.Metric;
import dev.webhookinspector.core.model.Metric.Level;
import dev.webhookinspector.core.model.Secret;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.provider.ApiRequest;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.ErrorBodies;
import dev.webhookinspector.core.provider.JsonFields;
import dev.webhookinspector.core.provider.PageItem;
import dev.webhookinspector.core.provider.Pages;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.ProviderDescriptor;
import dev.webhookinspector.core.signing.SigningScheme;
import dev.webhookinspector.core.provider.ProviderOption;
import dev.webhookinspector.core.provider.Reports;
import dev.webhookinspector.core.provider.WebhookPage;
import dev.webhookinspector.core.text.Formats;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Featurebase: {@code GET /v2/webhooks/{24 hex}} and the cursor-paged {@code GET /v2/webhooks}, with a bearer key and
 * the {@code Featurebase-Version} header.
 */
public final class FeaturebaseProvider implements Provider {
    public static final String API_VERSION = "apiVersion";
    public static final String DEFAULT_API_VERSION = "2026-01-01.nova";
    private static final int PAGE_SIZE = 100;
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-fA-F]{24}");
    private static final Set<String> KNOWN_FIELDS = Set.of("object", "id", "name", "url", "secret", "description", "topics", "status",
            "requestConfig", "lastStatus", "health", "version", "createdAt", "updatedAt");
    private static final Set<String> KNOWN_TOPICS = Set.of("post.created", "post.updated", "post.deleted", "post.voted",
            "changelog.published", "comment.created", "comment.updated", "comment.deleted");
    private static final Set<String> KNOWN_STATUSES = Set.of("active", "paused", "suspended");
    /** Custom delivery headers with these words usually carry credentials for the receiver: mask them too. */
    private static final Pattern SENSITIVE_HEADER = Pattern.compile("(?i).*(authorization|token|secret|key|password|signature).*");

    private static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor(new ProviderId("featurebase"), "Featurebase", "Topics",
            URI.create("https://do.featurebase.app"), "24 hexadecimal digits such as 507f1f77bcf86cd799439011",
            new Reports(true, Reports.Failures.LAST_ATTEMPT,
                    "Featurebase reports only the last delivery attempt, so at most one failure is listed;"
                            + " the consecutive-failure and error counters count the others.", true, true),
            List.of(new ProviderOption(API_VERSION, "api-version", "API version", DEFAULT_API_VERSION,
                    List.of("2026-08-19.orbit", "2026-01-01.nova", "2025-12-12.clover"),
                    "Sent as Featurebase-Version; webhook endpoints need 2026-01-01.nova or newer.",
                    ProviderOption.HEADER_WORD, DEFAULT_API_VERSION)),
            "#1f9d55");

    @Override public ProviderDescriptor descriptor() { return DESCRIPTOR; }

    @Override public dev.webhookinspector.core.delivery.Sample sampleDelivery(String event, Snapshot webhook, java.time.Instant at) {
        return FeaturebaseEvents.sample(event, webhook, at);
    }

    private static final SigningScheme SIGNING = new FeaturebaseSigning();
    private static final String SIGNING_SECRET = "signing secret";

    @Override public SigningScheme signing() { return SIGNING; }

    /** The webhook's secret only: the other secrets this mapping finds are credentials in custom delivery headers. */
    @Override public List<Secret> signingSecrets(Snapshot webhook) {
        return webhook.secrets().stream().filter(s -> s.label().equals(SIGNING_SECRET)).toList();
    }

    @Override
    public Optional<String> checkId(String webhookId) {
        if (webhookId != null && OBJECT_ID.matcher(webhookId).matches()) return Optional.empty();
        return Optional.of("\"" + webhookId + "\" is not a Featurebase webhook ID: it must be " + idRule() + ".");
    }

    @Override
    public ApiRequest getRequest(Connection connection, String webhookId) {
        return new ApiRequest(Origins.join(connection.baseUrl(), "/v2/webhooks/" + Origins.encodeSegment(webhookId)), headers(connection));
    }

    @Override
    public ApiRequest testRequest(Connection connection) {
        return new ApiRequest(Origins.join(connection.baseUrl(), "/v2/webhooks?limit=1"), headers(connection));
    }

    /** At most 100 a page, the API's limit; {@code nextCursor} is followed to the end. */
    @Override
    public ApiRequest listRequest(Connection connection, String cursor) {
        String query = "?limit=" + PAGE_SIZE + (cursor.isEmpty() ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        return new ApiRequest(Origins.join(connection.baseUrl(), "/v2/webhooks" + query), headers(connection));
    }

    /** {"object": "list", "data": [...], "nextCursor": string|null}; it announces no total. */
    @Override
    public WebhookPage toPage(JsonNode body) {
        List<PageItem> items = Pages.webhooks(Pages.array(body, "data"), "id");
        return new WebhookPage(items, JsonFields.text(body, "nextCursor"), WebhookPage.TOTAL_UNKNOWN);
    }

    private static List<Header> headers(Connection connection) {
        return List.of(Header.secret("Authorization", "Bearer " + connection.key().reveal()),
                Header.plain("Featurebase-Version", connection.option(API_VERSION)));
    }

    @Override
    public Snapshot toSnapshot(String requestedId, JsonNode body) {
        String id = Optional.ofNullable(JsonFields.text(body, "id")).orElse(requestedId);
        String status = JsonFields.text(body, "status");
        List<String> topics = JsonFields.strings(body, "topics");
        JsonNode health = body.path("health");
        JsonNode requestConfig = body.path("requestConfig");
        Long consecutive = JsonFields.longValue(health, "consecutiveFailures");

        List<Secret> secrets = new ArrayList<>();
        String secret = JsonFields.text(body, "secret");
        if (secret != null && !secret.isEmpty()) secrets.add(new Secret(SIGNING_SECRET, secret));
        secrets.addAll(headerSecrets(requestConfig.path("headers")));

        List<Failure> failures = new ArrayList<>();
        JsonNode last = body.get("lastStatus");
        Long code = JsonFields.longValue(last, "code");
        if (code != null && (code < 200 || code >= 300)) {
            failures.add(new Failure(JsonFields.instant(last, "timestamp"), JsonFields.text(last, "message"), code.intValue()));
        }
        // No last attempt and no success ever: the zeros Featurebase sends for times are not measurements.
        boolean delivered = code != null || JsonFields.instant(health, "lastSuccessAt") != null;
        Verdict verdict = verdict(status, consecutive, delivered);

        List<String> unknown = new ArrayList<>(JsonFields.unknownValues("topic", topics, KNOWN_TOPICS));
        if (status != null && !KNOWN_STATUSES.contains(status)) unknown.add("status: " + status);
        Object object = JsonFields.text(body, "object");
        if (object != null && !"webhook".equals(object)) unknown.add("object: " + object);

        return new Snapshot(id(), id, JsonFields.text(body, "name"), JsonFields.text(body, "url"), status,
                verdict, reason(verdict, status, consecutive, code), topics,
                JsonFields.instant(body, "createdAt"), JsonFields.instant(body, "updatedAt"), null,
                secrets, failures, true, metrics(health, requestConfig, delivered), true, null,
                JsonFields.extras(body, KNOWN_FIELDS), unknown, body);
    }

    /** Paused is the owner's choice, suspended the provider's (after failures or a 410 Gone): different stories. */
    static Verdict verdict(String status, Long consecutiveFailures, boolean delivered) {
        if (status == null) return Verdict.UNKNOWN;
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "active" -> consecutiveFailures != null && consecutiveFailures > 0 ? Verdict.FAILING
                    : !delivered ? Verdict.NO_DELIVERIES
                    : consecutiveFailures == null ? Verdict.UNKNOWN : Verdict.HEALTHY;
            case "paused" -> Verdict.PAUSED;
            case "suspended" -> Verdict.DISABLED;
            default -> Verdict.UNKNOWN;
        };
    }

    static String reason(Verdict verdict, String status, Long consecutive, Long lastCode) {
        String answered = lastCode == null ? "" : " answered HTTP " + lastCode;
        return switch (verdict) {
            case FAILING -> Formats.count(consecutive, "consecutive failure") + (lastCode == null ? "" : "; the last attempt" + answered);
            case NO_DELIVERIES -> "Active, but Featurebase has not delivered anything to it yet";
            case HEALTHY -> "Active, and the last delivery" + (lastCode == null ? " succeeded" : answered);
            case PAUSED -> "Paused by its owner: Featurebase delivers nothing until it is resumed";
            case DISABLED -> "Featurebase suspended it" + (lastCode == null ? "" : " after its endpoint" + answered)
                    + "; nothing is delivered until it is re-enabled";
            case UNKNOWN -> status == null ? "Featurebase sent no status"
                    : "active".equalsIgnoreCase(status) ? "Active, but Featurebase sent no failure counter"
                    : "Featurebase reports status \"" + status + "\", which this version does not know";
        };
    }

    private static List<Secret> headerSecrets(JsonNode headers) {
        List<Secret> out = new ArrayList<>();
        if (!headers.isObject()) return out;
        Iterator<Map.Entry<String, JsonNode>> it = headers.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> h = it.next();
            if (h.getValue().isTextual() && SENSITIVE_HEADER.matcher(h.getKey()).matches()) {
                out.add(new Secret("header " + h.getKey(), h.getValue().asText()));
            }
        }
        return out;
    }

    /** Response times are judged against the webhook's own timeout: slow answers are the next failures. */
    private static List<Metric> metrics(JsonNode health, JsonNode requestConfig, boolean delivered) {
        Long timeout = JsonFields.longValue(requestConfig, "timeoutMs");
        Double lastTime = delivered ? JsonFields.number(health, "lastResponseTime") : null;
        Double avgTime = delivered ? JsonFields.number(health, "avgResponseTime") : null;
        Long errors = JsonFields.longValue(health, "errorsSinceLastSuccess");
        Long consecutive = JsonFields.longValue(health, "consecutiveFailures");
        List<Metric> out = new ArrayList<>();
        out.add(new Metric("lastResponseTime", "Last response time", lastTime, "ms", timeLevel(lastTime, timeout)));
        out.add(new Metric("avgResponseTime", "Average response time", avgTime, "ms", timeLevel(avgTime, timeout)));
        out.add(new Metric("lastSuccessAt", "Last success", JsonFields.instant(health, "lastSuccessAt"), "", Level.NEUTRAL));
        out.add(new Metric("errorsSinceLastSuccess", "Errors since last success", errors, "", countLevel(errors, 1, 10)));
        out.add(new Metric("consecutiveFailures", "Consecutive failures", consecutive, "", countLevel(consecutive, 1, 3)));
        out.add(new Metric("timeoutMs", "Request timeout", timeout, "ms", Level.NEUTRAL));
        return out;
    }

    static Level timeLevel(Double ms, Long timeoutMs) {
        if (ms == null) return Level.NEUTRAL;
        double limit = timeoutMs == null || timeoutMs <= 0 ? 30_000 : timeoutMs;
        if (ms >= 0.8 * limit) return Level.CRITICAL;
        if (ms >= 0.5 * limit) return Level.WARNING;
        return Level.OK;
    }

    static Level countLevel(Long n, long warnAt, long criticalAt) {
        if (n == null) return Level.NEUTRAL;
        if (n >= criticalAt) return Level.CRITICAL;
        return n >= warnAt ? Level.WARNING : Level.OK;
    }

    /** {"error": {"type", "code", "message", "param", "status"}}: the code and the message both help. */
    @Override
    public Optional<String> errorMessage(int status, String body) {
        return ErrorBodies.json(body).map(n -> {
            JsonNode error = n.get("error");
            if (error == null || !error.isObject()) return n.hasNonNull("message") ? n.get("message").asText() : null;
            String code = JsonFields.text(error, "code");
            String message = JsonFields.text(error, "message");
            if (code != null && message != null) return code + ": " + message;
            return message != null ? message : code;
        }).or(() -> ErrorBodies.plainText(body));
    }
}
