package dev.webhookinspector.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which proxy a request takes, decided from the flags, the profile and the environment. No network here. */
class NetworkTest {
    static final URI PROVIDER = URI.create("https://api.ultravox.ai/api/webhooks/x");
    static final URI LOOPBACK = URI.create("https://127.0.0.1:8443/ultravox/api/webhooks/x");

    static Network system(Map<String, String> env) {
        return Network.resolve(NetworkSettings.UNSET, NetworkSettings.UNSET, env);
    }

    static String proxyOf(Network n, URI url) {
        Proxy p = n.select(url);
        if (p.type() == Proxy.Type.DIRECT) return "direct";
        InetSocketAddress a = (InetSocketAddress) p.address();
        return a.getHostString() + ":" + a.getPort();
    }

    @Test
    void httpsProxyFromTheEnvironmentCarriesProviderRequestsButNeverLoopbackOnes() {
        Network n = system(Map.of("HTTPS_PROXY", "http://proxy.corp.example:3128"));
        assertEquals("proxy.corp.example:3128", proxyOf(n, PROVIDER));
        assertEquals("direct", proxyOf(n, LOOPBACK));
        assertEquals("direct", proxyOf(n, URI.create("https://localhost:8443/")));
    }

    @Test
    void lowerCaseHttpsProxyWinsAndAnAddressWithoutSchemeIsAnHttpProxy() {
        Network n = system(Map.of("HTTPS_PROXY", "http://upper.example:1", "https_proxy", "lower.example:3128"));
        assertEquals("lower.example:3128", proxyOf(n, PROVIDER));
    }

    @Test
    void theAppsOwnProxyVariableBeatsHttpsProxyAndAlsoCarriesLoopbackRequests() {
        Network n = system(Map.of("HTTPS_PROXY", "http://corp.example:3128", Network.PROXY_VARIABLE, "http://127.0.0.1:9000"));
        assertEquals("127.0.0.1:9000", proxyOf(n, PROVIDER));
        assertEquals("127.0.0.1:9000", proxyOf(n, LOOPBACK));
    }

    @Test
    void theFlagBeatsTheProfileWhichBeatsTheEnvironmentAndNoneMeansDirect() {
        Map<String, String> env = Map.of(Network.PROXY_VARIABLE, "http://env.example:1");
        NetworkSettings profile = new NetworkSettings("http://profile.example:2", "");
        assertEquals("profile.example:2", proxyOf(Network.resolve(NetworkSettings.UNSET, profile, env), PROVIDER));
        assertEquals("flag.example:3", proxyOf(Network.resolve(new NetworkSettings("flag.example:3", ""), profile, env), PROVIDER));
        assertEquals("direct", proxyOf(Network.resolve(new NetworkSettings("none", ""), profile, env), PROVIDER));
        assertEquals("direct", proxyOf(system(Map.of("HTTPS_PROXY", "corp.example:1", Network.PROXY_VARIABLE, "none")), PROVIDER));
    }

    @Test
    void noProxyMatchesHostsAndTheirSubdomainsPortsAndEverythingWithAStar() {
        NoProxy no = NoProxy.parse(" .corp.example, ultravox.ai  127.0.0.1:8443,[::1]");
        assertTrue(no.matches("api.ultravox.ai", 443));
        assertTrue(no.matches("ULTRAVOX.AI", 443));
        assertTrue(no.matches("git.corp.example", 443));
        assertTrue(no.matches("corp.example", 443));
        assertFalse(no.matches("notultravox.ai", 443));
        assertTrue(no.matches("127.0.0.1", 8443));
        assertFalse(no.matches("127.0.0.1", 9443));
        assertTrue(no.matches("[::1]", 443));
        assertTrue(NoProxy.parse("*").matches("anything.example", 443));
        Network n = system(Map.of("HTTPS_PROXY", "corp.example:3128", "NO_PROXY", "ultravox.ai"));
        assertEquals("direct", proxyOf(n, PROVIDER));
        assertEquals("corp.example:3128", proxyOf(n, URI.create("https://api.v0.dev/v2/hooks/x")));
    }

    @Test
    void plainHttpNeverGoesThroughAProxySoItsHeadersAreNeverHandedOverInClear() {
        Network n = Network.resolve(new NetworkSettings("http://127.0.0.1:9000", ""), NetworkSettings.UNSET, Map.of());
        assertEquals("direct", proxyOf(n, URI.create("http://127.0.0.1:8765/ultravox/api/webhooks/x")));
    }

    @Test
    void aProxyWithAPasswordIsRefusedWithoutRepeatingIt() {
        Network n = system(Map.of("HTTPS_PROXY", "http://alice:s3cret-pw@proxy.corp.example:3128"));
        ProxyRoute.Unusable refused = assertInstanceOf(ProxyRoute.Unusable.class, n.proxy());
        assertEquals(Optional.of(refused.why()), n.refusal(PROVIDER));
        assertEquals(Optional.empty(), n.refusal(LOOPBACK), "a system proxy never carries loopback requests, broken or not");
        assertTrue(refused.why().contains("HTTPS_PROXY"), refused.why());
        assertFalse(refused.why().contains("s3cret-pw") || refused.why().contains("alice"), refused.why());
        assertEquals("direct", proxyOf(n, PROVIDER), "never used: the fetch refuses the request before sending it");
    }

    @Test
    void onlyHttpProxyAddressesAreAccepted() {
        assertInstanceOf(ProxyRoute.Unusable.class, ProxyRoute.parse("https://proxy.example:443", "--proxy", true));
        assertInstanceOf(ProxyRoute.Unusable.class, ProxyRoute.parse("socks5://proxy.example:1080", "--proxy", true));
        assertInstanceOf(ProxyRoute.Unusable.class, ProxyRoute.parse("http://proxy.example:3128/some/path", "--proxy", true));
        assertEquals(new ProxyRoute.Through("proxy.example", 80, "--proxy", true), ProxyRoute.parse("http://proxy.example/", "--proxy", true));
    }

    @Test
    void caFileComesFromTheMostSpecificPlaceAndNoneDropsIt() {
        Map<String, String> env = Map.of(Network.CA_FILE_VARIABLE, "/etc/company-ca.pem");
        assertEquals(List.of(new Network.CaFile(Path.of("/etc/company-ca.pem").toAbsolutePath(), Network.CA_FILE_VARIABLE)), system(env).caFiles());
        NetworkSettings profile = new NetworkSettings("", "/home/me/gateway.pem");
        assertEquals(Path.of("/home/me/gateway.pem").toAbsolutePath(), Network.resolve(NetworkSettings.UNSET, profile, env).caFiles().getFirst().path());
        assertEquals(List.of(), Network.resolve(new NetworkSettings("", "none"), profile, env).caFiles());
    }

    @Test
    void theOperatingSystemStoresAreWindowsRootAndTheMacKeychain() {
        assertEquals(List.of("Windows-ROOT"), Trust.storeTypes("Windows 11"));
        assertEquals(List.of("KeychainStore", "KeychainStore-ROOT"), Trust.storeTypes("Mac OS X"));
        assertEquals(List.of(), Trust.storeTypes("Linux"));
    }
}
