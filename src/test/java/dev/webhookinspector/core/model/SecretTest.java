package dev.webhookinspector.core.model;

import static org.junit.jupiter.api.Assertions.*;

import dev.webhookinspector.core.provider.JsonFields;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecretTest {
    @Test
    void maskKeepsAKnownPrefixAndTheLastFourOnly() {
        assertEquals("whsec_********i789", Secret.mask("whsec_abc123def456ghi789"));
        assertEquals("********wxyz", Secret.mask("0123456789abcdefghijwxyz"));
        assertEquals("****", Secret.mask("short"), "short secrets are fully hidden");
    }

    @Test
    void toStringNeverShowsTheValue() {
        assertFalse(new Secret("s", "whsec_abc123def456ghi789").toString().contains("abc123"));
        assertFalse(new ApiKey("Demo1234.abcdefghijklmnopqrstuvwxyz012345").toString().contains("Demo1234"));
    }

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
