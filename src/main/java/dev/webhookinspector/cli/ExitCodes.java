package dev.webhookinspector.cli;

import dev.webhookinspector.core.http.FetchException;

/** The command line's exit codes, documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int USAGE = 2;
    public static final int NOT_FOUND = 3;
    public static final int KEY_REJECTED = 4;
    public static final int NETWORK = 5;
    public static final int PROVIDER = 6;
    public static final int UNHEALTHY = 8;
    public static final int CANCELLED = 130;

    private ExitCodes() {}

    public static int of(FetchException.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> USAGE;
            case NOT_FOUND -> NOT_FOUND;
            case KEY_REJECTED -> KEY_REJECTED;
            case NETWORK, TIMEOUT, TLS -> NETWORK;
            case RATE_LIMITED, SERVER_ERROR, MALFORMED_RESPONSE, TOO_LARGE, REDIRECT_REFUSED, PROVIDER_ERROR -> PROVIDER;
            case CANCELLED -> CANCELLED;
        };
    }
}
