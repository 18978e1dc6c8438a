package dev.webhookinspector.core.provider;

import static org.junit.jupiter.api.Assertions.*;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.SandboxConnections;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.RecordedRequest;
import dev.webhookinspector.sandbox.Sandbox;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class V0MappingTest {
    static Sandbox sandbox;
    final HttpWebhookFetcher fetcher = new HttpWebhookFetcher();

    @BeforeAll static void start() throws Exception { sandbox = Sandbox.start(0); }

    @AfterAll static void stop() { sandbox.close(); }

    @BeforeEach void reset() { sandbox.clearRequests(); sandbox.faults().clear(); }

    @Test
    void basicHookMapsAllSixFieldsAndSaysHealthIsNotReported() throws Exception {
        Snapshot s = fetcher.fetch(SandboxConnections.to(sandbox, "v0"), DemoFixtures.V0_BASIC).snapshot();
        assertEquals("v0", s.provider().toString());
        assertEquals(DemoFixtures.V0_BASIC, s.id());
        assertEquals(s.raw().get("name").asText(), s.name());
        assertEquals(s.raw().get("url").asText(), s.url());
        assertEquals(Instant.parse(s.raw().get("createdAt").asText()), s.createdAt());
        assertEquals(s.raw().get("events").size(), s.events().size());
        assertNull(s.status());
        assertEquals(Verdict.UNKNOWN, s.verdict());
        assertFalse(s.failuresReported());
        assertFalse(s.metricsReported());
        assertTrue(s.secrets().isEmpty());
        assertNull(s.scope(), "chatId null means not scoped");
    }

    @Test
    void chatScopedHookShowsItsChat() throws Exception {
        Snapshot s = fetcher.fetch(SandboxConnections.to(sandbox, "v0"), DemoFixtures.V0_CHAT_SCOPED).snapshot();
        assertEquals("chatId", s.scope().field());
        assertEquals(s.raw().get("chatId").asText(), s.scope().id());
    }

    @Test
    void urlUnsafeIdIsSentAsOneEncodedPathSegment() throws Exception {
        FetchResult r = fetcher.fetch(SandboxConnections.to(sandbox, "v0"), DemoFixtures.V0_UNSAFE_ID);
        assertEquals(DemoFixtures.V0_UNSAFE_ID, r.snapshot().id());
        RecordedRequest sent = sandbox.requests().getLast();
        String lastSegment = sent.path().substring(sent.path().lastIndexOf('/') + 1);
        assertFalse(lastSegment.contains("?") || lastSegment.contains("#") || lastSegment.contains(" "), lastSegment);
        assertTrue(sent.path().contains("%2F"), "the slash in the ID is encoded: " + sent.path());
    }

    @Test
    void unknownEventsAndExtraFieldsAreKept() throws Exception {
        Snapshot s = fetcher.fetch(SandboxConnections.to(sandbox, "v0"), DemoFixtures.V0_UNKNOWN_VALUES).snapshot();
        assertTrue(s.unknownValues().stream().anyMatch(u -> u.startsWith("event: ")));
        assertFalse(s.extras().isEmpty());
    }

    @Test
    void bearerTokenIsSentInTheAuthorizationHeader() throws Exception {
        fetcher.fetch(SandboxConnections.to(sandbox, "v0"), DemoFixtures.V0_BASIC);
        assertEquals("Bearer " + sandbox.demoKey("v0"), sandbox.requests().getLast().header("Authorization").orElseThrow());
    }
}
