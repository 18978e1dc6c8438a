package dev.webhookinspector.core.http;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP answer read in full (within the size cap), with the request that got it.
 *
 * @param firstByte from sending the request to the answer's headers
 * @param total from sending the request to the body's end
 * @param certificate the server's certificate as "subject, issued by issuer", or empty over plain http
 */
public record Reply(SentRequest request, int status, HttpHeaders headers, byte[] body, int attempts,
                    java.time.Duration firstByte, java.time.Duration total, String certificate) {
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Every header of the answer, one entry per value, in the order received. */
    public java.util.List<Header> headerList() {
        java.util.List<Header> out = new java.util.ArrayList<>();
        headers.map().forEach((name, values) -> values.forEach(v -> out.add(Header.plain(name, v))));
        return out;
    }

    public java.util.Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }
}
