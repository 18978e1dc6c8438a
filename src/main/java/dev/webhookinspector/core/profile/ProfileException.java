package dev.webhookinspector.core.profile;

/** A profile operation that failed; the message says what was wrong and what to do. */
public class ProfileException extends Exception {
    public ProfileException(String message) { super(message); }

    public ProfileException(String message, Throwable cause) { super(message, cause); }
}
