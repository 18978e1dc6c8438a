package dev.webhookinspector.core.signing;

import dev.webhookinspector.core.text.Formats;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A delivery checked against a webhook's secrets.
 *
 * @param matchedSecret the label of the secret that matched (never its value), empty when none did
 * @param age how old the timestamp was when checked; empty when it could not be read
 * @param mistakes what most likely went wrong, strongest first; empty when verified
 * @param note anything worth knowing even when verified (an older rotated secret matched)
 */
public record Verification(boolean verified, Optional<String> matchedSecret, Optional<Duration> age, Duration freshness,
                           List<Mistake> mistakes, Optional<String> note) {
    public Verification {
        mistakes = List.copyOf(mistakes);
    }

    /** "Timestamp 12 seconds old; Ultravox receivers accept 1 minute.", or empty when it could not be read. */
    public Optional<String> timestampSentence(String providerName) {
        return age.map(a -> "Timestamp " + (a.isNegative() ? Formats.length(a.negated()) + " in the future (clock skew), not"
                : Formats.length(a)) + " old; " + providerName + " receivers accept " + Formats.length(freshness) + ".");
    }
}
