package dev.webhookinspector.core.signing;

/** What most likely went wrong with a delivery that does not verify, each found by actually checking it. */
public enum Mistake {
    RESERIALISED_BODY("The body was re-serialised (whitespace or key order changed): it verifies only in another JSON form. "
            + "Verify the raw bytes as received, before any JSON parsing."),
    NEWLINE_ADDED("A trailing newline was added to the body after it was received: it verifies without it."),
    NEWLINE_DROPPED("The body's trailing newline was dropped: it verifies with it."),
    PREFIX_STRIPPED("The HMAC key was the secret without its whsec_ prefix: the provider keys it with the whole secret."),
    BASE64_KEY("The HMAC key was the secret base64-decoded after whsec_: the provider keys it with the whole secret's text."),
    SIGNATURE_HEADER_FORM("The signature header was read wrongly: it verifies once split on commas and trimmed, "
            + "with no prefix such as sha256= or v1=."),
    TIMESTAMP_FORM("The timestamp header is not in the provider's form (wrong unit or format)."),
    TIMESTAMP_TOO_OLD("The signature matches, but the timestamp is older than receivers accept."),
    NO_SIGNATURE_HEADER("The request carries no signature header."),
    NO_TIMESTAMP_HEADER("The request carries no timestamp header."),
    NO_SECRET_MATCHES("No secret of this webhook matches: the delivery was signed with another secret, "
            + "or the body or the timestamp header changed on the way.");

    private final String sentence;

    Mistake(String sentence) { this.sentence = sentence; }

    /** The one wording of this mistake, for the window and the command line alike. */
    public String sentence() { return sentence; }
}
