package dev.webhookinspector.cli;

import dev.webhookinspector.core.http.Network;
import dev.webhookinspector.core.problem.Problem;
import dev.webhookinspector.core.problem.Remedy;
import dev.webhookinspector.core.profile.PassphrasePrompt;
import dev.webhookinspector.core.text.SafeText;
import java.util.LinkedHashSet;
import java.util.Set;

/** Puts a {@link Problem} into command-line words: its summary, the provider's detail, then each remedy as flags. */
final class Advice {
    private Advice() {}

    /** "webhook-inspector get: Featurebase rejected the API key (HTTP 401: invalid token). Check the key: …" */
    static String line(String command, Problem p) {
        StringBuilder sb = new StringBuilder("webhook-inspector ").append(command).append(": ").append(p.summary());
        if (!p.detail().isEmpty() && !p.summary().contains(p.detail())) sb.insert(sb.length() - 1, " (" + p.detail() + ")");
        Set<String> said = new LinkedHashSet<>();
        for (Remedy r : p.remedies()) {
            String words = words(r);
            if (!words.isEmpty()) said.add(words);
        }
        for (String s : said) sb.append(' ').append(s);
        // The summary and detail may quote a server or a file; the line must stay one harmless line.
        return SafeText.terminal(sb.toString());
    }

    static String words(Remedy r) {
        return switch (r) {
            case RETRY -> "Try again.";
            case RETRY_LATER -> "Wait a minute, then try again.";
            case CHECK_ID -> "Check the webhook ID.";
            case CHECK_ACCOUNT -> "Check that the key belongs to the account that owns the webhook.";
            case CHECK_KEY -> "Check the key: webhook-inspector profile edit NAME --key, or " + CliContext.API_KEY_VARIABLE + ".";
            case ADD_KEY -> "Store a key with: webhook-inspector profile edit NAME --key (or set the variable it names).";
            case CONFIRM_ENV_REFERENCES -> "If each variable holds that profile's API key for that address, import again with --yes.";
            case KEY_FOR_NEW_ADDRESS -> "Give the key for the new provider or address: webhook-inspector profile edit NAME --key, with the key on standard input.";
            case CHECK_BASE_URL -> "Check the base URL (--base-url, or the profile's).";
            case CHECK_NETWORK -> "Check your network, proxy or VPN.";
            case CHECK_CERTIFICATES -> "Check the system's certificates and any proxy that inspects HTTPS.";
            case TRUST_CA_FILE -> "If you trust the authority that issued it (your company's, a gateway's), give its certificate"
                    + " as a PEM file: --ca-file FILE, a profile's --ca-file, or " + Network.CA_FILE_VARIABLE + ".";
            case CHECK_CA_FILE -> "Check the CA file (--ca-file, the profile's, or " + Network.CA_FILE_VARIABLE
                    + "): a readable PEM file of one or more certificates.";
            case CHECK_CLOCK -> "Check this computer's date and time; if they are right, the server's certificate must be renewed by its owner.";
            case CHECK_PROXY -> "Check the proxy (--proxy, the profile's, " + Network.PROXY_VARIABLE + ", HTTPS_PROXY and NO_PROXY,"
                    + " or the system's proxy setting); --proxy none connects directly.";
            case RAISE_TIMEOUT -> "Allow more time with --timeout SECONDS.";
            case UNLOCK_KEY_STORE -> "Unlock or start your OS key store,";
            case USE_VAULT -> "or keep the key in the encrypted vault: webhook-inspector profile edit NAME --store vault --key.";
            case CHOOSE_STORE -> "Use --store vault (an encrypted file) or --store env:VARIABLE instead.";
            case ENTER_PASSPHRASE -> "Check the passphrase (and " + PassphrasePrompt.VARIABLE + " if you set it).";
            case CHECK_PROFILE_NAME -> "Run webhook-inspector profile list to see the names.";
            case CHECK_FILE -> "Check that the file can be read and written.";
            case REPORT_BUG -> "Please report it with the command you ran, without your API key.";
        };
    }
}
