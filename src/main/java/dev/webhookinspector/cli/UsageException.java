package dev.webhookinspector.cli;

/** Bad command-line input: exit code 2, nothing sent. The message says what was wrong and what to do. */
public final class UsageException extends Exception {
    public UsageException(String message) { super(message); }
}
