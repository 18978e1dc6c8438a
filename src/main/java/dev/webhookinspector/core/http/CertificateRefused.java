package dev.webhookinspector.core.http;

import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.problem.Remedy;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a server's certificate was refused, in words a person can act on: which certificate (subject, issuer)
 * and each reason ("not trusted", "expired on ...", "made for other host names").
 */
final class CertificateRefused extends CertificateException {
    enum Reason { NOT_TRUSTED, NOT_VALID_NOW, WRONG_HOST }

    private final String subject;
    private final String issuer;
    private final List<Reason> reasons;
    private final String words;

    CertificateRefused(String subject, String issuer, List<Reason> reasons, String words, Throwable cause) {
        super("certificate \"" + subject + "\" issued by \"" + issuer + "\" " + words, cause);
        this.subject = subject;
        this.issuer = issuer;
        this.reasons = List.copyOf(reasons);
        this.words = words;
    }

    String subject() { return subject; }

    String issuer() { return issuer; }

    List<Reason> reasons() { return reasons; }

    /** "is not trusted and expired on 2026-11-20T10:00:00Z" */
    String words() { return words; }

    /** What the user sees: never a suggestion to stop checking, only what would make the certificate acceptable. */
    FetchException problem(String host, Throwable cause) {
        List<Remedy> remedies = new ArrayList<>();
        if (reasons.contains(Reason.NOT_TRUSTED)) remedies.addAll(List.of(Remedy.TRUST_CA_FILE, Remedy.CHECK_CERTIFICATES));
        if (reasons.contains(Reason.WRONG_HOST)) remedies.add(Remedy.CHECK_BASE_URL);
        if (reasons.contains(Reason.NOT_VALID_NOW)) remedies.add(Remedy.CHECK_CLOCK);
        if (remedies.isEmpty()) remedies.add(Remedy.CHECK_CERTIFICATES);
        return new FetchException(ProblemKind.TLS, "The secure connection to " + host + " was refused: its certificate \"" + subject
                + "\" issued by \"" + issuer + "\" " + words, "", 0, cause, remedies.toArray(Remedy[]::new));
    }

    /** The refusal behind a failed handshake, wherever the JDK wrapped it. */
    static Optional<CertificateRefused> in(Throwable t) {
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof CertificateRefused r) return Optional.of(r);
        }
        return Optional.empty();
    }
}
