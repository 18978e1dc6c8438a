package dev.webhookinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.HostileServer;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.problem.ExitCode;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Providers;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * --timeout bounds the whole fetch, body included: a server that sends its headers at once and then one byte a
 * second for ever must end in a timeout, not hold the terminal (or the window) for as long as it likes. The
 * JUnit default timeout is the guard: without the deadline these tests never finish.
 */
class DeadlineTest {
    private static final String KEY = "v0_deadline_key_0123456789";

    @Test
    void aBodyDrippedForeverEndsAtTheDeadlineAsATimeoutWithExitFive() throws Exception {
        try (HostileServer server = HostileServer.dripping()) {
            CliRun r = CliRun.run(Map.of(CliContext.API_KEY_VARIABLE, KEY), "get", "wh_slow", "--provider", "v0", "--base-url", server.base(),
                    "--timeout", "2");
            assertEquals(ExitCode.of(ProblemKind.TIMEOUT).code(), r.exitCode(), r.err());
            assertEquals(5, r.exitCode());
            r.assertCleanError();
            assertTrue(r.err().contains("did not arrive in full within 2 s"), r.err());
            assertTrue(r.err().contains("--timeout"), "the user is offered more time: " + r.err());
        }
    }

    @Test
    void theWindowsFetchHasTheSameDeadline() throws Exception {
        try (HostileServer server = HostileServer.dripping()) {
            // The window fetches through the same fetcher, with the timeout from its settings.
            Connection c = new Connection(Providers.byId("v0").orElseThrow(), URI.create(server.base()), Map.of(), new ApiKey(KEY),
                    Duration.ofSeconds(1));
            FetchException e = assertThrows(FetchException.class, () -> new HttpWebhookFetcher().fetch(c, "wh_slow"));
            assertEquals(ProblemKind.TIMEOUT, e.kind(), e.getMessage());
        }
    }
}
