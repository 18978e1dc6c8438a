package dev.webhookinspector.core.http;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The JDK's own trust manager, made at the first TLS handshake rather than with the client: reading the JDK's
 * ~150 certificates was a fifth of a `get`'s CPU time, and a plain-http fetch (the simulator on loopback) never
 * needs them. The checks themselves are the JDK's, unchanged.
 */
final class DeferredTrustManager extends X509ExtendedTrustManager {
    interface Source {
        X509ExtendedTrustManager get() throws GeneralSecurityException;
    }

    private final Source source;

    DeferredTrustManager(Source source) { this.source = source; }

    private X509ExtendedTrustManager tm() throws CertificateException {
        try {
            return source.get();
        } catch (GeneralSecurityException e) {
            throw new CertificateException("the JDK's trusted certificates could not be read", e);
        }
    }

    @Override public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        tm().checkServerTrusted(chain, authType, engine);
    }

    @Override public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        tm().checkServerTrusted(chain, authType, socket);
    }

    @Override public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        tm().checkServerTrusted(chain, authType);
    }

    @Override public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        tm().checkClientTrusted(chain, authType, engine);
    }

    @Override public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        tm().checkClientTrusted(chain, authType, socket);
    }

    @Override public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        tm().checkClientTrusted(chain, authType);
    }

    @Override public X509Certificate[] getAcceptedIssuers() {
        try {
            return tm().getAcceptedIssuers();
        } catch (CertificateException e) {
            return new X509Certificate[0];
        }
    }
}
