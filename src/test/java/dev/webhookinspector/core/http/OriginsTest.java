package dev.webhookinspector.core.http;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import org.junit.jupiter.api.Test;

class OriginsTest {
    @Test
    void idIsEncodedAsASinglePathSegment() {
        assertEquals("wh%2F%C3%BC%20d%3Fx%3D1%23%25", Origins.encodeSegment("wh/ü d?x=1#%"));
        assertEquals("wh_ghi012-A.b~", Origins.encodeSegment("wh_ghi012-A.b~"));
    }

    @Test
    void basePathPrefixIsKeptWhenJoining() {
        assertEquals(URI.create("https://gw.example.com/ultravox/api/webhooks/x"),
                Origins.join(URI.create("https://gw.example.com/ultravox/"), "/api/webhooks/x"));
    }

    @Test
    void plainHttpIsOnlyForLoopbackHosts() {
        assertTrue(Origins.checkBaseUrl(URI.create("http://127.0.0.1:8080")).isEmpty());
        assertTrue(Origins.checkBaseUrl(URI.create("http://127.8.9.10")).isEmpty());
        assertTrue(Origins.checkBaseUrl(URI.create("http://localhost:1")).isEmpty());
        assertTrue(Origins.checkBaseUrl(URI.create("http://[::1]:1")).isEmpty());
        assertTrue(Origins.checkBaseUrl(URI.create("https://api.ultravox.ai")).isEmpty());
        assertTrue(Origins.checkBaseUrl(URI.create("http://api.ultravox.ai")).orElseThrow().contains("https://api.ultravox.ai"));
        assertTrue(Origins.checkBaseUrl(URI.create("http://127.0.0.1.evil.example")).isPresent());
        assertTrue(Origins.checkBaseUrl(URI.create("ftp://127.0.0.1")).isPresent());
        assertTrue(Origins.checkBaseUrl(URI.create("https://user:pw@api.v0.dev")).isPresent());
    }

    @Test
    void aTypedBaseUrlThatIsNotAUrlGetsAMessageNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Origins.parseBaseUrl("api.v0.dev"));
        assertTrue(e.getMessage().contains("\"api.v0.dev\""), e.getMessage());
    }

    @Test
    void sameOriginComparesSchemeHostAndEffectivePort() {
        assertTrue(Origins.sameOrigin(URI.create("https://a.example/x"), URI.create("https://A.example:443/y")));
        assertFalse(Origins.sameOrigin(URI.create("https://a.example/x"), URI.create("http://a.example/x")));
        assertFalse(Origins.sameOrigin(URI.create("http://127.0.0.1:80/x"), URI.create("http://127.0.0.2:80/x")));
    }
}
