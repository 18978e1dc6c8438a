package dev.webhookinspector.cli;

import dev.webhookinspector.core.provider.Connection;
import java.time.Duration;

/** Resolves {@code --profile NAME} into a connection through the profile layer. */
final class ProfileConnections {
    private ProfileConnections() {}

    static Connection connect(Args args, CliContext ctx, Duration timeout) throws UsageException {
        throw new UsageException("Profiles are not available in this build; use --provider and "
                + CliContext.API_KEY_VARIABLE + ".");
    }
}
