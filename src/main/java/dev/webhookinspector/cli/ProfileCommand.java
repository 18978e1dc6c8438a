package dev.webhookinspector.cli;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.WebhookFetcher;
import dev.webhookinspector.core.http.CaFiles;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.http.Network;
import dev.webhookinspector.core.http.NetworkSettings;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.problem.ExitCode;
import dev.webhookinspector.core.problem.Remedy;
import dev.webhookinspector.core.profile.EnvReference;
import dev.webhookinspector.core.profile.ImportPolicy;
import dev.webhookinspector.core.profile.ImportResult;
import dev.webhookinspector.core.profile.KeyRef;
import dev.webhookinspector.core.profile.KeyStoreKind;
import dev.webhookinspector.core.profile.KeyStoreStatus;
import dev.webhookinspector.core.profile.PassphrasePrompt;
import dev.webhookinspector.core.profile.Profile;
import dev.webhookinspector.core.profile.ProfileException;
import dev.webhookinspector.core.profile.ProfileRules;
import dev.webhookinspector.core.profile.ProfileService;
import dev.webhookinspector.core.profile.ProfileServices;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** {@code profile ...}: manage saved profiles; keys come from standard input and are only ever shown masked. */
final class ProfileCommand implements Command {
    /** Read per run: the providers' options are whatever is registered now. */
    private static Set<String> settings() {
        return OptionFlags.with("provider", "base-url", "note", "store", "proxy", "ca-file");
    }
    private static final String SUBCOMMANDS = "add, list, show, edit, rename, remove, test, export, import";

    private final Function<Map<String, String>, ProfileService> services;
    private final WebhookFetcher fetcher;

    ProfileCommand() {
        this(ProfileServices::open, new HttpWebhookFetcher());
    }

    ProfileCommand(Function<Map<String, String>, ProfileService> services, WebhookFetcher fetcher) {
        this.services = services;
        this.fetcher = fetcher;
    }

    @Override public String name() { return "profile"; }

    @Override public String label(List<String> args) { return args.isEmpty() ? name() : name() + " " + args.getFirst(); }

    @Override public String summary() { return "manage saved profiles: " + SUBCOMMANDS; }

    @Override
    public String usage() {
        return """
                Usage: webhook-inspector profile SUBCOMMAND [options]

                A profile is a name, a provider, a base URL, provider options, a note and where its
                API key is kept. Keys are read from standard input (no echo on a terminal), never
                from an argument, and only ever shown masked.

                  add NAME --provider P [--base-url U]%s [--note TEXT] [--store S]
                           [--proxy URL|none] [--ca-file FILE|none]
                                      add a profile; the key is read from standard input
                                      (not for --store env:VAR, which stores nothing)
                  list [--format table|json]
                  show NAME [--format text|json]      settings and the masked key
                  edit NAME [--provider P] [--base-url U|default]%s
                            [--note TEXT] [--store S] [--key]
                            [--proxy URL|none|default] [--ca-file FILE|none|default]
                                      change settings; --key reads a new key from standard input;
                                      a new --store moves the key there; a new provider or
                                      origin (scheme, host, port) needs --key: a stored key is
                                      only ever sent where it was stored for
                  rename OLD NEW
                  remove NAME                         removes the profile and its stored key
                  test NAME [--timeout SECONDS]       one cheap authenticated call: ok, key rejected
                                                      or unreachable (exit codes as for get)
                  export FILE [NAME...] [--force]     write profiles (all by default) without keys;
                                                      --force overwrites an existing FILE
                  import FILE [--skip-existing | --rename | --replace] [--yes]
                                      add profiles from an export; names that exist here are
                                      refused unless you choose: skip them, import them as
                                      "NAME (imported)", or replace their settings (each keeps
                                      its key unless the provider or origin changes: then its
                                      key is removed and a new one must be stored).
                                      Each env:VAR reference it creates is listed; one needs
                                      --yes unless VAR is WEBHOOK_INSPECTOR_API_KEY,
                                      WEBHOOK_INSPECTOR_*_API_KEY or PROVIDER_API_KEY,
                                      PROVIDER_*_API_KEY for the profile's own provider (e.g.
                                      V0_API_KEY) and the profile uses the provider's own API
                                      address.

                Providers: %s. Names: 1 to 64 characters, unique ignoring case.
                Provider options:
                %s
                --proxy: an http:// proxy for this profile (none: connect directly; default:
                %s, HTTPS_PROXY or the system's setting). --ca-file: a PEM file of
                certificates to trust besides the system's (default: %s).
                Neither is exported: they belong to this machine's network.
                Key stores (--store): keyring  the OS key store (default: Secret Service, Keychain,
                                               Credential Manager)
                                      vault    an encrypted file, passphrase from %s
                                               or asked on the terminal
                                      env:VAR  read from environment variable VAR at use time
                Profiles live in profiles.json in $%s, else in webhook-inspector/ under
                $XDG_CONFIG_HOME or ~/.config (Linux), ~/Library/Application Support (macOS),
                %%APPDATA%% (Windows).
                """.formatted(OptionFlags.usage(false), OptionFlags.usage(true), Providers.ids(), OptionFlags.help().stripTrailing(),
                Network.PROXY_VARIABLE, Network.CA_FILE_VARIABLE, PassphrasePrompt.VARIABLE, ProfileServices.HOME_VARIABLE);
    }

    @Override
    public int run(List<String> args, CliContext ctx) throws UsageException, ProfileException, FetchException {
        KeyInput.refuseKeyArguments(args);
        if (args.isEmpty()) throw new UsageException("Missing sub-command; use one of " + SUBCOMMANDS + ".");
        String sub = args.get(0);
        List<String> rest = args.subList(1, args.size());
        try (ProfileService service = services.apply(ctx.env())) {
            try {
                return switch (sub) {
                    case "add" -> add(service, rest, ctx);
                    case "list" -> list(service, rest, ctx);
                    case "show" -> show(service, rest, ctx);
                    case "edit" -> edit(service, rest, ctx);
                    case "rename" -> rename(service, rest, ctx);
                    case "remove", "rm" -> remove(service, rest, ctx);
                    case "test" -> test(service, rest, ctx);
                    case "export" -> export(service, rest, ctx);
                    case "import" -> importProfiles(service, rest, ctx);
                    default -> throw new UsageException("Unknown sub-command \"" + sub + "\"; use one of " + SUBCOMMANDS + ".");
                };
            } finally {
                for (String w : service.warnings()) ctx.err().println("webhook-inspector profile: warning: " + w);
            }
        }
    }

    private int add(ProfileService service, List<String> raw, CliContext ctx) throws UsageException, ProfileException {
        Args args = Args.parse(raw, settings(), Set.of());
        String name = args.requirePositional(0, "the profile name (profile add NAME --provider P)");
        onlyTheName(args);
        ProfileRules.checkName(name);
        String providerId = args.value("provider").orElseThrow(() -> new UsageException(
                "Say which provider with --provider " + Providers.ids() + "."));
        Provider provider = ProfileRules.checkProvider(providerId);
        URI baseUrl = args.value("base-url").filter(u -> !isDefault(u)).isPresent() ? ProfileRules.parseBaseUrl(args.value("base-url").get()) : null;
        Map<String, String> options = new HashMap<>();
        OptionFlags.apply(args, provider, options, true);
        KeyRef ref = args.value("store").isPresent() ? KeyRef.parse(args.value("store").get()) : KeyRef.keyring();
        Profile profile = new Profile(name, provider.id(), baseUrl, options, args.value("note").orElse(""), ref,
                network(args, NetworkSettings.UNSET));
        ProfileRules.check(profile);
        ProfileRules.checkUnique(name, service.list());
        requireAvailable(service, ref.store());

        Optional<ApiKey> key = Optional.empty();
        if (ref.store() != KeyStoreKind.ENV) key = Optional.of(KeyInput.read(ctx, provider.displayName() + " API key for \"" + name + "\""));
        service.add(profile, key);
        ctx.out().println("Added profile \"" + name + "\" (" + provider.displayName() + ", key "
                + (ref.store() == KeyStoreKind.ENV ? "read from " : "in ") + ref.describeLong() + ").");
        if (ref.store() == KeyStoreKind.ENV && !ctx.env().containsKey(ref.locator())) {
            ctx.err().println("Note: " + ref.locator() + " is not set right now; set it before using this profile.");
        }
        return ExitCode.OK.code();
    }

    private int list(ProfileService service, List<String> raw, CliContext ctx) throws UsageException, ProfileException {
        Args args = Args.parse(raw, Set.of("format"), Set.of());
        args.noMorePositionalsThan(0);
        String format = args.choice("format", "table", "json");
        List<Profile> profiles = service.list();
        ctx.out().print(format.equals("json") ? ProfileText.json(profiles) : ProfileText.table(profiles));
        return ExitCode.OK.code();
    }

    private int show(ProfileService service, List<String> raw, CliContext ctx) throws UsageException, ProfileException {
        Args args = Args.parse(raw, Set.of("format"), Set.of());
        String name = args.requirePositional(0, "the profile name (profile show NAME)");
        args.noMorePositionalsThan(1);
        String format = args.choice("format", "text", "json");
        Profile p = service.require(name);
        ProfileText.KeyView key;
        if (!p.keyRef().hasKey()) {
            key = new ProfileText.KeyView(Optional.empty(), "no key yet");
        } else {
            try {
                key = new ProfileText.KeyView(Optional.of(service.key(p).masked()), "");
            } catch (ProfileException e) {
                key = new ProfileText.KeyView(Optional.empty(), "could not be read: " + e.getMessage());
            }
        }
        ctx.out().print(format.equals("json") ? ProfileText.showJson(p, key) : ProfileText.show(p, key));
        return ExitCode.OK.code();
    }

    private int edit(ProfileService service, List<String> raw, CliContext ctx) throws UsageException, ProfileException {
        Set<String> settings = settings();
        Args args = Args.parse(raw, settings, Set.of("key"));
        String name = args.requirePositional(0, "the profile name (profile edit NAME ...)");
        onlyTheName(args);
        if (settings.stream().noneMatch(s -> args.value(s).isPresent()) && !args.flag("key")) {
            throw new UsageException("Nothing to change; give at least one of " + OptionFlags.list(settings) + " or --key.");
        }
        Profile old = service.require(name);
        Provider provider = args.value("provider").isPresent() ? ProfileRules.checkProvider(args.value("provider").get())
                : ProfileRules.checkProvider(old.provider());
        URI baseUrl = old.baseUrl();
        if (args.value("base-url").isPresent()) baseUrl = isDefault(args.value("base-url").get()) ? null : ProfileRules.parseBaseUrl(args.value("base-url").get());
        Map<String, String> options = new HashMap<>();
        List<String> dropped = new ArrayList<>();
        for (Map.Entry<String, String> e : old.options().entrySet()) {
            if (provider.options().stream().anyMatch(o -> o.key().equals(e.getKey()))) options.put(e.getKey(), e.getValue());
            else dropped.add(e.getKey());
        }
        OptionFlags.apply(args, provider, options, true);
        KeyRef ref = args.value("store").isPresent() ? KeyRef.parse(args.value("store").get()) : old.keyRef();
        Profile changed = new Profile(old.name(), provider.id(), baseUrl, options, args.value("note").orElse(old.note()), ref,
                network(args, old.network()));
        ProfileRules.check(changed);
        if (ref.store() != old.keyRef().store()) requireAvailable(service, ref.store());
        if (args.flag("key") && ref.store() == KeyStoreKind.ENV) {
            throw new UsageException("Profile \"" + old.name() + "\" reads its key from " + ref.locator() + "; --key does not apply. Set the variable instead.");
        }
        if (ref.store() != KeyStoreKind.ENV && old.keyRef().store() == KeyStoreKind.ENV && !args.flag("key")) {
            throw new UsageException("Moving \"" + old.name() + "\" from " + old.keyRef().describe() + " to " + ref.describe()
                    + " needs the key: add --key and pipe the key into standard input.");
        }
        Optional<ApiKey> key = args.flag("key")
                ? Optional.of(KeyInput.read(ctx, "New " + provider.displayName() + " API key for \"" + old.name() + "\""))
                : Optional.empty();
        service.update(old.name(), changed, key);
        ctx.out().println("Updated profile \"" + old.name() + "\"" + (ref.store() != old.keyRef().store()
                ? "; its key is now " + (ref.store() == KeyStoreKind.ENV ? "read from " : "in ") + ref.describeLong() : "")
                + (key.isPresent() ? "; new key " + key.get().masked() : "") + ".");
        if (!dropped.isEmpty()) ctx.out().println("Dropped option " + String.join(", ", dropped) + ", which " + provider.displayName() + " does not use.");
        return ExitCode.OK.code();
    }

    private int rename(ProfileService service, List<String> raw, CliContext ctx) throws UsageException, ProfileException {
        Args args = Args.parse(raw, Set.of(), Set.of());
        String oldName = args.requirePositional(0, "the current name (profile rename OLD NEW)");
        String newName = args.requirePositional(1, "the new name (profile rename OLD NEW)");
        args.noMorePositionalsThan(2);
        String actual = service.require(oldName).name();
        service.rename(actual, newName);
        ctx.out().println("Renamed profile \"" + actual + "\" to \"" + newName + "\".");
        return ExitCode.OK.code();
    }

    private int remove(ProfileService service, List<String> raw, CliContext ctx) throws UsageException, ProfileException {
        Args args = Args.parse(raw, Set.of(), Set.of());
        String name = args.requirePositional(0, "the profile name (profile remove NAME)");
        args.noMorePositionalsThan(1);
        Profile p = service.require(name);
        int warningsBefore = service.warnings().size();
        service.remove(p.name());
        String keyPart;
        if (p.keyRef().store() == KeyStoreKind.ENV) keyPart = " (its key stays in " + p.keyRef().locator() + ", which the app never stored)";
        else if (!p.keyRef().hasKey()) keyPart = "";
        else if (service.warnings().size() > warningsBefore) keyPart = ", but not its key (see the warning below)";
        else keyPart = " and its key from " + p.keyRef().describeLong();
        ctx.out().println("Removed profile \"" + p.name() + "\"" + keyPart + ".");
        return ExitCode.OK.code();
    }

    private int test(ProfileService service, List<String> raw, CliContext ctx) throws UsageException, ProfileException {
        Args args = Args.parse(raw, Set.of("timeout"), Set.of());
        String name = args.requirePositional(0, "the profile name (profile test NAME)");
        args.noMorePositionalsThan(1);
        Duration timeout = args.timeout();
        Profile p = service.require(name);
        Connection connection = service.connect(p, timeout);
        String provider = connection.provider().displayName();
        try {
            FetchResult.Probe probe = fetcher.test(connection);
            ctx.out().println("ok: profile \"" + p.name() + "\" works: " + provider + " answered HTTP " + probe.httpStatus() + " to "
                    + probe.request().method() + " " + probe.request().url() + " in " + probe.duration().toMillis() + " ms.");
            return ExitCode.OK.code();
        } catch (FetchException e) {
            String verdict = switch (e.kind()) {
                case KEY_REJECTED -> "key rejected";
                case NETWORK, TIMEOUT, TLS -> "unreachable";
                default -> "failed";
            };
            ctx.err().println(Advice.line("profile test", e.problem()).replaceFirst(": ", ": " + verdict + ": "));
            return ExitCode.of(e.kind()).code();
        }
    }

    private int export(ProfileService service, List<String> raw, CliContext ctx) throws UsageException, ProfileException {
        Args args = Args.parse(raw, Set.of(), Set.of("force"));
        Path file = Path.of(args.requirePositional(0, "the file to write (profile export FILE [NAME...])"));
        List<String> names = args.positionals().subList(1, args.positionals().size());
        if (Files.exists(file) && !args.flag("force")) {
            throw new UsageException(file + " already exists; choose another file or add --force to overwrite it.");
        }
        List<Profile> written = service.exportProfiles(file, names);
        ctx.out().println("Exported " + count(written.size()) + " without keys to " + file + ".");
        return ExitCode.OK.code();
    }

    private int importProfiles(ProfileService service, List<String> raw, CliContext ctx) throws UsageException, ProfileException {
        Args args = Args.parse(raw, Set.of(), Set.of("skip-existing", "rename", "replace", "yes"));
        Path file = Path.of(args.requirePositional(0, "the file to read (profile import FILE)"));
        args.noMorePositionalsThan(1);
        List<ImportPolicy> chosen = new ArrayList<>();
        if (args.flag("skip-existing")) chosen.add(ImportPolicy.SKIP_EXISTING);
        if (args.flag("rename")) chosen.add(ImportPolicy.RENAME);
        if (args.flag("replace")) chosen.add(ImportPolicy.REPLACE);
        if (chosen.size() > 1) throw new UsageException("Choose one of --skip-existing, --rename and --replace.");
        ImportPolicy policy = chosen.isEmpty() ? ImportPolicy.REFUSE : chosen.get(0);

        List<Profile> incoming = service.readExport(file);
        List<Profile> here = service.list();
        List<String> conflicts = incoming.stream().map(Profile::name)
                .filter(n -> here.stream().anyMatch(h -> ProfileRules.sameName(h.name(), n))).toList();
        if (policy == ImportPolicy.REFUSE && !conflicts.isEmpty()) {
            throw new UsageException("These profiles already exist here: " + String.join(", ", conflicts) + ". Nothing was imported."
                    + " Add --skip-existing to import only the others, --rename to import them as \"NAME (imported)\","
                    + " or --replace to overwrite their settings (each keeps its key).");
        }
        ImportResult result = service.importProfiles(incoming, policy, args.flag("yes"));
        ctx.out().println("Imported " + count(result.added().size() + result.renamed().size()) + " from " + file + ".");
        result.renamed().forEach((from, to) -> ctx.out().println("  \"" + from + "\" was imported as \"" + to + "\"."));
        List<String> kept = result.replaced().stream().filter(n -> !result.keysDropped().containsKey(n)).toList();
        if (!kept.isEmpty()) ctx.out().println("  Replaced the settings of: " + String.join(", ", kept) + " (keys kept).");
        for (Map.Entry<String, KeyRef> dropped : result.keysDropped().entrySet()) {
            String name = dropped.getKey();
            KeyRef now = service.require(name).keyRef();
            String gone = dropped.getValue().hasStoredKey() ? "its key was removed" : "it no longer reads its key from " + dropped.getValue().locator();
            String next = now.store() == KeyStoreKind.ENV ? "it now reads its key from " + now.locator()
                    : "store a new one with: webhook-inspector profile edit " + shellWord(name) + " --key";
            ctx.out().println("  Replaced the settings of: " + name + "; " + gone + " because the provider/origin changed; " + next + ".");
        }
        if (!result.skipped().isEmpty()) ctx.out().println("  Skipped (already here): " + String.join(", ", result.skipped()) + ".");
        for (EnvReference r : result.envReferences()) {
            ctx.out().println("  \"" + r.profile() + "\" reads its key from environment variable " + r.variable() + ", sent to " + r.sentTo().describe() + ".");
        }
        List<String> needKeys = new ArrayList<>();
        for (Profile p : service.list()) {
            boolean fresh = result.added().contains(p.name()) || result.renamed().containsValue(p.name());
            if (fresh && !p.keyRef().hasKey()) needKeys.add(p.name());
        }
        if (!needKeys.isEmpty()) {
            ctx.out().println("Exports carry no keys. Store one for each of " + String.join(", ", needKeys)
                    + " with: webhook-inspector profile edit NAME --key");
        }
        return ExitCode.OK.code();
    }

    /** An extra argument here may well be a pasted key: refuse it without repeating it. */
    private static void onlyTheName(Args args) throws UsageException {
        if (args.positionals().size() > 1) {
            throw new UsageException("Only the profile name goes before the options; there is an extra argument (not repeated here in case it is a key)."
                    + " Keys are read from standard input, never from an argument.");
        }
    }

    /** The proxy and CA file after {@code --proxy} and {@code --ca-file}; "default" removes the profile's own. */
    private static NetworkSettings network(Args args, NetworkSettings old) throws UsageException {
        NetworkSettings n = old;
        Optional<String> proxy = args.value("proxy");
        if (proxy.isPresent()) {
            n = n.withProxy(isDefault(proxy.get()) ? "" : proxy.get().strip());
            Optional<String> bad = n.proxyProblem("--proxy");
            if (bad.isPresent()) throw new UsageException(bad.get());
        }
        Optional<String> ca = args.value("ca-file");
        if (ca.isPresent()) {
            String v = ca.get().strip();
            if (isDefault(v) || v.equalsIgnoreCase(NetworkSettings.NONE)) return n.withCaFile(isDefault(v) ? "" : NetworkSettings.NONE);
            Path file;
            try {
                // Absolute, because the profile is used from any folder later.
                file = Path.of(v).toAbsolutePath().normalize();
            } catch (java.nio.file.InvalidPathException e) {
                throw new UsageException("--ca-file \"" + v + "\" is not a valid path.");
            }
            Optional<String> bad = CaFiles.check(file, "--ca-file");
            if (bad.isPresent()) throw new UsageException(bad.get());
            n = n.withCaFile(file.toString());
        }
        return n;
    }

    /** The OS key store is checked before the key is typed, so nobody types a key for nothing; never a silent fallback. */
    private static void requireAvailable(ProfileService service, KeyStoreKind kind) throws ProfileException {
        if (kind != KeyStoreKind.KEYRING) return;
        for (KeyStoreStatus s : service.storeStatus()) {
            if (s.kind() == KeyStoreKind.KEYRING && !s.available()) {
                throw new ProfileException(ProfileException.Kind.STORE_UNAVAILABLE, "No OS key store is available: " + s.detail() + ".",
                        List.of(Remedy.CHOOSE_STORE));
            }
        }
    }

    /** A profile name as it would be typed in a shell: quoted only when it has to be. */
    static String shellWord(String name) {
        return name.matches("[A-Za-z0-9._@%+=:,/-]+") ? name : "'" + name.replace("'", "'\\''") + "'";
    }

    private static boolean isDefault(String value) {
        return value.isBlank() || value.strip().equalsIgnoreCase("default");
    }

    private static String count(int n) { return n + (n == 1 ? " profile" : " profiles"); }
}
