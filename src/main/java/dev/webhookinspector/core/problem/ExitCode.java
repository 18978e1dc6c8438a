package dev.webhookinspector.core.problem;

/**
 * The one table of process exit codes, for every command and for the window's launch: the same problem
 * exits with the same code wherever it happens. README's table is checked against this one.
 */
public enum ExitCode {
    OK(0, "done: fetched, listed, saved"),
    INTERNAL(1, "internal error: a bug in Webhook Inspector; please report it"),
    USAGE(2, "bad usage or invalid input (argument, ID, profile name, file): nothing was sent"),
    NOT_FOUND(3, "webhook not found"),
    KEY_REJECTED(4, "API key rejected (401, 403)"),
    NETWORK(5, "network failure, timeout or TLS error"),
    PROVIDER(6, "any other provider or protocol error: 5xx, malformed or oversized answer, still rate limited, refused redirect"),
    LOCAL(7, "this machine: no key for the profile, key store missing or locked, wrong vault passphrase,"
            + " unreadable file, port in use, no display for the window"),
    UNHEALTHY(8, "a verdict is failing, paused or disabled (with --fail-on-unhealthy, or watch --once); a delivery that does not verify (verify); a test delivery the endpoint did not accept (deliver)"),
    CANCELLED(130, "cancelled (Ctrl+C)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() { return code; }

    public String meaning() { return meaning; }

    public static ExitCode of(ProblemKind kind) {
        return switch (kind) {
            case INVALID_INPUT, PROFILE_NOT_FOUND -> USAGE;
            case NOT_FOUND -> NOT_FOUND;
            case KEY_REJECTED -> KEY_REJECTED;
            case NETWORK, TIMEOUT, TLS -> NETWORK;
            case RATE_LIMITED, SERVER_ERROR, MALFORMED_RESPONSE, TOO_LARGE, REDIRECT_REFUSED, PROVIDER_ERROR -> PROVIDER;
            case KEY_MISSING, KEY_STORE_UNAVAILABLE, WRONG_PASSPHRASE, LOCAL_FAILURE -> LOCAL;
            case CANCELLED -> CANCELLED;
            case INTERNAL -> INTERNAL;
        };
    }
}
