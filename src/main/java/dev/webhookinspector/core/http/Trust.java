package dev.webhookinspector.core.http;

import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.problem.Remedy;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Which certificates TLS trusts: the JDK's own (cacerts), the operating system's store on Windows and macOS,
 * where companies install their CAs, and the user's CA file. A server is trusted when any of them vouches for it.
 */
final class Trust {
    private Trust() {}

    /** The OS stores are read once: Windows and macOS answer slowly, and they change rarely. */
    private static final class OsStores {
        static final List<KeyStore> LOADED = load(System.getProperty("os.name", ""));
    }

    static List<KeyStore> operatingSystemStores() {
        return OsStores.LOADED;
    }

    /** The KeyStore types that hold the OS's trusted certificates; none on Linux, where the JDK's cacerts is the practice. */
    static List<String> storeTypes(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) return List.of("Windows-ROOT");
        // KeychainStore has the user's and admin-installed trust settings; KeychainStore-ROOT (JDK 23+) the system roots.
        if (os.startsWith("mac")) return List.of("KeychainStore", "KeychainStore-ROOT");
        return List.of();
    }

    private static List<KeyStore> load(String osName) {
        List<KeyStore> stores = new ArrayList<>();
        for (String type : storeTypes(osName)) {
            try {
                KeyStore ks = KeyStore.getInstance(type);
                ks.load(null, null);
                stores.add(ks);
            } catch (GeneralSecurityException | java.io.IOException | RuntimeException unavailable) {
                // An older JDK or a runtime without the provider: the JDK's certificates still apply.
            }
        }
        return List.copyOf(stores);
    }

    /** A TLS context trusting the JDK's certificates, {@code extraStores} and each CA file. */
    static SSLContext context(List<Network.CaFile> caFiles, List<KeyStore> extraStores) throws FetchException {
        List<KeyStore> stores = new ArrayList<>(extraStores);
        for (Network.CaFile f : caFiles) stores.add(CaFiles.read(f));
        try {
            List<X509ExtendedTrustManager> managers = new ArrayList<>();
            managers.add(new DeferredTrustManager(JdkDefault::manager));
            for (KeyStore ks : stores) managers.add(manager(ks));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new AnyOfTrustManager(managers)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new FetchException(ProblemKind.INTERNAL, "TLS could not be set up (" + e.getClass().getSimpleName() + ")", "", 0, e,
                    Remedy.REPORT_BUG);
        }
    }

    /** The JDK's own certificates, read once: every client (one per proxy and CA file setting) starts from them. */
    private static final class JdkDefault {
        private static X509ExtendedTrustManager manager;

        static synchronized X509ExtendedTrustManager manager() throws GeneralSecurityException {
            if (manager == null) manager = Trust.manager(null);
            return manager;
        }
    }

    /** The JDK's PKIX trust manager over {@code store}; null means the JDK's own cacerts. */
    private static X509ExtendedTrustManager manager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509ExtendedTrustManager x) return x;
        }
        throw new java.security.KeyStoreException("no X.509 trust manager");
    }
}
