package dev.webhookinspector.core.delivery;

import dev.webhookinspector.core.http.Header;
import dev.webhookinspector.core.http.Origins;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * A test delivery ready to send: what the provider would POST, signed as it would sign it.
 *
 * @param headers as sent; the webhook's credential-like custom headers are marked sensitive, so shown masked
 * @param signedWith the labels of the secrets that signed it (never their values); empty for an unsigned one
 */
public record DeliveryPlan(URI to, String event, byte[] body, List<Header> headers, Duration timeout, List<String> signedWith) {
    public DeliveryPlan {
        headers = List.copyOf(headers);
        signedWith = List.copyOf(signedWith);
    }

    /** The same delivery with another wait for the answer (the command line's --timeout). */
    public DeliveryPlan withTimeout(Duration t) { return new DeliveryPlan(to, event, body, headers, t, signedWith); }

    /** Anything but this machine: the window asks first and the command line wants --yes. */
    public boolean needsConfirmation() { return !Origins.isLoopbackHost(to.getHost()); }
}
