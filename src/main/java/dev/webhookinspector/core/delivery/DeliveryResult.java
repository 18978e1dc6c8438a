package dev.webhookinspector.core.delivery;

import dev.webhookinspector.core.http.Header;
import dev.webhookinspector.core.problem.ExitCode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the provider would conclude from a test delivery, and what the endpoint said.
 *
 * @param status the HTTP status, 0 when no answer came
 * @param body the answer's text, cut at {@link TestDeliveries#SHOWN_BODY} characters
 * @param redirect where a 3xx pointed (providers do not follow it)
 * @param certificate the certificate the endpoint presented, or empty
 * @param problem for {@link Outcome#UNREACHABLE}: DNS, connection, TLS or timeout in plain words
 * @param comparison the answer against the webhook's recorded failures, or empty when there are none
 */
public record DeliveryResult(Outcome outcome, DeliveryPlan plan, int status, Optional<Duration> firstByte, Optional<Duration> total,
                             List<Header> responseHeaders, String body, boolean bodyCut, Optional<String> redirect,
                             String certificate, Optional<String> problem, Optional<String> comparison) {
    public enum Outcome {
        DELIVERED("Delivered", ExitCode.OK),
        REFUSED("Failed: the endpoint did not accept it", ExitCode.UNHEALTHY),
        UNREACHABLE("Failed: the endpoint could not be reached", ExitCode.NETWORK);

        private final String title;
        private final ExitCode exit;

        Outcome(String title, ExitCode exit) {
            this.title = title;
            this.exit = exit;
        }

        /** What the provider would conclude, in the same words everywhere. */
        public String title() { return title; }

        public ExitCode exitCode() { return exit; }
    }

    public DeliveryResult {
        responseHeaders = List.copyOf(responseHeaders);
    }
}
