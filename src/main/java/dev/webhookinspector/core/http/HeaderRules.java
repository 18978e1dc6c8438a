package dev.webhookinspector.core.http;

import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.model.Redactor;
import dev.webhookinspector.core.model.Secret;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.problem.Remedy;
import dev.webhookinspector.core.text.SafeText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What may go into a request header, and how the key-carrying ones are hidden again. The JDK throws on a line
 * break in a header value and sends other odd characters mangled; a value from a hand-edited profile or an
 * environment variable is refused here, by name, before anything is sent.
 */
final class HeaderRules {
    private static final String BEARER = "Bearer ";

    private HeaderRules() {}

    static void check(List<Header> headers) throws FetchException {
        for (Header h : headers) {
            if (h.sensitive()) {
                String key = h.value().startsWith(BEARER) ? h.value().substring(BEARER.length()) : h.value();
                Optional<String> problem = ApiKey.problem(key);
                if (problem.isPresent()) throw new FetchException(ProblemKind.INVALID_INPUT, problem.get(), Remedy.CHECK_KEY);
            } else if (!h.value().chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
                throw new FetchException(ProblemKind.INVALID_INPUT, "The " + h.name() + " header value \"" + SafeText.terminal(h.value())
                        + "\" cannot be sent: a header value is printable ASCII, without line breaks or control characters");
            }
        }
    }

    /** Masks the values of the headers that carry the key, in whatever a server may echo back. */
    static Redactor redactor(List<Header> headers) {
        Map<String, String> masks = new LinkedHashMap<>();
        for (Header h : headers) {
            if (!h.sensitive()) continue;
            masks.put(h.value(), h.shownValue());
            if (h.value().startsWith(BEARER)) masks.put(h.value().substring(BEARER.length()), Secret.mask(h.value().substring(BEARER.length())));
        }
        return Redactor.of(masks);
    }
}
