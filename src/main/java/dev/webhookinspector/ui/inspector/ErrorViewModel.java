package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.http.FetchException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** A fetch that gave no snapshot: what happened, the fetcher's own message, what to do, and Retry. */
public final class ErrorViewModel {
    /** Title and advice for one kind of failure. */
    public record Advice(String title, String hint) {}

    private final ReadOnlyObjectWrapper<FetchException.Kind> kind = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper retryText = new ReadOnlyStringWrapper("Retry");
    private Runnable retry = () -> {};

    void show(FetchException e, Runnable retryAction) {
        Advice a = advice(e.kind());
        kind.set(e.kind());
        title.set(a.title());
        // The hint below advises in the window's terms; the exception's own advice speaks of command-line flags.
        message.set(e.problem() == null || e.problem().isBlank() ? a.title() + "." : e.problem());
        hint.set(a.hint());
        detail.set(e.httpStatus() > 0 ? "HTTP " + e.httpStatus() : "No answer received");
        retryText.set(e.kind() == FetchException.Kind.CANCELLED ? "Fetch again" : "Retry");
        retry = retryAction == null ? () -> {} : retryAction;
    }

    void clear() {
        kind.set(null);
        retry = () -> {};
    }

    public void retry() { retry.run(); }

    public static Advice advice(FetchException.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> new Advice("Check the webhook ID",
                    "Nothing was sent. Correct the ID or the profile's settings, then try again.");
            case NOT_FOUND -> new Advice("Webhook not found",
                    "Check the ID, and that this profile's key belongs to the account that owns the webhook.");
            case KEY_REJECTED -> new Advice("API key rejected",
                    "The provider refused the key. Edit the profile and paste a current key with access to webhooks.");
            case NETWORK -> new Advice("Can't reach the provider",
                    "Check your network, proxy or VPN, and the profile's base URL, then retry.");
            case TIMEOUT -> new Advice("The provider did not answer in time",
                    "The service may be slow or unreachable. Retry, or raise the timeout in the profile.");
            case TLS -> new Advice("Secure connection failed",
                    "The server's certificate could not be verified. Check the base URL and any proxy that inspects HTTPS.");
            case RATE_LIMITED -> new Advice("Rate limited",
                    "The provider is throttling requests made with this key. Wait a moment, then retry.");
            case SERVER_ERROR -> new Advice("The provider had a server error",
                    "The problem is on the provider's side. Retry in a minute; if it persists, check the provider's status page.");
            case MALFORMED_RESPONSE -> new Advice("Unexpected response",
                    "The answer was not the JSON this API documents. Check that the base URL points at the provider's API.");
            case TOO_LARGE -> new Advice("Response too large",
                    "The answer was bigger than any webhook should be. Check that the base URL points at the provider's API.");
            case REDIRECT_REFUSED -> new Advice("Redirect refused",
                    "The server redirected elsewhere; the key is never sent to another host. Check the profile's base URL.");
            case PROVIDER_ERROR -> new Advice("The provider refused the request",
                    "Read the provider's message above, then check the ID and the profile's settings.");
            case CANCELLED -> new Advice("Fetch cancelled",
                    "Nothing was changed. Fetch again when you are ready.");
        };
    }

    public ReadOnlyObjectProperty<FetchException.Kind> kindProperty() { return kind.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty hintProperty() { return hint.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailProperty() { return detail.getReadOnlyProperty(); }
    public ReadOnlyStringProperty retryTextProperty() { return retryText.getReadOnlyProperty(); }
}
