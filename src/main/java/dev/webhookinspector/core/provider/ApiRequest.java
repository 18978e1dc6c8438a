package dev.webhookinspector.core.provider;

import dev.webhookinspector.core.http.Header;
import java.net.URI;
import java.util.List;

/** A GET a provider wants sent: the full URL and its headers, auth included. */
public record ApiRequest(URI url, List<Header> headers) {
    public ApiRequest {
        headers = List.copyOf(headers);
    }
}
