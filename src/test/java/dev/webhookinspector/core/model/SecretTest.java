package dev.webhookinspector.core.model;

import static org.junit.jupiter.api.Assertions.*;

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
}
