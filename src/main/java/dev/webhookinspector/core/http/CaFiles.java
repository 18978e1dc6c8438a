package dev.webhookinspector.core.http;

import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.problem.Remedy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Optional;

/** Reads a user's CA file: PEM, one or more certificates, as {@code keytool -exportcert -rfc} or openssl write it. */
public final class CaFiles {
    /** A bundle of a few hundred CAs is under 300 KiB; anything far above is not a CA file. */
    static final long MAX_SIZE = 4L * 1024 * 1024;

    private CaFiles() {}

    /** The certificates of {@code file} as a trust store. */
    static KeyStore read(Network.CaFile file) throws FetchException {
        Path path = file.path();
        String named = "The CA file " + path + " (set by " + file.source() + ")";
        try {
            if (!Files.exists(path)) throw invalid(named + " does not exist.");
            if (!Files.isRegularFile(path)) throw invalid(named + " is not a regular file.");
            if (Files.size(path) > MAX_SIZE) throw invalid(named + " is larger than 4 MiB; a CA file holds a few certificates in PEM form.");
            Collection<? extends Certificate> certificates;
            try {
                certificates = CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(Files.readAllBytes(path)));
            } catch (CertificateException e) {
                throw invalid(named + " does not hold certificates in PEM form (-----BEGIN CERTIFICATE-----).");
            }
            if (certificates.isEmpty()) throw invalid(named + " holds no certificate.");
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate c : certificates) store.setCertificateEntry("ca-" + i++, c);
            return store;
        } catch (IOException e) {
            throw new FetchException(ProblemKind.LOCAL_FAILURE, named + " could not be read: " + e.getClass().getSimpleName(), "", 0, null,
                    Remedy.CHECK_CA_FILE);
        } catch (GeneralSecurityException e) {
            throw invalid(named + " could not be used: " + SafeHttp.oneLine(e.getMessage()));
        }
    }

    /** Empty when {@code path} is a usable CA file, else the reason: for checking a setting before it is saved. */
    public static Optional<String> check(Path path, String source) {
        try {
            read(new Network.CaFile(path.toAbsolutePath().normalize(), source));
            return Optional.empty();
        } catch (FetchException e) {
            return Optional.of(e.problem().summary());
        }
    }

    private static FetchException invalid(String summary) {
        return new FetchException(ProblemKind.INVALID_INPUT, summary, Remedy.CHECK_CA_FILE);
    }
}
