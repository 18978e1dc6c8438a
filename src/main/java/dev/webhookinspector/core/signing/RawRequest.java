package dev.webhookinspector.core.signing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A request as a receiver logged it: an optional request line, header lines, a blank line, then the body bytes
 * exactly as they follow (CRLF or LF line ends). The body is never re-read as text, since verify needs its bytes.
 */
public record RawRequest(Map<String, String> headers, byte[] body) {
    public RawRequest {
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** Empty with a reason when the text has no header block. */
    public static Result parse(byte[] raw) {
        int split = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        int skip = 4;
        int lf = indexOf(raw, "\n\n".getBytes(StandardCharsets.US_ASCII));
        if (split < 0 || (lf >= 0 && lf < split)) {
            split = lf;
            skip = 2;
        }
        if (split < 0) return new Result(Optional.empty(), "no blank line between the headers and the body");
        String head = new String(raw, 0, split, StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        String[] lines = head.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0 && line.matches("^[A-Z]+ \\S+( HTTP/[0-9.]+)?$")) continue;
            int colon = line.indexOf(':');
            if (colon <= 0) return new Result(Optional.empty(), "line " + (i + 1) + " is not a header (Name: value)");
            headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return new Result(Optional.of(new RawRequest(headers, Arrays.copyOfRange(raw, split + skip, raw.length))), "");
    }

    /** @param problem why the text is not a request, when {@code request} is empty */
    public record Result(Optional<RawRequest> request, String problem) {}

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
