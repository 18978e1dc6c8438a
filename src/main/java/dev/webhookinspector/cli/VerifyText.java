package dev.webhookinspector.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.signing.Mistake;
import dev.webhookinspector.core.signing.Verification;
import java.util.Locale;

/** verify's answer as text or JSON: which secret matched (by label), the timestamp's age, the likely mistakes. */
final class VerifyText {
    private VerifyText() {}

    static String text(Verification v, Provider provider) {
        StringBuilder sb = new StringBuilder();
        if (v.verified()) {
            sb.append("Verified: the signature matches ").append(v.matchedSecret().orElse("a secret")).append(".\n");
        } else if (v.matchedSecret().isPresent()) {
            sb.append("Not verified: the signature matches ").append(v.matchedSecret().get()).append(", but a receiver would reject it.\n");
        } else {
            sb.append("Not verified.\n");
        }
        v.timestampSentence(provider.displayName()).ifPresent(t -> sb.append(t).append('\n'));
        v.note().ifPresent(n -> sb.append(n).append('\n'));
        if (!v.mistakes().isEmpty()) {
            sb.append(v.mistakes().size() == 1 ? "Likely mistake:\n" : "Likely mistakes:\n");
            for (Mistake m : v.mistakes()) sb.append("  - ").append(m.sentence()).append('\n');
        }
        sb.append(provider.signing().describe()).append('\n');
        return sb.toString();
    }

    static String json(Verification v) {
        ObjectNode o = SnapshotJson.object();
        o.put("verified", v.verified());
        v.matchedSecret().ifPresent(s -> o.put("matchedSecret", s));
        v.age().ifPresent(a -> o.put("timestampAgeSeconds", a.toSeconds()));
        o.put("freshnessSeconds", v.freshness().toSeconds());
        v.note().ifPresent(n -> o.put("note", n));
        ArrayNode mistakes = o.putArray("mistakes");
        for (Mistake m : v.mistakes()) {
            mistakes.addObject().put("kind", m.name().toLowerCase(Locale.ROOT)).put("text", m.sentence());
        }
        return SnapshotJson.write(o);
    }
}
