package dev.webhookinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import dev.webhookinspector.ui.inspector.InspectorViewModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every webhook of the simulator, fetched once and shown by both front ends at the same moment: the text
 * output and the window must say the same verdict, the same counts and the same relative times.
 */
class FrontEndsAgreeTest {
    private static Sandbox sandbox;

    @BeforeAll static void start() throws Exception {
        sandbox = Sandbox.start(0);
    }

    @AfterAll static void stop() {
        sandbox.close();
    }

    static Stream<DemoFixtures.Fixture> webhooks() {
        return DemoFixtures.describe().stream().filter(f -> !f.faultTrigger());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhooks")
    void theCommandLineAndTheWindowSayTheSame(DemoFixtures.Fixture fixture) throws Exception {
        Provider provider = Providers.byId(fixture.provider()).orElseThrow();
        Connection c = new Connection(provider, sandbox.baseUrl(fixture.provider()), Map.of(), new ApiKey(sandbox.demoKey(fixture.provider())), null);
        FetchResult result = new HttpWebhookFetcher().fetch(c, fixture.id());
        Snapshot s = result.snapshot();
        Instant now = result.fetchedAt();

        String text = SnapshotText.render(result, provider.descriptor(), false, now);
        JsonNode json = new ObjectMapper().readTree(SnapshotJson.render(result, false));
        InspectorViewModel window = new InspectorViewModel(t -> { }, Clock.fixed(now, ZoneOffset.UTC));
        window.show(result);

        assertEquals(s.verdict(), window.header().badgeProperty().get());
        assertTrue(text.startsWith(s.verdict().label().toUpperCase(Locale.ROOT)), text.lines().findFirst().orElse(""));
        assertEquals(s.verdict().key(), json.get("verdict").asText());
        assertEquals(s.reason() + ".", window.header().badgeTooltipProperty().get(), "the badge explains itself with the same reason");
        assertTrue(text.lines().findFirst().orElseThrow().contains(s.reason()));

        if (s.failuresReported() && !s.failures().isEmpty()) {
            int n = s.failures().size();
            assertEquals(n, window.failures().totalProperty().get());
            assertTrue(text.contains("Failures: " + Formats.count(n)), "the count is grouped alike: " + Formats.count(n));
        }
        for (Instant t : Stream.of(s.createdAt(), s.lastStatusChange()).filter(java.util.Objects::nonNull).toList()) {
            String relative = Formats.relative(t, now);
            assertTrue(text.contains("(" + relative + ")"), "text shows " + relative);
            String header = window.header().detailsProperty().get() + " " + window.header().statusChangeProperty().get();
            assertTrue(header.contains(relative), "window shows " + relative + " in: " + header);
        }
        assertTrue(List.of(provider.descriptor().eventsWord()).stream().allMatch(w -> text.contains(w + " ")),
                "both call events by the provider's word: " + provider.descriptor().eventsWord());
        assertEquals(provider.descriptor().eventsWord(), window.overview().eventsTitleProperty().get());
    }
}
