package dev.webhookinspector.cli;

import dev.webhookinspector.core.http.Network;
import dev.webhookinspector.core.http.NetworkSettings;
import dev.webhookinspector.core.http.Origins;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.profile.ProfileException;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options that say which account to talk to, shared by the commands that call a provider ({@code get},
 * {@code list}): {@code --profile NAME}, or {@code --provider} with {@code --base-url} and the key from the
 * environment, plus the network options and the providers' own options.
 */
final class ConnectionArgs {
    private ConnectionArgs() {}

    /** The connection options that take a value, plus {@code more}; read per run, since providers may be added. */
    static Set<String> valued(String... more) {
        Set<String> all = new LinkedHashSet<>(OptionFlags.with("provider", "profile", "base-url", "timeout", "proxy", "ca-file"));
        all.addAll(List.of(more));
        return all;
    }

    /** Their help lines, in the order a usage text lists them. */
    static String help() {
        return """
                  --provider P           the provider: %s
                  --profile NAME         use a saved profile (provider, base URL, options and key)
                  --base-url URL         the API's base URL (default: the provider's public API);
                                         a path prefix is kept; http:// only for loopback hosts
                  --proxy URL|none       an http:// proxy for this run (HTTPS goes through it in a
                                         CONNECT tunnel); none connects directly. Default: the
                                         profile's, else %s, else HTTPS_PROXY,
                                         else the system's setting. NO_PROXY applies to all of them
                  --ca-file FILE|none    also trust the certificates in FILE (PEM); default: the
                                         profile's, else %s
                %s""".formatted(Providers.ids(), Network.PROXY_VARIABLE, Network.CA_FILE_VARIABLE, OptionFlags.help());
    }

    /** The connection the options name; {@code command} heads any warning the profile layer has. */
    static Connection resolve(Args args, CliContext ctx, String command) throws UsageException, ProfileException {
        Duration timeout = args.timeout();
        if (args.value("profile").isPresent()) {
            return ProfileConnections.connect(args, ctx, timeout, command);
        }
        String providerId = args.value("provider").orElseThrow(() -> new UsageException(
                "Say which provider with --provider " + Providers.ids() + ", or use --profile NAME."));
        Provider provider = Providers.byId(providerId).orElseThrow(() -> new UsageException(
                "Unknown provider \"" + providerId + "\"; use one of " + Providers.ids() + "."));
        URI base = provider.defaultBaseUrl();
        if (args.value("base-url").isPresent()) {
            try {
                base = Origins.parseBaseUrl(args.value("base-url").get());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        Map<String, String> options = new HashMap<>();
        OptionFlags.apply(args, provider, options, false);
        String key = ctx.env().get(CliContext.API_KEY_VARIABLE);
        if (key == null || key.isBlank()) {
            throw new ProfileException(ProfileException.Kind.KEY_MISSING, "No API key: set the environment variable "
                    + CliContext.API_KEY_VARIABLE + " to your " + provider.displayName()
                    + " API key (keys are never taken as arguments), or use --profile NAME.");
        }
        Optional<String> keyProblem = ApiKey.problem(key);
        if (keyProblem.isPresent()) throw new UsageException(CliContext.API_KEY_VARIABLE + ": " + keyProblem.get());
        return new Connection(provider, base, options, new ApiKey(key), timeout,
                Network.resolve(networkFlags(args), NetworkSettings.UNSET, ctx.env()));
    }

    /** {@code --proxy URL|none} and {@code --ca-file FILE|none}: for this run, over a profile's and the environment's. */
    static NetworkSettings networkFlags(Args args) {
        return new NetworkSettings(args.value("proxy").orElse(""), args.value("ca-file").orElse(""));
    }
}
