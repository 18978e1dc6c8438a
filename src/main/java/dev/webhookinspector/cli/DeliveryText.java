package dev.webhookinspector.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webhookinspector.core.delivery.DeliveryResult;
import dev.webhookinspector.core.http.Header;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.text.SafeText;
import java.nio.charset.StandardCharsets;

/** A test delivery's result as text or JSON; the request's credential-like headers are masked in both. */
final class DeliveryText {
    private DeliveryText() {}

    static String text(DeliveryResult r, Provider provider) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.outcome().title());
        if (r.status() > 0) sb.append(": HTTP ").append(r.status());
        r.total().ifPresent(t -> sb.append(" in ").append(Formats.duration(t)));
        r.firstByte().ifPresent(t -> sb.append(" (first byte after ").append(Formats.duration(t)).append(')'));
        sb.append('\n');
        r.problem().ifPresent(p -> sb.append("  ").append(p).append('\n'));
        r.comparison().ifPresent(c -> sb.append("  ").append(c).append('\n'));
        sb.append("\nSent\n");
        line(sb, "to", SafeText.terminal(r.plan().to().toString()));
        line(sb, "event", r.plan().event());
        line(sb, "signed", r.plan().signedWith().isEmpty() ? provider.signing().describe()
                : "with " + String.join(", ", r.plan().signedWith()) + ". " + provider.signing().describe());
        for (Header h : r.plan().headers()) line(sb, "header", h.name() + ": " + SafeText.terminal(h.shownValue()));
        line(sb, "body", r.plan().body().length + " bytes: " + SafeText.terminal(new String(r.plan().body(), StandardCharsets.UTF_8)));
        if (r.status() > 0) {
            sb.append("\nAnswer\n");
            r.redirect().ifPresent(l -> line(sb, "redirect", l + " (not followed: providers do not follow redirects)"));
            if (!r.certificate().isBlank()) line(sb, "certificate", r.certificate());
            for (Header h : r.responseHeaders()) line(sb, "header", h.name() + ": " + h.value());
            line(sb, "body", r.body().isEmpty() ? "(empty)" : r.body() + (r.bodyCut() ? " … (cut)" : ""));
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(String.format("  %-12s %s%n", label, value));
    }

    static String json(DeliveryResult r) {
        ObjectNode o = SnapshotJson.object();
        o.put("outcome", r.outcome().name().toLowerCase(java.util.Locale.ROOT));
        o.put("summary", r.outcome().title());
        o.put("status", r.status());
        r.firstByte().ifPresent(t -> o.put("firstByteMs", t.toMillis()));
        r.total().ifPresent(t -> o.put("totalMs", t.toMillis()));
        r.problem().ifPresent(p -> o.put("problem", p));
        r.comparison().ifPresent(c -> o.put("comparison", c));
        ObjectNode sent = o.putObject("request");
        sent.put("url", r.plan().to().toString());
        sent.put("event", r.plan().event());
        ArrayNode signed = sent.putArray("signedWith");
        r.plan().signedWith().forEach(signed::add);
        ObjectNode headers = sent.putObject("headers");
        r.plan().headers().forEach(h -> headers.put(h.name(), h.shownValue()));
        sent.put("body", new String(r.plan().body(), StandardCharsets.UTF_8));
        ObjectNode answer = o.putObject("response");
        r.redirect().ifPresent(l -> answer.put("redirect", l));
        if (!r.certificate().isBlank()) answer.put("certificate", r.certificate());
        ObjectNode answerHeaders = answer.putObject("headers");
        r.responseHeaders().forEach(h -> answerHeaders.put(h.name(), h.value()));
        answer.put("body", r.body());
        answer.put("bodyCut", r.bodyCut());
        return SnapshotJson.write(o);
    }
}
