package dev.webhookinspector.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webhookinspector.core.http.NetworkSettings;
import dev.webhookinspector.core.profile.Profile;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.ProviderOption;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.core.text.SafeText;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How profiles are printed: a table, a detail view, JSON. Keys only ever appear masked. Profiles come from a file
 * anyone may have edited or sent, so every value is made safe for the terminal first.
 */
final class ProfileText {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectWriter WRITER = JSON.writer().with(SafeText.JSON_ESCAPES);

    private ProfileText() {}

    /** What {@code show} knows about the key: its masked form, or why it could not be read. */
    record KeyView(Optional<String> masked, String problem) {}

    static String table(List<Profile> profiles) {
        if (profiles.isEmpty()) {
            return "No profiles yet. Add one with: webhook-inspector profile add NAME --provider " + Providers.ids() + "\n";
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "PROVIDER", "BASE URL", "KEY STORE", "NOTE"});
        for (Profile p : profiles) {
            String[] row = {p.name(), p.provider().value(), baseUrl(p).toString(), store(p), firstLine(p.note())};
            for (int i = 0; i < row.length; i++) row[i] = SafeText.terminal(row[i]);
            rows.add(row);
        }
        int[] width = new int[5];
        for (String[] r : rows) for (int i = 0; i < 5; i++) width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                line.append(r[i]);
                if (i < 4) line.append(" ".repeat(width[i] - r[i].codePointCount(0, r[i].length()) + 2));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    static String json(List<Profile> profiles) {
        ArrayNode array = JSON.createArrayNode();
        for (Profile p : profiles) array.add(node(p, null));
        return write(array);
    }

    static String showJson(Profile p, KeyView key) { return write(node(p, key)); }

    static String show(Profile p, KeyView key) {
        Optional<Provider> provider = Providers.byId(p.provider());
        StringBuilder sb = new StringBuilder();
        line(sb, "Profile", p.name());
        line(sb, "Provider", provider.map(pr -> pr.displayName().equalsIgnoreCase(pr.id().value()) ? pr.displayName() : pr.displayName() + " (" + pr.id() + ")")
                .orElse(p.provider() + " (unknown to this version)"));
        line(sb, "Base URL", baseUrl(p) + (p.baseUrl() == null ? " (the provider's default)" : ""));
        for (ProviderOption o : provider.map(Provider::options).orElse(List.of())) {
            String v = p.options().get(o.key());
            line(sb, o.label(), v != null ? v : o.defaultValue() + " (default)");
        }
        if (!p.note().isEmpty()) {
            // Line by line, so the note keeps its own line breaks and nothing else.
            String indented = p.note().lines().map(SafeText::terminal).collect(Collectors.joining("\n" + " ".repeat(13)));
            sb.append(String.format("%-12s %s", "Note", indented)).append('\n');
        }
        if (!p.network().proxy().isEmpty()) line(sb, "Proxy", NetworkSettings.isNone(p.network().proxy()) ? "none (connects directly)" : p.network().proxy());
        if (!p.network().caFile().isEmpty()) line(sb, "CA file", NetworkSettings.isNone(p.network().caFile()) ? "none (the system's certificates only)" : p.network().caFile());
        String where = p.keyRef().describeLong();
        String keyLine;
        if (!p.keyRef().hasKey()) keyLine = "none yet (will be kept in " + where + "); store it with: webhook-inspector profile edit \"" + p.name() + "\" --key";
        else if (key.masked().isPresent()) keyLine = key.masked().get() + " in " + where;
        else keyLine = "in " + where + " (" + key.problem() + ")";
        line(sb, "Key", keyLine);
        return sb.toString();
    }

    static String store(Profile p) {
        return p.keyRef().describe() + (p.keyRef().hasKey() ? "" : " (no key yet)");
    }

    static URI baseUrl(Profile p) {
        if (p.baseUrl() != null) return p.baseUrl();
        return Providers.byId(p.provider()).map(Provider::defaultBaseUrl).orElse(URI.create(""));
    }

    private static ObjectNode node(Profile p, KeyView key) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", p.name());
        o.put("provider", p.provider().value());
        o.put("baseUrl", baseUrl(p).toString());
        o.put("defaultBaseUrl", p.baseUrl() == null);
        o.put("store", p.keyRef().describe());
        o.put("hasKey", p.keyRef().hasKey());
        ObjectNode options = o.putObject("options");
        p.options().forEach(options::put);
        o.put("note", p.note());
        if (!p.network().proxy().isEmpty()) o.put("proxy", p.network().proxy());
        if (!p.network().caFile().isEmpty()) o.put("caFile", p.network().caFile());
        if (key != null) {
            if (key.masked().isPresent()) o.put("keyMasked", key.masked().get());
            else if (p.keyRef().hasKey()) o.put("keyProblem", key.problem());
        }
        return o;
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(String.format("%-12s %s", label, SafeText.terminal(value))).append('\n');
    }

    private static String firstLine(String note) {
        int nl = note.indexOf('\n');
        String first = nl < 0 ? note : note.substring(0, nl) + " …";
        return first.length() > 40 ? first.substring(0, 39) + "…" : first;
    }

    private static String write(Object node) {
        try {
            return WRITER.writeValueAsString(node) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("JSON of plain strings cannot fail to render", e);
        }
    }
}
