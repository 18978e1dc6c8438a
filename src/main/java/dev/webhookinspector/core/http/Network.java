package dev.webhookinspector.core.http;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How requests leave this machine: which proxy they take and which extra certificates TLS trusts. Resolved
 * from the most specific setting down: command-line flags, then the profile, then
 * {@value #PROXY_VARIABLE} and {@value #CA_FILE_VARIABLE}, then the system's proxy (HTTPS_PROXY, else the
 * operating system's setting). NO_PROXY applies to every proxy.
 */
public record Network(ProxyRoute proxy, NoProxy noProxy, List<CaFile> caFiles) {
    public static final String PROXY_VARIABLE = "WEBHOOK_INSPECTOR_PROXY";
    public static final String CA_FILE_VARIABLE = "WEBHOOK_INSPECTOR_CA_FILE";
    /** Direct, nothing but the system's certificates: what tests and the simulator need. */
    public static final Network DIRECT = new Network(new ProxyRoute.Direct(), NoProxy.EMPTY, List.of());

    /** A PEM file of certificates to trust, and where it was named (for messages). */
    public record CaFile(Path path, String source) {}

    public Network {
        caFiles = List.copyOf(caFiles);
    }

    /** The system's settings alone, from this process's environment. */
    public static Network system() {
        return resolve(NetworkSettings.UNSET, NetworkSettings.UNSET, System.getenv());
    }

    public static Network resolve(NetworkSettings flags, NetworkSettings profile, Map<String, String> env) {
        return new Network(route(flags, profile, env), NoProxy.parse(first(env, "no_proxy", "NO_PROXY").map(env::get).orElse("")),
                caFiles(flags, profile, env));
    }

    private static ProxyRoute route(NetworkSettings flags, NetworkSettings profile, Map<String, String> env) {
        if (!flags.proxy().isEmpty()) return ProxyRoute.parse(flags.proxy(), "--proxy", true);
        if (!profile.proxy().isEmpty()) return ProxyRoute.parse(profile.proxy(), "the profile's proxy", true);
        Optional<String> own = first(env, PROXY_VARIABLE);
        if (own.isPresent()) return ProxyRoute.parse(env.get(own.get()), own.get(), true);
        // curl's order: the lower-case name first. Plain http only ever goes to loopback, so HTTP_PROXY never applies.
        Optional<String> system = first(env, "https_proxy", "HTTPS_PROXY");
        if (system.isPresent()) return ProxyRoute.parse(env.get(system.get()), system.get(), false);
        return new ProxyRoute.OsSetting();
    }

    private static List<CaFile> caFiles(NetworkSettings flags, NetworkSettings profile, Map<String, String> env) {
        String value;
        String source;
        if (!flags.caFile().isEmpty()) {
            value = flags.caFile();
            source = "--ca-file";
        } else if (!profile.caFile().isEmpty()) {
            value = profile.caFile();
            source = "the profile's CA file";
        } else if (first(env, CA_FILE_VARIABLE).isPresent()) {
            value = env.get(CA_FILE_VARIABLE).strip();
            source = CA_FILE_VARIABLE;
        } else {
            return List.of();
        }
        if (NetworkSettings.isNone(value)) return List.of();
        return List.of(new CaFile(Path.of(value).toAbsolutePath().normalize(), source));
    }

    private static Optional<String> first(Map<String, String> env, String... names) {
        for (String n : names) {
            String v = env.get(n);
            if (v != null && !v.isBlank()) return Optional.of(n);
        }
        return Optional.empty();
    }

    /**
     * The proxy a request to {@code url} takes, or {@link Proxy#NO_PROXY}. Plain http never goes through a proxy:
     * it is only allowed to loopback hosts, and through a proxy its headers, the key among them, would travel in clear.
     */
    public Proxy select(URI url) {
        String host = url.getHost();
        if (!"https".equalsIgnoreCase(url.getScheme()) || host == null) return Proxy.NO_PROXY;
        if (noProxy.matches(host, Origins.effectivePort(url))) return Proxy.NO_PROXY;
        return switch (proxy) {
            case ProxyRoute.Through t when t.loopbackToo() || !Origins.isLoopbackHost(host) ->
                    new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(t.host(), t.port()));
            case ProxyRoute.OsSetting os when !Origins.isLoopbackHost(host) -> OsProxies.select(url);
            default -> Proxy.NO_PROXY;
        };
    }

    /** Why a request to {@code url} must not be sent: the proxy setting that would carry it cannot be used. */
    public Optional<String> refusal(URI url) {
        if (!(proxy instanceof ProxyRoute.Unusable(String why, boolean loopbackToo))) return Optional.empty();
        boolean wouldCarry = "https".equalsIgnoreCase(url.getScheme()) && !noProxy.matches(url.getHost(), Origins.effectivePort(url))
                && (loopbackToo || !Origins.isLoopbackHost(url.getHost()));
        return wouldCarry ? Optional.of(why) : Optional.empty();
    }

    /** "the proxy proxy.example:3128 set by HTTPS_PROXY" when a request to {@code url} goes through one. */
    public Optional<String> describeProxyFor(URI url) {
        Proxy p = select(url);
        if (p.type() != Proxy.Type.HTTP || !(p.address() instanceof InetSocketAddress a)) return Optional.empty();
        String source = proxy instanceof ProxyRoute.Through t ? t.source() : "the system's proxy setting";
        return Optional.of("the proxy " + a.getHostString() + ":" + a.getPort() + " set by " + source);
    }

    /** The JDK reads java.net.useSystemProxies once, when its default selector is first made: ask before that. */
    private static final class OsProxies {
        private static final ProxySelector SELECTOR;

        static {
            if (System.getProperty("java.net.useSystemProxies") == null) System.setProperty("java.net.useSystemProxies", "true");
            SELECTOR = ProxySelector.getDefault();
        }

        static Proxy select(URI url) {
            if (SELECTOR == null) return Proxy.NO_PROXY;
            // The HTTP client can only use HTTP proxies; a SOCKS setting means direct, as it would for the client anyway.
            return SELECTOR.select(url).stream().filter(p -> p.type() == Proxy.Type.HTTP).findFirst().orElse(Proxy.NO_PROXY);
        }
    }
}
