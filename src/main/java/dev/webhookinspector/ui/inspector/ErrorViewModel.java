package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.http.Network;
import dev.webhookinspector.core.problem.Problem;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.problem.Remedy;
import dev.webhookinspector.core.text.SafeText;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A fetch that gave no snapshot: the problem's title and summary, its remedies in the window's words,
 * and the buttons they call for (Retry, Edit profile, Wait longer).
 */
public final class ErrorViewModel {
    /** Remedies a press on "Edit profile" serves better than any sentence. */
    private static final Set<Remedy> IN_THE_PROFILE = EnumSet.of(Remedy.CHECK_KEY, Remedy.ADD_KEY, Remedy.KEY_FOR_NEW_ADDRESS,
            Remedy.CHECK_BASE_URL, Remedy.USE_VAULT);

    private final ReadOnlyObjectWrapper<ProblemKind> kind = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper retryText = new ReadOnlyStringWrapper("Retry");
    private final ReadOnlyBooleanWrapper canEditProfile = new ReadOnlyBooleanWrapper();
    private Runnable retry = () -> {};
    private Runnable editProfile;
    private Runnable waitLonger;
    private boolean longerWait;

    /**
     * The window's own answers to remedies: open the profile form, and raise the fetch timeout. Either may
     * be null where there is no such thing (a gallery, a test), and then its button is not offered.
     */
    public void setWindowActions(Runnable editProfile, Runnable waitLonger) {
        this.editProfile = editProfile;
        this.waitLonger = waitLonger;
    }

    void show(Problem p, Runnable retryAction) {
        kind.set(p.kind());
        title.set(p.kind().title());
        // Problems may quote a server or a file; fetch problems come safe already, and escaping twice changes nothing.
        message.set(SafeText.terminal(p.summary()));
        hint.set(hint(p));
        detail.set(detail(p));
        longerWait = p.remedies().contains(Remedy.RAISE_TIMEOUT) && waitLonger != null;
        retryText.set(switch (p.kind()) {
            case CANCELLED -> "Fetch again";
            case WRONG_PASSPHRASE -> "Enter passphrase";
            case KEY_STORE_UNAVAILABLE -> "Try again";
            default -> longerWait ? "Wait longer and retry" : "Retry";
        });
        canEditProfile.set(editProfile != null && p.remedies().stream().anyMatch(IN_THE_PROFILE::contains));
        retry = retryAction == null ? () -> {} : retryAction;
    }

    void clear() {
        kind.set(null);
        retry = () -> {};
    }

    public void retry() {
        if (longerWait) waitLonger.run();
        retry.run();
    }

    public void editProfile() {
        if (editProfile != null) editProfile.run();
    }

    /** The remedies in the window's terms, one sentence each, without repeats. */
    public static String hint(Problem p) {
        Set<String> said = new LinkedHashSet<>();
        for (Remedy r : p.remedies()) {
            String words = words(r);
            if (!words.isEmpty()) said.add(words);
        }
        return said.isEmpty() ? fallback(p.kind()) : String.join(" ", said);
    }

    private static String detail(Problem p) {
        String status = p.httpStatus() > 0 ? "HTTP " + p.httpStatus() : "No answer received";
        boolean quoted = p.detail().isEmpty() || p.summary().contains(p.detail());
        return switch (p.kind()) {
            case INVALID_INPUT, PROFILE_NOT_FOUND, KEY_MISSING, KEY_STORE_UNAVAILABLE, WRONG_PASSPHRASE, LOCAL_FAILURE, CANCELLED ->
                    "Nothing was sent";
            case INTERNAL -> "";
            default -> quoted ? status : status + " · " + SafeText.terminal(p.detail());
        };
    }

    static String words(Remedy r) {
        return switch (r) {
            case RETRY -> "Retry when you are ready.";
            case RETRY_LATER -> "Wait a minute, then retry; if it persists, check the provider's status page.";
            case CHECK_ID -> "Check the webhook ID.";
            case CHECK_ACCOUNT -> "Check that this profile's key belongs to the account that owns the webhook.";
            case CHECK_KEY -> "Edit the profile and paste a current key with access to webhooks.";
            case ADD_KEY -> "Edit the profile to store its key, or set the environment variable it names.";
            case CONFIRM_ENV_REFERENCES -> "Check that each environment variable holds that profile's API key before importing.";
            case KEY_FOR_NEW_ADDRESS -> "Edit the profile and type the key for its new provider or address.";
            case CHECK_BASE_URL -> "Check the profile's base URL.";
            case CHECK_NETWORK -> "Check your network, proxy or VPN.";
            case CHECK_CERTIFICATES -> "Check any proxy that inspects HTTPS, and the system's certificates.";
            case TRUST_CA_FILE -> "If you trust the authority that issued it (your company's, a gateway's), give its certificate as a PEM"
                    + " file: profile edit NAME --ca-file FILE on the command line, or " + Network.CA_FILE_VARIABLE + ".";
            case CHECK_CA_FILE -> "Check the CA file in the profile or in " + Network.CA_FILE_VARIABLE + ": a readable PEM file of certificates.";
            case CHECK_CLOCK -> "Check this computer's date and time; if they are right, the server's owner must renew its certificate.";
            case CHECK_PROXY -> "Check the proxy: the profile's, " + Network.PROXY_VARIABLE + ", HTTPS_PROXY and NO_PROXY, or the system's setting.";
            case RAISE_TIMEOUT -> "The provider may just be slow: Wait longer gives it twice the time, from now on.";
            case UNLOCK_KEY_STORE -> "Unlock your system's key store (log in to the keyring), then try again,";
            case USE_VAULT -> "or edit the profile to keep its key in the encrypted vault.";
            case CHOOSE_STORE -> "Choose the encrypted vault or an environment variable as the key store.";
            case ENTER_PASSPHRASE -> "Enter the vault passphrase again.";
            case CHECK_PROFILE_NAME -> "Pick a profile from the list.";
            case CHECK_FILE -> "Check that the file can be read and written.";
            case REPORT_BUG -> "Try again; if it keeps happening, please report it.";
        };
    }

    private static String fallback(ProblemKind kind) {
        return kind == ProblemKind.CANCELLED ? "Nothing was changed. Fetch again when you are ready." : "";
    }

    public ReadOnlyObjectProperty<ProblemKind> kindProperty() { return kind.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty hintProperty() { return hint.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailProperty() { return detail.getReadOnlyProperty(); }
    public ReadOnlyStringProperty retryTextProperty() { return retryText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canEditProfileProperty() { return canEditProfile.getReadOnlyProperty(); }
}
