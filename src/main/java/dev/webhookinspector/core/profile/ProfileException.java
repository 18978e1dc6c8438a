package dev.webhookinspector.core.profile;

/** A profile operation that failed; the message says what was wrong and what to do. */
public class ProfileException extends Exception {
    /** Lets the command line pick an exit code and the window pick a remedy without parsing messages. */
    public enum Kind {
        /** Bad input: a name, provider, URL or option that breaks a rule, or a name already taken. */
        INVALID,
        /** No profile with that name. */
        NOT_FOUND,
        /** The OS key store is missing, locked or refused the operation; the vault is the alternative. */
        STORE_UNAVAILABLE,
        /** The vault could not be opened: wrong passphrase, no passphrase, damaged file. */
        VAULT,
        /** Anything else: disk errors, a file from a newer version. */
        FAILED
    }

    private final Kind kind;

    public ProfileException(String message) { this(Kind.FAILED, message, null); }

    public ProfileException(String message, Throwable cause) { this(Kind.FAILED, message, cause); }

    public ProfileException(Kind kind, String message) { this(kind, message, null); }

    public ProfileException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() { return kind; }
}
