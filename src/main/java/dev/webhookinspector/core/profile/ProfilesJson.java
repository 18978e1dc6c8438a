package dev.webhookinspector.core.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import dev.webhookinspector.core.http.NetworkSettings;
import dev.webhookinspector.core.model.ProviderId;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The profiles file and the export file as JSON a person can read. Neither ever holds a key: the
 * profiles file names where each key lives, the export only which kind of store it was in.
 */
final class ProfilesJson {
    /**
     * 2 records, with each stored key, the provider and origin it was stored for ("keyBoundTo"). Version 1 files
     * are bound to their profiles' current settings when read; versions before 2 refuse a version 2 file, so an
     * older app cannot rewrite it without the bindings.
     */
    static final int SCHEMA_VERSION = 2;
    /** Exports carry no keys, so no bindings: their format did not change. */
    static final int EXPORT_SCHEMA_VERSION = 1;
    static final String EXPORT_FORMAT = "webhook-inspector-profiles";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProfilesJson() {}

    /** The file cannot be understood; its contents must be kept aside, not overwritten. */
    static final class Unreadable extends Exception {
        Unreadable(String message) { super(message); }
    }

    /** The file is fine but was written by a newer version that this one must not overwrite. */
    static final class TooNew extends Exception {
        final int version;

        TooNew(int version) {
            super("schema version " + version);
            this.version = version;
        }
    }

    static byte[] renderProfiles(List<Profile> profiles) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ArrayNode array = root.putArray("profiles");
        for (Profile p : profiles) {
            ObjectNode o = settings(p);
            o.put("keyStore", p.keyRef().store().name().toLowerCase(Locale.ROOT));
            o.put("keyEntry", p.keyRef().locator());
            // Only in this machine's file, never in an export: they are this machine's network, and a file
            // someone sends must not choose the proxy and the certificates a key travels through.
            if (!p.network().proxy().isEmpty()) o.put("proxy", p.network().proxy());
            if (!p.network().caFile().isEmpty()) o.put("caFile", p.network().caFile());
            KeyBinding b = p.keyRef().binding();
            if (!b.isNone()) o.putObject("keyBoundTo").put("provider", b.provider()).put("origin", b.origin());
            array.add(o);
        }
        return bytes(root);
    }

    /** The profiles of a profiles file, and whether it was of an older schema (and so is worth saving again). */
    record Parsed(List<Profile> profiles, boolean migrated) {}

    static Parsed parseProfiles(byte[] content) throws Unreadable, TooNew {
        JsonNode root = tree(content);
        int version = checkVersion(root, SCHEMA_VERSION);
        List<Profile> result = new ArrayList<>();
        for (JsonNode o : profilesArray(root)) {
            String name = text(o, "name", true);
            KeyStoreKind store;
            try {
                store = KeyStoreKind.valueOf(text(o, "keyStore", true).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new Unreadable("profile \"" + name + "\" has an unknown keyStore \"" + o.get("keyStore").asText() + "\"");
            }
            NetworkSettings network = new NetworkSettings(text(o, "proxy", false), text(o, "caFile", false));
            Profile p = profile(o, name, new KeyRef(store, text(o, "keyEntry", false), binding(o, name))).withNetwork(network);
            // Version 1 kept no binding: a key stored then is taken to belong where its profile points now.
            if (version == 1 && p.keyRef().hasStoredKey()) {
                p = p.withKeyRef(new KeyRef(store, p.keyRef().locator(), KeyBinding.of(p)));
            }
            result.add(p);
        }
        return new Parsed(result, version < SCHEMA_VERSION);
    }

    private static KeyBinding binding(JsonNode o, String name) throws Unreadable {
        JsonNode b = o.get("keyBoundTo");
        if (b == null || b.isNull()) return KeyBinding.NONE;
        if (!b.isObject() || !b.path("provider").isTextual() || !b.path("origin").isTextual()) {
            throw new Unreadable("profile \"" + name + "\" has a \"keyBoundTo\" that is not {\"provider\": ..., \"origin\": ...}");
        }
        return new KeyBinding(b.get("provider").asText(), b.get("origin").asText());
    }

    static byte[] renderExport(List<Profile> profiles) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", EXPORT_FORMAT);
        root.put("schemaVersion", EXPORT_SCHEMA_VERSION);
        ArrayNode array = root.putArray("profiles");
        for (Profile p : profiles) {
            ObjectNode o = settings(p);
            o.put("keyStore", p.keyRef().describe());
            array.add(o);
        }
        return bytes(root);
    }

    /** Imported profiles have no stored key yet: KEYRING and VAULT refs come back with an empty entry. */
    static List<Profile> parseExport(byte[] content) throws Unreadable, TooNew {
        JsonNode root = tree(content);
        if (!EXPORT_FORMAT.equals(root.path("format").asText())) {
            throw new Unreadable("it is not a profile export (no \"format\": \"" + EXPORT_FORMAT + "\")");
        }
        checkVersion(root, EXPORT_SCHEMA_VERSION);
        List<Profile> result = new ArrayList<>();
        for (JsonNode o : profilesArray(root)) {
            String name = text(o, "name", true);
            KeyRef ref;
            try {
                ref = KeyRef.parse(text(o, "keyStore", true));
            } catch (ProfileException e) {
                throw new Unreadable("profile \"" + name + "\": " + e.getMessage());
            }
            result.add(profile(o, name, ref));
        }
        return result;
    }

    private static ObjectNode settings(Profile p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", p.name());
        o.put("provider", p.provider().value());
        if (p.baseUrl() != null) o.put("baseUrl", p.baseUrl().toString());
        ObjectNode options = o.putObject("options");
        p.options().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> options.put(e.getKey(), e.getValue()));
        o.put("note", p.note());
        return o;
    }

    private static Profile profile(JsonNode o, String name, KeyRef ref) throws Unreadable {
        URI baseUrl = null;
        String url = text(o, "baseUrl", false);
        if (!url.isEmpty()) {
            try {
                baseUrl = new URI(url);
            } catch (URISyntaxException e) {
                throw new Unreadable("profile \"" + name + "\" has a baseUrl that is not a URL");
            }
        }
        Map<String, String> options = new LinkedHashMap<>();
        JsonNode opts = o.path("options");
        if (!opts.isMissingNode() && !opts.isNull()) {
            if (!opts.isObject()) throw new Unreadable("profile \"" + name + "\" has \"options\" that is not an object");
            for (Map.Entry<String, JsonNode> e : opts.properties()) {
                if (!e.getValue().isTextual()) throw new Unreadable("profile \"" + name + "\" option \"" + e.getKey() + "\" is not text");
                options.put(e.getKey(), e.getValue().asText());
            }
        }
        ProviderId provider;
        try {
            provider = ProviderId.parse(text(o, "provider", true));
        } catch (IllegalArgumentException e) {
            throw new Unreadable("profile \"" + name + "\" has a provider that is not a provider id");
        }
        return new Profile(name, provider, baseUrl, options, text(o, "note", false), ref);
    }

    private static JsonNode tree(byte[] content) throws Unreadable {
        if (content.length == 0) throw new Unreadable("the file is empty");
        try {
            JsonNode root = JSON.readTree(content);
            if (root == null || !root.isObject()) throw new Unreadable("it is not a JSON object");
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new Unreadable("it is not valid JSON" + where);
        } catch (IOException e) {
            throw new Unreadable("it could not be parsed (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static int checkVersion(JsonNode root, int newest) throws Unreadable, TooNew {
        JsonNode v = root.get("schemaVersion");
        if (v == null || !v.canConvertToInt()) throw new Unreadable("it has no numeric \"schemaVersion\"");
        if (v.asInt() > newest) throw new TooNew(v.asInt());
        if (v.asInt() < 1) throw new Unreadable("its schemaVersion " + v.asInt() + " is not one this app ever wrote");
        return v.asInt();
    }

    private static Iterable<JsonNode> profilesArray(JsonNode root) throws Unreadable {
        JsonNode array = root.get("profiles");
        if (array == null || !array.isArray()) throw new Unreadable("it has no \"profiles\" array");
        for (JsonNode o : array) if (!o.isObject()) throw new Unreadable("an entry of \"profiles\" is not an object");
        return array;
    }

    private static String text(JsonNode o, String field, boolean required) throws Unreadable {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            if (required) throw new Unreadable("a profile has no \"" + field + "\"");
            return "";
        }
        if (!v.isTextual()) throw new Unreadable("a profile's \"" + field + "\" is not text");
        if (required && v.asText().isEmpty()) throw new Unreadable("a profile has an empty \"" + field + "\"");
        return v.asText();
    }

    private static byte[] bytes(ObjectNode root) {
        try {
            return (JSON.writeValueAsString(root) + System.lineSeparator()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON of plain strings cannot fail to render", e);
        }
    }
}
