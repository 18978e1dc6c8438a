package dev.webhookinspector.core.provider;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {
    @Test
    void timestampsWithZeroToSixFractionalDigitsAndOffsetsParse() {
        assertEquals(Instant.parse("2025-01-15T10:30:00Z"), JsonFields.parseInstant("2025-01-15T10:30:00Z"));
        assertEquals(Instant.parse("2025-01-15T10:30:00.100Z"), JsonFields.parseInstant("2025-01-15T10:30:00.1Z"));
        assertEquals(Instant.parse("2025-01-15T10:30:00.123456Z"), JsonFields.parseInstant("2025-01-15T10:30:00.123456Z"));
        assertEquals(Instant.parse("2025-01-15T08:30:00Z"), JsonFields.parseInstant("2025-01-15T10:30:00+02:00"));
        assertEquals(Instant.parse("2025-01-15T10:30:00Z"), JsonFields.parseInstant("2025-01-15T10:30:00"));
        assertNull(JsonFields.parseInstant("yesterday"));
    }
}
