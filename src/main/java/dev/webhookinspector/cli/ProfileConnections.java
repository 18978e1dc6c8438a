package dev.webhookinspector.cli;

import dev.webhookinspector.core.http.Network;
import dev.webhookinspector.core.http.NetworkSettings;
import dev.webhookinspector.core.profile.Profile;
import dev.webhookinspector.core.profile.ProfileException;
import dev.webhookinspector.core.profile.ProfileService;
import dev.webhookinspector.core.profile.ProfileServices;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.text.SafeText;
import java.time.Duration;

/** Resolves {@code --profile NAME} into a connection through the profile layer. */
final class ProfileConnections {
    private ProfileConnections() {}

    static Connection connect(Args args, CliContext ctx, Duration timeout, String command) throws UsageException, ProfileException {
        return connect(args.value("profile").orElseThrow(), args, ctx, timeout, command);
    }

    /** The profile {@code name}, with this run's proxy and CA file flags from {@code args}. */
    static Connection connect(String name, Args args, CliContext ctx, Duration timeout, String command) throws UsageException, ProfileException {
        // Overriding the base URL would send the profile's key to a host the profile never named.
        for (String clash : OptionFlags.with("provider", "base-url")) {
            if (args.value(clash).isPresent()) {
                throw new UsageException("--" + clash + " cannot be combined with --profile, which already sets it; change the profile with"
                        + " webhook-inspector profile edit \"" + name + "\" --" + clash + " ..., or drop --profile.");
            }
        }
        try (ProfileService service = ProfileServices.open(ctx.env())) {
            try {
                Profile profile = service.require(name);
                Connection c = service.connect(profile, timeout);
                // A proxy or CA file for this run is safe with a profile: the key still goes only to the profile's origin.
                NetworkSettings flags = ConnectionArgs.networkFlags(args);
                return flags.isUnset() ? c : c.withNetwork(Network.resolve(flags, profile.network(), ctx.env()));
            } finally {
                for (String w : service.warnings()) ctx.err().println("webhook-inspector " + command + ": warning: " + SafeText.terminal(w));
            }
        }
    }
}
