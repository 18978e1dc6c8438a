package dev.webhookinspector.core.profile;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Where the vault's passphrase comes from: the environment for scripts, a terminal prompt for people,
 * a dialog in the window. Asked at most once per run after a successful unlock.
 */
@FunctionalInterface
public interface PassphrasePrompt {
    String VARIABLE = "WEBHOOK_INSPECTOR_VAULT_PASSPHRASE";
    /** The fewest characters a new vault's passphrase may have. */
    int MIN_LENGTH = 8;

    /**
     * @param creating true when no vault exists yet and this passphrase will create it (ask twice)
     * @return a fresh array the caller zeroes after use
     * @throws ProfileException kind WRONG_PASSPHRASE when no passphrase can be had (no terminal, cancelled)
     */
    char[] passphrase(Path vault, boolean creating) throws ProfileException;

    /** Empty or only whitespace (spaces, tabs, no-break spaces): no passphrase at all, whatever its length. */
    static boolean isBlank(char[] passphrase) {
        for (char c : passphrase) if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) return false;
        return true;
    }

    /** {@value #VARIABLE} when set, else a no-echo prompt on the terminal when there is one. */
    static PassphrasePrompt fromEnvironmentOrConsole(Map<String, String> env) {
        String fromEnv = env.get(VARIABLE);
        if (fromEnv != null) {
            return (vault, creating) -> {
                if (fromEnv.isEmpty()) throw new ProfileException(ProfileException.Kind.WRONG_PASSPHRASE, VARIABLE + " is set but empty; give it the vault passphrase or unset it.");
                if (creating && isBlank(fromEnv.toCharArray())) {
                    throw new ProfileException(ProfileException.Kind.INVALID, VARIABLE + " holds only spaces; a new vault needs a passphrase of at least "
                            + MIN_LENGTH + " characters that are not all spaces.");
                }
                return fromEnv.toCharArray();
            };
        }
        return (vault, creating) -> {
            Console console = System.console();
            if (console == null || !console.isTerminal()) {
                throw new ProfileException(ProfileException.Kind.WRONG_PASSPHRASE, "The vault " + vault + " needs its passphrase and there is no terminal to ask for it; set " + VARIABLE + ".");
            }
            if (!creating) return read(console, "Vault passphrase: ");
            char[] first = read(console, "New vault passphrase (at least " + MIN_LENGTH + " characters) for " + vault + ": ");
            char[] second = read(console, "Repeat the passphrase: ");
            try {
                if (!Arrays.equals(first, second)) {
                    Arrays.fill(first, '\0');
                    throw new ProfileException(ProfileException.Kind.WRONG_PASSPHRASE, "The two passphrases differ; nothing was saved. Try again.");
                }
                return first;
            } finally {
                Arrays.fill(second, '\0');
            }
        };
    }

    private static char[] read(Console console, String prompt) throws ProfileException {
        char[] answer = console.readPassword("%s", prompt);
        if (answer == null) throw new ProfileException(ProfileException.Kind.WRONG_PASSPHRASE, "No passphrase was entered; nothing was changed.");
        return answer;
    }
}
