package dev.webhookinspector.core.profile;

import dev.webhookinspector.core.problem.Problem;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.problem.Remedy;
import java.util.List;

/** A profile operation that failed; the message says what was wrong, {@link #problem()} the same as data. */
public class ProfileException extends Exception {
    /** Lets the command line pick an exit code and the window pick a remedy without parsing messages. */
    public enum Kind {
        /** Bad input: a name, provider, URL or option that breaks a rule, or a name already taken. */
        INVALID(ProblemKind.INVALID_INPUT),
        /** No profile with that name. */
        NOT_FOUND(ProblemKind.PROFILE_NOT_FOUND, Remedy.CHECK_PROFILE_NAME),
        /** The profile has no key stored, or its environment variable is not set. */
        KEY_MISSING(ProblemKind.KEY_MISSING, Remedy.ADD_KEY),
        /** The OS key store is missing, locked or refused the operation; the vault is the alternative. */
        STORE_UNAVAILABLE(ProblemKind.KEY_STORE_UNAVAILABLE, Remedy.UNLOCK_KEY_STORE, Remedy.USE_VAULT),
        /** The vault's passphrase was wrong, missing or not confirmed. */
        WRONG_PASSPHRASE(ProblemKind.WRONG_PASSPHRASE, Remedy.ENTER_PASSPHRASE),
        /** The vault file is damaged or unreadable. */
        VAULT(ProblemKind.LOCAL_FAILURE, Remedy.CHECK_FILE),
        /** Anything else: disk errors, a file from a newer version. */
        FAILED(ProblemKind.LOCAL_FAILURE, Remedy.CHECK_FILE);

        private final ProblemKind problemKind;
        private final List<Remedy> remedies;

        Kind(ProblemKind problemKind, Remedy... remedies) {
            this.problemKind = problemKind;
            this.remedies = List.of(remedies);
        }
    }

    private final Kind kind;
    private final List<Remedy> remedies;

    public ProfileException(String message) { this(Kind.FAILED, message, (Throwable) null); }

    public ProfileException(String message, Throwable cause) { this(Kind.FAILED, message, cause); }

    public ProfileException(Kind kind, String message) { this(kind, message, (Throwable) null); }

    public ProfileException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.remedies = kind.remedies;
    }

    /** For when the situation calls for other remedies than the kind's usual ones. */
    public ProfileException(Kind kind, String message, List<Remedy> remedies) {
        super(message);
        this.kind = kind;
        this.remedies = List.copyOf(remedies);
    }

    public Kind kind() { return kind; }

    /** The message is already one sentence for the user; the kind says what can be done about it. */
    public Problem problem() {
        return new Problem(kind.problemKind, getMessage(), "", 0, remedies);
    }
}
