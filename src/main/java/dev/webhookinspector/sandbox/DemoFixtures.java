package dev.webhookinspector.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The webhook IDs the simulator serves, its demo keys, and IDs that always trigger one fault, so
 * faults can be tried from the command line and the demo window without code.
 */
public final class DemoFixtures {
    public static final String ULTRAVOX_DEMO_KEY = "Demo1234.abcdefghijklmnopqrstuvwxyz012345";
    public static final String V0_DEMO_KEY = "v0_demo_3kQ9xT7mW2pL5vR8nB4cY6hJ";
    public static final String FEATUREBASE_DEMO_KEY = "sk_demo_7Hq2Lm9Xv4Rt8Kp3Wn6Zb1Yc";
    /** A Featurebase key the simulator knows but that may not read webhooks: 403 authorization_error. */
    public static final String FEATUREBASE_KEY_WITHOUT_WEBHOOK_ACCESS = "sk_demo_readonly_no_webhooks_0000";

    /**
     * Keys of a second account per provider that holds {@link #BULK_WEBHOOKS} generated webhooks, so a list spans
     * several pages (Ultravox and Featurebase give 100 a page; v0 lists them all at once, then each is fetched).
     */
    public static final String ULTRAVOX_BULK_KEY = "Bulk2500.ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    public static final String V0_BULK_KEY = "v0_bulk_8Rt2Wq6Lm4Xz9Kp3Vn7Bc5Hd";
    public static final String FEATUREBASE_BULK_KEY = "sk_bulk_4Jx8Qm2Tz6Wv9Lr3Nc7Yp5Hb";
    public static final int BULK_WEBHOOKS = 250;

    public static final String ULTRAVOX_HEALTHY = "5b7c2d1e-8f3a-4c6b-9d2e-1a4f6b8c0d21";
    public static final String ULTRAVOX_FAILING = "c0a8e4f2-3b1d-4e7a-8c9f-2d5b6a7e9f10";
    public static final String ULTRAVOX_NEVER_DELIVERED = "9e2f4a6c-1d3b-4f5e-a7c8-3b9d0e1f2a43";
    public static final String ULTRAVOX_UNKNOWN_VALUES = "7d1e3f5a-2c4b-4d6e-8f0a-4c1e3a5b7d64";
    public static final String ULTRAVOX_MANY_FAILURES = "e4b6d8f0-5a7c-4e9b-b1d3-5f7a9c1e3b85";
    /** The agent {@link #ULTRAVOX_FAILING} is limited to; also usable as the list's agentId filter. */
    public static final String ULTRAVOX_AGENT_ID = "a9d3c5e7-0b2f-4a6c-8e1d-7f3b5d9c2a10";

    public static final String V0_BASIC = "wh_ghi012";
    public static final String V0_CHAT_SCOPED = "wh_chat_7f3k2m";
    /** Needs encoding as one path segment: slash, space, '?', '#', '%' and a non-ASCII letter. */
    public static final String V0_UNSAFE_ID = "wh/\u00fc d?x=1#%";
    public static final String V0_UNKNOWN_VALUES = "wh_future_9q2r";
    /** Answers 500 with the legacy v1 error shape {"error": {"message", "type"}}. */
    public static final String V0_LEGACY_ERROR = "wh_legacy_error";

    public static final String FEATUREBASE_HEALTHY = "6650c3e2a1b4f9d8e7c6b5a1";
    public static final String FEATUREBASE_FAILING = "6650c3e2a1b4f9d8e7c6b5a2";
    public static final String FEATUREBASE_PAUSED = "6650c3e2a1b4f9d8e7c6b5a3";
    public static final String FEATUREBASE_SUSPENDED = "6650c3e2a1b4f9d8e7c6b5a4";
    public static final String FEATUREBASE_NEVER_DELIVERED = "6650c3e2a1b4f9d8e7c6b5a5";
    public static final String FEATUREBASE_UNKNOWN_VALUES = "6650c3e2a1b4f9d8e7c6b5a6";

    public static final String ULTRAVOX_FAULT_NOT_FOUND = "00000000-0000-4000-8000-000000000404";
    public static final String ULTRAVOX_FAULT_RATE_LIMITED = "00000000-0000-4000-8000-000000000429";
    public static final String ULTRAVOX_FAULT_SERVER_ERROR_HTML = "00000000-0000-4000-8000-000000000500";
    public static final String ULTRAVOX_FAULT_MALFORMED_JSON = "00000000-0000-4000-8000-000000000bad";
    public static final String ULTRAVOX_FAULT_SLOW = "00000000-0000-4000-8000-000000005000";
    public static final String ULTRAVOX_FAULT_OVERSIZED = "00000000-0000-4000-8000-000000000017";
    public static final String ULTRAVOX_FAULT_REDIRECT_OTHER_HOST = "00000000-0000-4000-8000-000000000302";

    public static final String V0_FAULT_NOT_FOUND = "wh_fault_404";
    public static final String V0_FAULT_RATE_LIMITED = "wh_fault_429";
    public static final String V0_FAULT_SERVER_ERROR_HTML = "wh_fault_html_502";
    public static final String V0_FAULT_MALFORMED_JSON = "wh_fault_malformed_json";
    public static final String V0_FAULT_SLOW = "wh_fault_slow";
    public static final String V0_FAULT_OVERSIZED = "wh_fault_oversized";
    public static final String V0_FAULT_REDIRECT_OTHER_HOST = "wh_fault_redirect_other_host";

    public static final String FEATUREBASE_FAULT_NOT_FOUND = "000000000000000000000404";
    public static final String FEATUREBASE_FAULT_RATE_LIMITED = "000000000000000000000429";
    public static final String FEATUREBASE_FAULT_SERVER_ERROR_HTML = "000000000000000000000500";
    public static final String FEATUREBASE_FAULT_MALFORMED_JSON = "000000000000000000000bad";
    public static final String FEATUREBASE_FAULT_SLOW = "000000000000000000005000";
    public static final String FEATUREBASE_FAULT_OVERSIZED = "000000000000000000000017";
    public static final String FEATUREBASE_FAULT_REDIRECT_OTHER_HOST = "000000000000000000000302";

    /** How long the slow trigger IDs take to answer. */
    public static final Duration SLOW_TRIGGER_DELAY = Duration.ofSeconds(5);
    /** The size of the oversized trigger IDs' body: just over a 16 MiB client cap. */
    public static final long OVERSIZED_TRIGGER_BYTES = 17L * 1024 * 1024;
    /** The {@code Retry-After} the rate-limited trigger IDs send, every time. */
    public static final int RATE_LIMITED_TRIGGER_RETRY_AFTER_SECONDS = 1;

    /** One documented ID: a webhook the simulator serves, or an ID that always triggers a fault. */
    public record Fixture(String provider, String id, String description, boolean faultTrigger) {}

    private static final List<Fixture> ALL = List.of(
            webhook("ultravox", ULTRAVOX_HEALTHY, "healthy: status normal, two secrets, call.started + call.ended"),
            webhook("ultravox", ULTRAVOX_FAILING, "failing: unhealthy, agent-scoped, 40 recent failures in the last 2 days"),
            webhook("ultravox", ULTRAVOX_NEVER_DELIVERED, "never delivered: no failures, no status change yet, no secrets"),
            webhook("ultravox", ULTRAVOX_UNKNOWN_VALUES, "from a newer API: status \"degraded\", event call.transferred, extra fields"),
            webhook("ultravox", ULTRAVOX_MANY_FAILURES, "unhealthy with 10,000 recent failures"),
            webhook("v0", V0_BASIC, "basic: two events, not scoped to a chat"),
            webhook("v0", V0_CHAT_SCOPED, "scoped to one chat (chatId set)"),
            webhook("v0", V0_UNSAFE_ID, "ID with a slash, space, ?, #, % and \u00fc: must be sent encoded as one segment"),
            webhook("v0", V0_UNKNOWN_VALUES, "from a newer API: event chat.archived and an extra field"),
            webhook("featurebase", FEATUREBASE_HEALTHY, "healthy: active, last delivery 200, signing secret"),
            webhook("featurebase", FEATUREBASE_FAILING, "failing: 7 consecutive failures, last 502, slow (avg ~4.2 s), custom headers"),
            webhook("featurebase", FEATUREBASE_PAUSED, "paused by its owner"),
            webhook("featurebase", FEATUREBASE_SUSPENDED, "suspended after its endpoint answered 410 Gone"),
            webhook("featurebase", FEATUREBASE_NEVER_DELIVERED, "never delivered: no last status, no secret, no version"),
            webhook("featurebase", FEATUREBASE_UNKNOWN_VALUES, "from a newer API: status \"archived\", topic survey.completed, extra fields"),
            trigger("ultravox", ULTRAVOX_FAULT_NOT_FOUND, "always 404"),
            trigger("ultravox", ULTRAVOX_FAULT_RATE_LIMITED, "always 429 with Retry-After: 1"),
            trigger("ultravox", ULTRAVOX_FAULT_SERVER_ERROR_HTML, "always 500 with an HTML page"),
            trigger("ultravox", ULTRAVOX_FAULT_MALFORMED_JSON, "always 200 with cut-off JSON"),
            trigger("ultravox", ULTRAVOX_FAULT_SLOW, "answers after 5 seconds"),
            trigger("ultravox", ULTRAVOX_FAULT_OVERSIZED, "always 200 with a 17 MiB body"),
            trigger("ultravox", ULTRAVOX_FAULT_REDIRECT_OTHER_HOST, "always redirects to another host"),
            trigger("v0", V0_FAULT_NOT_FOUND, "always 404"),
            trigger("v0", V0_FAULT_RATE_LIMITED, "always 429 with Retry-After: 1"),
            trigger("v0", V0_FAULT_SERVER_ERROR_HTML, "always 502 with an HTML page"),
            trigger("v0", V0_FAULT_MALFORMED_JSON, "always 200 with cut-off JSON"),
            trigger("v0", V0_FAULT_SLOW, "answers after 5 seconds"),
            trigger("v0", V0_FAULT_OVERSIZED, "always 200 with a 17 MiB body"),
            trigger("v0", V0_FAULT_REDIRECT_OTHER_HOST, "always redirects to another host"),
            trigger("v0", V0_LEGACY_ERROR, "always 500 with the legacy v1 error shape"),
            trigger("featurebase", FEATUREBASE_FAULT_NOT_FOUND, "always 404"),
            trigger("featurebase", FEATUREBASE_FAULT_RATE_LIMITED, "always 429 with Retry-After: 1"),
            trigger("featurebase", FEATUREBASE_FAULT_SERVER_ERROR_HTML, "always 500 with an HTML page"),
            trigger("featurebase", FEATUREBASE_FAULT_MALFORMED_JSON, "always 200 with cut-off JSON"),
            trigger("featurebase", FEATUREBASE_FAULT_SLOW, "answers after 5 seconds"),
            trigger("featurebase", FEATUREBASE_FAULT_OVERSIZED, "always 200 with a 17 MiB body"),
            trigger("featurebase", FEATUREBASE_FAULT_REDIRECT_OTHER_HOST, "always redirects to another host"));

    private static final Map<String, List<String>> TRIGGERS = Map.of(
            "ultravox", List.of(ULTRAVOX_FAULT_NOT_FOUND, ULTRAVOX_FAULT_RATE_LIMITED, ULTRAVOX_FAULT_SERVER_ERROR_HTML,
                    ULTRAVOX_FAULT_MALFORMED_JSON, ULTRAVOX_FAULT_SLOW, ULTRAVOX_FAULT_OVERSIZED, ULTRAVOX_FAULT_REDIRECT_OTHER_HOST),
            "v0", List.of(V0_FAULT_NOT_FOUND, V0_FAULT_RATE_LIMITED, V0_FAULT_SERVER_ERROR_HTML,
                    V0_FAULT_MALFORMED_JSON, V0_FAULT_SLOW, V0_FAULT_OVERSIZED, V0_FAULT_REDIRECT_OTHER_HOST),
            "featurebase", List.of(FEATUREBASE_FAULT_NOT_FOUND, FEATUREBASE_FAULT_RATE_LIMITED, FEATUREBASE_FAULT_SERVER_ERROR_HTML,
                    FEATUREBASE_FAULT_MALFORMED_JSON, FEATUREBASE_FAULT_SLOW, FEATUREBASE_FAULT_OVERSIZED,
                    FEATUREBASE_FAULT_REDIRECT_OTHER_HOST));

    private DemoFixtures() {}

    /** Every documented ID, webhooks first, in the order the banner, README and demo show them. */
    public static List<Fixture> describe() { return ALL; }

    /** The documented IDs of one provider. */
    public static List<Fixture> forProvider(String providerId) {
        return ALL.stream().filter(f -> f.provider().equals(providerId)).toList();
    }

    /** The fault a trigger ID stands for, if {@code id} is one. */
    static Optional<Fault> triggerFault(String providerId, String id) {
        List<String> ids = TRIGGERS.get(providerId);
        int index = ids == null ? -1 : ids.indexOf(id);
        return switch (index) {
            case 0 -> Optional.of(new Fault.NotFound(providerId));
            case 1 -> Optional.of(new Fault.RateLimited(providerId, RATE_LIMITED_TRIGGER_RETRY_AFTER_SECONDS));
            case 2 -> Optional.of(new Fault.ServerErrorHtml(providerId));
            case 3 -> Optional.of(new Fault.MalformedJson(providerId));
            case 4 -> Optional.of(new Fault.Slow(providerId, SLOW_TRIGGER_DELAY));
            case 5 -> Optional.of(new Fault.Oversized(providerId, OVERSIZED_TRIGGER_BYTES));
            case 6 -> Optional.of(new Fault.RedirectOtherHost(providerId));
            default -> Optional.empty();
        };
    }

    private static Fixture webhook(String provider, String id, String description) {
        return new Fixture(provider, id, description, false);
    }

    private static Fixture trigger(String provider, String id, String description) {
        return new Fixture(provider, id, description, true);
    }
}
