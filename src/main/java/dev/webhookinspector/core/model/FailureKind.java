package dev.webhookinspector.core.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What sort of failure a delivery attempt was, judged from its HTTP code and, when the provider
 * gives only free text (Ultravox), from the message. The order of the checks matters: an answered
 * status beats words in the text, and specific words (TLS, refused) beat the generic "timeout".
 */
public enum FailureKind {
    TIMEOUT("Timeout"),
    TLS("TLS"),
    CONNECTION_REFUSED("Connection refused"),
    HTTP_5XX("HTTP 5xx"),
    HTTP_4XX("HTTP 4xx"),
    OTHER("Other");

    private static final Pattern STATUS_IN_TEXT = Pattern.compile(
            "(?:\\bhttp(?:/[\\d.]+)?|\\bstatus(?:\\s+code)?|\\bresponse(?:\\s+code)?|\\breturned|\\brespond(?:ed)?(?:\\s+with)?|\\breceived|\\bgot|\\bcode)"
                    + "\\W{0,3}([45]\\d\\d)\\b");
    private static final Pattern LEADING_STATUS = Pattern.compile("^\\s*([45]\\d\\d)\\b");

    private final String label;

    FailureKind(String label) { this.label = label; }

    /** Short human name: "HTTP 5xx", "Connection refused". */
    public String label() { return label; }

    public static FailureKind classify(Failure failure) {
        return classify(failure.code(), failure.message());
    }

    /**
     * A classifier that remembers each distinct code and message: recent-failure lists repeat the
     * same few texts thousands of times, and the text checks are the costly part.
     */
    public static Function<Failure, FailureKind> cached() {
        Map<Failure, FailureKind> seen = new HashMap<>();
        return f -> seen.computeIfAbsent(new Failure(null, f.message(), f.code()), FailureKind::classify);
    }

    public static FailureKind classify(Integer code, String message) {
        FailureKind byCode = byStatus(code);
        if (byCode != null) return byCode;
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        Integer inText = statusInText(m);
        if (inText != null) return byStatus(inText);
        if (containsAny(m, "tls", "ssl", "certificate", "handshake", "x509", "pkix", "cert_")) return TLS;
        if (containsAny(m, "connection refused", "econnrefused", "refused to connect", "refused the connection",
                "actively refused")) return CONNECTION_REFUSED;
        if (containsAny(m, "timeout", "timed out", "time out", "etimedout", "deadline exceeded", "took too long")) return TIMEOUT;
        return OTHER;
    }

    private static FailureKind byStatus(Integer code) {
        if (code == null) return null;
        if (code >= 500 && code <= 599) return HTTP_5XX;
        if (code >= 400 && code <= 499) return HTTP_4XX;
        return null;
    }

    private static Integer statusInText(String m) {
        Matcher lead = LEADING_STATUS.matcher(m);
        if (lead.find()) return Integer.valueOf(lead.group(1));
        Matcher any = STATUS_IN_TEXT.matcher(m);
        return any.find() ? Integer.valueOf(any.group(1)) : null;
    }

    private static boolean containsAny(String haystack, String... needles) {
        for (String n : needles) {
            if (haystack.contains(n)) return true;
        }
        return false;
    }
}
