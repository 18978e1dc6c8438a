package dev.webhookinspector.core.http;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** An HTTP answer read in full (within the size cap), with the request that got it. */
public record Reply(SentRequest request, int status, HttpHeaders headers, byte[] body, int attempts) {
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }
}
