package dev.webhookinspector.core.provider;

import com.fasterxml.jackson.databind.JsonNode;
import dev.webhookinspector.core.model.Snapshot;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One webhook API. An implementation owns its ID rule, its requests, its response mapping and its
 * error-body mapping; HTTP itself is done by {@code core.http}. Register a new one in {@link Providers}.
 */
public interface Provider {
    /** Stable lower-case id used in profiles, the command line and JSON output. */
    String id();

    String displayName();

    URI defaultBaseUrl();

    /** What a valid webhook ID looks like, for hints: "a UUID such as …". */
    String idRule();

    /** Empty when the ID is acceptable, else a message that names the bad value and the rule. */
    Optional<String> checkId(String webhookId);

    List<ProviderOption> options();

    /** The get-by-ID request; {@code webhookId} has passed {@link #checkId}. */
    ApiRequest getRequest(Connection connection, String webhookId);

    /** A cheap authenticated call (the list endpoint) that tells whether a key works. */
    ApiRequest testRequest(Connection connection);

    /** Maps a 2xx body ({@code requestedId} stands in when the body lacks an id); throws IllegalArgumentException with a readable message when the shape is wrong. */
    Snapshot toSnapshot(String requestedId, JsonNode body);

    /** The human message in an error body, or empty when the body has none the provider documents. */
    Optional<String> errorMessage(int status, String body);
}
