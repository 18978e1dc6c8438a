package dev.webhookinspector.core.problem;

/**
 * Every kind of problem the app reports, from the network, the provider or this machine. The window
 * titles its error panel with {@link #title()}; the command line maps each kind to one exit code.
 */
public enum ProblemKind {
    /** Bad ID, base URL, option or argument: nothing was sent. */
    INVALID_INPUT("Nothing was sent: check the input"),
    /** No saved profile has that name. */
    PROFILE_NOT_FOUND("No such profile"),
    NOT_FOUND("Webhook not found"),
    /** 401 or 403. */
    KEY_REJECTED("API key rejected"),
    /** The profile has no key stored, or its environment variable is not set. */
    KEY_MISSING("No API key for this profile"),
    /** The OS key store is missing, locked or refused. */
    KEY_STORE_UNAVAILABLE("The key store is locked or missing"),
    /** The vault's passphrase was wrong or not given. */
    WRONG_PASSPHRASE("The vault did not open"),
    /** A file of ours (profiles, vault, settings) could not be read or written. */
    LOCAL_FAILURE("A local file could not be used"),
    /** Connection refused, DNS failure, connection reset. */
    NETWORK("Can't reach the provider"),
    TIMEOUT("The provider did not answer in time"),
    TLS("Secure connection failed"),
    /** Still 429 or 503 after the allowed retries. */
    RATE_LIMITED("Rate limited"),
    /** 5xx. */
    SERVER_ERROR("The provider had a server error"),
    /** A body or a status line that is not what the API documents. */
    MALFORMED_RESPONSE("Unexpected response"),
    TOO_LARGE("Answer too large"),
    /** A redirect to another origin, or too many hops. */
    REDIRECT_REFUSED("Redirect refused"),
    /** Any other 4xx answer. */
    PROVIDER_ERROR("The provider refused the request"),
    CANCELLED("Cancelled"),
    /** A bug of ours. */
    INTERNAL("Something went wrong inside Webhook Inspector");

    private final String title;

    ProblemKind(String title) { this.title = title; }

    /** A heading for the problem, without a full stop. */
    public String title() { return title; }
}
