package dev.webhookinspector.core.problem;

/**
 * Something the user can do about a {@link Problem}. Only the decision lives here: the command line says
 * it with flags, the window with a button or a sentence in its own terms.
 */
public enum Remedy {
    RETRY,
    RETRY_LATER,
    CHECK_ID,
    /** The key may belong to another account than the webhook. */
    CHECK_ACCOUNT,
    CHECK_KEY,
    /** Store a key for the profile, or set its environment variable. */
    ADD_KEY,
    /** The profile's provider or address changed since its key was stored: a key for the new one is needed. */
    KEY_FOR_NEW_ADDRESS,
    /** Imported profiles would read environment variables that need a look before they are trusted. */
    CONFIRM_ENV_REFERENCES,
    CHECK_BASE_URL,
    CHECK_NETWORK,
    CHECK_CERTIFICATES,
    /** A certificate no trusted CA vouches for: give the CA's certificate, if it is one the user trusts. */
    TRUST_CA_FILE,
    /** The CA file setting names a file that cannot be used. */
    CHECK_CA_FILE,
    /** A certificate out of date, or a computer clock that is off. */
    CHECK_CLOCK,
    /** The proxy setting, or the proxy itself, is the problem. */
    CHECK_PROXY,
    RAISE_TIMEOUT,
    UNLOCK_KEY_STORE,
    USE_VAULT,
    /** Pick another key store for a new key: the vault or an environment variable. */
    CHOOSE_STORE,
    ENTER_PASSPHRASE,
    CHECK_PROFILE_NAME,
    CHECK_FILE,
    REPORT_BUG
}
