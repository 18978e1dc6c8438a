package dev.webhookinspector.core.http;

/**
 * Why a fetch did not give a snapshot. The message is one line for the user: what went wrong
 * and what to do. It never contains the API key.
 */
public final class FetchException extends Exception {
    public enum Kind {
        /** Bad ID, bad base URL, bad option: nothing was sent. */
        INVALID_INPUT,
        NOT_FOUND,
        /** 401 or 403. */
        KEY_REJECTED,
        /** Connection refused, DNS failure, connection reset. */
        NETWORK,
        TIMEOUT,
        TLS,
        /** Still 429 or 503 after the allowed retries. */
        RATE_LIMITED,
        /** 5xx. */
        SERVER_ERROR,
        /** Body that is not the JSON the provider documents. */
        MALFORMED_RESPONSE,
        TOO_LARGE,
        /** A redirect to another origin, or too many hops. */
        REDIRECT_REFUSED,
        /** Any other non-2xx answer. */
        PROVIDER_ERROR,
        CANCELLED
    }

    private final Kind kind;
    private final int httpStatus;
    private final String problem;

    public FetchException(Kind kind, String message) {
        this(kind, message, 0, null);
    }

    public FetchException(Kind kind, String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.problem = message;
    }

    /**
     * @param problem what went wrong, as a sentence without its full stop
     * @param advice what to do, in command-line terms; the window gives its own advice per kind
     */
    public FetchException(Kind kind, String problem, String advice, int httpStatus, Throwable cause) {
        super(problem + ". " + advice, cause);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.problem = problem + ".";
    }

    /** What went wrong, without the advice: for screens that advise in their own words. */
    public String problem() { return problem; }

    public Kind kind() { return kind; }

    /** The HTTP status of the answer that failed, or 0 when no answer came. */
    public int httpStatus() { return httpStatus; }
}
