package dev.webhookinspector.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailureKindTest {

    @ParameterizedTest(name = "\"{1}\" (code {0}) is {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "null | Request timed out after 10 seconds | TIMEOUT",
            "null | Read timed out. (read timeout=10) | TIMEOUT",
            "null | context deadline exceeded | TIMEOUT",
            "null | SSL: CERTIFICATE_VERIFY_FAILED certificate verify failed: certificate has expired (_ssl.c:1006) | TLS",
            "null | TLS handshake timed out | TLS",
            "null | Connection refused | CONNECTION_REFUSED",
            "null | connect ECONNREFUSED 10.0.0.4:443 | CONNECTION_REFUSED",
            "null | HTTP 500 Internal Server Error | HTTP_5XX",
            "null | HTTP 502 Bad Gateway: <html><head><title>502 Bad Gateway</title></head></html> | HTTP_5XX",
            "null | 503 Service Unavailable | HTTP_5XX",
            "null | Received 404 Not Found | HTTP_4XX",
            "null | HTTP 410 Gone | HTTP_4XX",
            "null | Connection reset by peer | OTHER",
            "null | '' | OTHER",
            "502 | Bad Gateway | HTTP_5XX",
            "504 | Gateway Timeout | HTTP_5XX",
            "429 | Too Many Requests | HTTP_4XX",
            "302 | Found | OTHER",
    })
    void classifiesFailuresTheWayAPersonWouldReadThem(Integer code, String message, FailureKind expected) {
        assertEquals(expected, FailureKind.classify(new Failure(null, message, code)));
    }

    @ParameterizedTest
    @CsvSource({"TIMEOUT, Timeout", "CONNECTION_REFUSED, Connection refused", "HTTP_5XX, HTTP 5xx", "HTTP_4XX, HTTP 4xx"})
    void hasShortHumanLabels(FailureKind kind, String label) {
        assertEquals(label, kind.label());
    }
}
