package dev.webhookinspector.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureGroupTest {
    private static final Instant T0 = Instant.parse("2026-03-10T10:00:00Z");

    @Test
    void groupsByKindWithCountsFirstAndLastSeenBiggestFirst() {
        List<FailureGroup> groups = FailureGroup.of(List.of(
                new Failure(T0.plusSeconds(300), "HTTP 500 Internal Server Error", 500),
                new Failure(T0, "Request timed out after 10 seconds", null),
                new Failure(T0.plusSeconds(60), "HTTP 502 Bad Gateway", 502),
                new Failure(T0.plusSeconds(900), "HTTP 500 Internal Server Error", 500)));

        assertEquals(2, groups.size());
        FailureGroup server = groups.get(0);
        assertEquals(FailureKind.HTTP_5XX, server.kind());
        assertEquals(3, server.count());
        assertEquals(T0.plusSeconds(60), server.firstSeen());
        assertEquals(T0.plusSeconds(900), server.lastSeen());
        assertEquals("HTTP 500 Internal Server Error", server.commonMessage());
        assertEquals(FailureKind.TIMEOUT, groups.get(1).kind());
        assertEquals(1, groups.get(1).count());
    }

    @Test
    void failuresWithoutTimeAreCountedButHaveNoFirstSeen() {
        FailureGroup g = FailureGroup.of(List.of(new Failure(null, "Connection refused", null))).getFirst();
        assertEquals(1, g.count());
        assertNull(g.firstSeen());
        assertNull(g.lastSeen());
    }

    @Test
    void noFailuresGiveNoGroups() {
        assertTrue(FailureGroup.of(List.of()).isEmpty());
    }
}
