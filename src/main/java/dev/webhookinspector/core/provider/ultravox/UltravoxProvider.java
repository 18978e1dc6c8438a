package dev.webhookinspector.core.provider.ultravox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.webhookinspector.core.http.Header;
import dev.webhookinspector.core.http.Origins;
import dev.webhookinspector.core.model.Failure;
import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.model.Metric;
import dev.webhookinspector.core.model.Scope;
import dev.webhookinspector.core.model.Secret;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.provider.ApiRequest;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.JsonFields;
import dev.webhookinspector.core.provider.PageItem;
import dev.webhookinspector.core.provider.Pages;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.ProviderDescriptor;
import dev.webhookinspector.core.signing.SigningScheme;
import dev.webhookinspector.core.provider.Reports;
import dev.webhookinspector.core.provider.WebhookPage;
import dev.webhookinspector.core.text.Formats;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ultravox: {@code GET /api/webhooks/{uuid}} and the paged {@code GET /api/webhooks} with {@code X-API-Key}; errors are
 * Django REST Framework's {"detail"}.
 */
public final class UltravoxProvider implements Provider {
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Failures are free text; an HTTP status inside it ("HTTP 502", "status code 404") is worth surfacing. */
    private static final Pattern STATUS_IN_TEXT = Pattern.compile("(?i)\\b(?:HTTP(?:/\\d(?:\\.\\d)?)?|status(?:\\s+code)?)\\s*:?\\s*([1-5]\\d\\d)\\b");
    private static final Set<String> KNOWN_FIELDS = Set.of("webhookId", "agentId", "created", "url", "secrets", "events", "status",
            "lastStatusChange", "recentFailures");
    private static final Set<String> KNOWN_EVENTS = Set.of("call.started", "call.joined", "call.ended", "call.billed");
    private static final Set<String> KNOWN_STATUSES = Set.of("normal", "unhealthy");
    private static final int PAGE_SIZE = 100;

    private static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor(new ProviderId("ultravox"), "Ultravox", "Events",
            URI.create("https://api.ultravox.ai"), "a UUID such as 3f2a9c1e-8b4d-4e6f-9a0b-1c2d3e4f5a6b",
            new Reports(true, Reports.Failures.RECENT, "", true, true), List.of(), "#6d5dfc");

    @Override public ProviderDescriptor descriptor() { return DESCRIPTOR; }

    @Override public dev.webhookinspector.core.delivery.Sample sampleDelivery(String event, Snapshot webhook, java.time.Instant at) {
        return UltravoxEvents.sample(event, webhook, at);
    }

    private static final SigningScheme SIGNING = new UltravoxSigning();

    @Override public SigningScheme signing() { return SIGNING; }

    @Override
    public Optional<String> checkId(String webhookId) {
        if (webhookId != null && UUID.matcher(webhookId).matches()) return Optional.empty();
        return Optional.of("\"" + webhookId + "\" is not an Ultravox webhook ID: it must be " + idRule() + ".");
    }

    @Override
    public ApiRequest getRequest(Connection connection, String webhookId) {
        return new ApiRequest(Origins.join(connection.baseUrl(), "/api/webhooks/" + Origins.encodeSegment(webhookId)), auth(connection));
    }

    @Override
    public ApiRequest testRequest(Connection connection) {
        return new ApiRequest(Origins.join(connection.baseUrl(), "/api/webhooks?pageSize=1"), auth(connection));
    }

    /** The first page asks for 100; after that {@code next} is an absolute URL, followed as given. */
    @Override
    public ApiRequest listRequest(Connection connection, String cursor) {
        URI url = cursor.isEmpty() ? Origins.join(connection.baseUrl(), "/api/webhooks?pageSize=" + PAGE_SIZE)
                : connection.baseUrl().resolve(URI.create(cursor));
        return new ApiRequest(url, auth(connection));
    }

    /** Django REST Framework's page: {"next": url|null, "previous": url|null, "results": [...], "total": n}. */
    @Override
    public WebhookPage toPage(JsonNode body) {
        List<PageItem> items = Pages.webhooks(Pages.array(body, "results"), "webhookId");
        return new WebhookPage(items, JsonFields.text(body, "next"), Pages.total(body, "total"));
    }

    private static List<Header> auth(Connection connection) {
        return List.of(Header.secret("X-API-Key", connection.key().reveal()));
    }

    @Override
    public Snapshot toSnapshot(String requestedId, JsonNode body) {
        String id = Optional.ofNullable(JsonFields.text(body, "webhookId")).orElse(requestedId);
        String status = JsonFields.text(body, "status");
        List<String> events = JsonFields.strings(body, "events");
        List<String> secretValues = JsonFields.strings(body, "secrets");
        List<Secret> secrets = new ArrayList<>();
        for (int i = 0; i < secretValues.size(); i++) {
            secrets.add(new Secret(secretValues.size() == 1 ? "secret" : "secret " + (i + 1), secretValues.get(i)));
        }
        List<Failure> failures = failures(body.get("recentFailures"));
        List<String> unknown = new ArrayList<>(JsonFields.unknownValues("event", events, KNOWN_EVENTS));
        if (status != null && !KNOWN_STATUSES.contains(status)) unknown.add("status: " + status);
        String agentId = JsonFields.text(body, "agentId");
        return new Snapshot(id(), id, null, JsonFields.text(body, "url"), status, verdict(status), reason(status, failures), events,
                JsonFields.instant(body, "created"), null, JsonFields.instant(body, "lastStatusChange"),
                secrets, failures, true, metrics(failures), true,
                agentId == null ? null : new Scope("agentId", agentId),
                JsonFields.extras(body, KNOWN_FIELDS), unknown, body);
    }

    static Verdict verdict(String status) {
        if ("normal".equals(status)) return Verdict.HEALTHY;
        if ("unhealthy".equals(status)) return Verdict.FAILING;
        return Verdict.UNKNOWN;
    }

    /** Ultravox decides the status itself; the failure count says what it rests on. */
    static String reason(String status, List<Failure> failures) {
        int n = failures.size();
        if ("normal".equals(status)) {
            return n == 0 ? "Ultravox reports status normal and no recent failures"
                    : "Ultravox reports status normal despite " + Formats.count(n, "recent failure");
        }
        if ("unhealthy".equals(status)) {
            return n == 0 ? "Ultravox marked it unhealthy" : "Ultravox marked it unhealthy after " + Formats.count(n, "recent failure");
        }
        return status == null ? "Ultravox sent no status" : "Ultravox reports status \"" + status + "\", which this version does not know";
    }

    private static List<Failure> failures(JsonNode array) {
        List<Failure> out = new ArrayList<>();
        if (array == null || !array.isArray()) return out;
        for (JsonNode f : array) {
            String text = JsonFields.text(f, "failure");
            if (text == null && f.isTextual()) text = f.asText();
            out.add(new Failure(JsonFields.instant(f, "timestamp"), text, statusIn(text)));
        }
        out.sort(Comparator.comparing(Failure::timestamp, Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    static Integer statusIn(String text) {
        if (text == null) return null;
        Matcher m = STATUS_IN_TEXT.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Count and rate over the span the listed failures cover (at least an hour, so one failure is not "3600 per hour"). */
    private static List<Metric> metrics(List<Failure> failures) {
        long count = failures.size();
        Metric.Level countLevel = count == 0 ? Metric.Level.OK : count < 10 ? Metric.Level.WARNING : Metric.Level.CRITICAL;
        List<Metric> out = new ArrayList<>();
        out.add(new Metric("recentFailureCount", "Recent failures", count, "", countLevel));
        List<Instant> times = failures.stream().map(Failure::timestamp).filter(t -> t != null).toList();
        if (!times.isEmpty()) {
            Instant first = times.stream().min(Comparator.naturalOrder()).orElseThrow();
            Instant last = times.stream().max(Comparator.naturalOrder()).orElseThrow();
            double hours = Math.max(1.0, Duration.between(first, last).toSeconds() / 3600.0);
            double rate = Math.round(times.size() / hours * 10) / 10.0;
            Metric.Level level = rate >= 10 ? Metric.Level.CRITICAL : Metric.Level.WARNING;
            out.add(new Metric("failureRatePerHour", "Failure rate", rate, "per hour", level));
        } else {
            out.add(new Metric("failureRatePerHour", "Failure rate", 0.0, "per hour", Metric.Level.OK));
        }
        return out;
    }

    @Override
    public Optional<String> errorMessage(int status, String body) {
        return DrfErrors.detail(body);
    }
}
