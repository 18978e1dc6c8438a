package dev.webhookinspector.core.http;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts a server when any one of several trust managers does (the JDK's certificates, the operating
 * system's, the user's CA file), each still checking the whole chain and the host name. When none does,
 * it says which certificate was refused and why; it never lowers a check.
 */
final class AnyOfTrustManager extends X509ExtendedTrustManager {
    private final List<X509ExtendedTrustManager> delegates;

    AnyOfTrustManager(List<X509ExtendedTrustManager> delegates) {
        if (delegates.isEmpty()) throw new IllegalArgumentException("at least one trust manager");
        this.delegates = List.copyOf(delegates);
    }

    @FunctionalInterface
    private interface Check {
        void run(X509ExtendedTrustManager tm) throws CertificateException;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        anyOf(chain, authType, engine == null ? null : engine.getPeerHost(), tm -> tm.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        String host = socket != null && socket.getInetAddress() != null ? socket.getInetAddress().getHostName() : null;
        anyOf(chain, authType, host, tm -> tm.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        anyOf(chain, authType, null, tm -> tm.checkServerTrusted(chain, authType));
    }

    // This app is never a TLS server; client certificates are judged by the JDK's own rules.
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        delegates.getFirst().checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        delegates.getFirst().checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegates.getFirst().checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegates.stream().flatMap(d -> Arrays.stream(d.getAcceptedIssuers())).distinct().toArray(X509Certificate[]::new);
    }

    private void anyOf(X509Certificate[] chain, String authType, String host, Check check) throws CertificateException {
        List<CertificateException> failures = new ArrayList<>();
        for (X509ExtendedTrustManager tm : delegates) {
            try {
                check.run(tm);
                return;
            } catch (CertificateException e) {
                failures.add(e);
            }
        }
        throw explain(chain, authType, host, failures);
    }

    /** Only on failure: which of the checks each trust manager makes went wrong. */
    private CertificateRefused explain(X509Certificate[] chain, String authType, String host, List<CertificateException> failures) {
        X509Certificate leaf = chain != null && chain.length > 0 ? chain[0] : null;
        if (leaf == null) return new CertificateRefused("(none)", "(none)", List.of(CertificateRefused.Reason.NOT_TRUSTED), "was not sent", failures.getFirst());
        List<CertificateRefused.Reason> reasons = new ArrayList<>();
        List<String> words = new ArrayList<>();
        boolean pathTrusted = false;
        for (X509ExtendedTrustManager tm : delegates) {
            try {
                tm.checkServerTrusted(chain, authType);
                pathTrusted = true;
                break;
            } catch (CertificateException notThisOne) {
                // The chain leads to none of this manager's certificates, or is out of date: told below.
            }
        }
        if (pathTrusted) {
            // The chain is fine, so the per-connection checks failed: the host name, or (rarely) the algorithm constraints.
            if (failures.stream().anyMatch(AnyOfTrustManager::isAboutHostName)) {
                reasons.add(CertificateRefused.Reason.WRONG_HOST);
                words.add("was made for " + names(leaf) + (host == null ? "" : ", not for " + host) + " (host name mismatch)");
            }
        } else {
            String dates = validity(chain);
            if (!dates.isEmpty()) {
                reasons.add(CertificateRefused.Reason.NOT_VALID_NOW);
                words.add(dates);
            }
            if (dates.isEmpty() || !failures.stream().allMatch(AnyOfTrustManager::isAboutDates)) {
                reasons.addFirst(CertificateRefused.Reason.NOT_TRUSTED);
                words.addFirst("is not trusted (neither the system's certificates nor a CA file vouch for it)");
            }
        }
        if (words.isEmpty()) words.add("was refused (" + SafeHttp.oneLine(failures.getFirst().getMessage()) + ")");
        return new CertificateRefused(leaf.getSubjectX500Principal().getName(), leaf.getIssuerX500Principal().getName(), reasons,
                String.join(" and ", words), failures.getFirst());
    }

    /** "expired on 2026-11-20T10:00:00Z" for the first certificate of the chain that is out of date, else empty. */
    private static String validity(X509Certificate[] chain) {
        for (int i = 0; i < chain.length; i++) {
            X509Certificate c = chain[i];
            String whose = i == 0 ? "" : " (its issuer \"" + c.getSubjectX500Principal().getName() + "\")";
            try {
                c.checkValidity();
            } catch (CertificateExpiredException e) {
                return "expired on " + c.getNotAfter().toInstant() + whose;
            } catch (CertificateNotYetValidException e) {
                return "is not valid before " + c.getNotBefore().toInstant() + whose;
            }
        }
        return "";
    }

    /** The JDK's words for a host name the certificate does not name; no exception type tells it apart. */
    private static boolean isAboutHostName(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = c.getMessage() == null ? "" : c.getMessage();
            if (m.startsWith("No subject alternative") || m.startsWith("No name matching")) return true;
        }
        return false;
    }

    private static boolean isAboutDates(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof CertificateExpiredException || c instanceof CertificateNotYetValidException) return true;
        }
        return false;
    }

    /** The DNS names and IP addresses the certificate names, else its subject. */
    private static String names(X509Certificate cert) {
        try {
            Collection<List<?>> alt = cert.getSubjectAlternativeNames();
            if (alt != null) {
                List<String> names = alt.stream().filter(e -> e.size() > 1 && (Objects.equals(e.get(0), 2) || Objects.equals(e.get(0), 7)))
                        .map(e -> String.valueOf(e.get(1))).toList();
                if (!names.isEmpty()) return String.join(", ", names);
            }
        } catch (java.security.cert.CertificateParsingException ignored) {
            // Fall back to the subject, which still names the certificate.
        }
        return cert.getSubjectX500Principal().getName();
    }
}
