package dev.webhookinspector.core.http;

import java.net.URI;
import java.util.List;

/** The exact request sent: method, URL and headers, shown with the key masked. */
public record SentRequest(String method, URI url, List<Header> headers) {
    public SentRequest {
        headers = List.copyOf(headers);
    }

    /** A cURL command that reads the key from $WEBHOOK_INSPECTOR_API_KEY instead of containing it. */
    public String asCurl() {
        // The ASCII form is what goes on the wire, and it cannot carry a bidi override into the user's shell.
        StringBuilder sb = new StringBuilder("curl -sS -X ").append(method).append(' ').append(quote(url.toASCIIString()));
        for (Header h : headers) {
            String value = h.sensitive()
                    ? (h.value().startsWith("Bearer ") ? "Bearer $WEBHOOK_INSPECTOR_API_KEY" : "$WEBHOOK_INSPECTOR_API_KEY")
                    : h.value();
            String q = h.sensitive() ? "\"" + h.name() + ": " + value + "\"" : quote(h.name() + ": " + value);
            sb.append(" \\\n  -H ").append(q);
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
