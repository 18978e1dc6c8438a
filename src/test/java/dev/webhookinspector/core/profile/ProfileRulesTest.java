package dev.webhookinspector.core.profile;

import dev.webhookinspector.core.model.ProviderId;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileRulesTest {
    private static String invalid(ThrowingRunnable r) {
        ProfileException e = assertThrows(ProfileException.class, r::run);
        assertEquals(ProfileException.Kind.INVALID, e.kind());
        return e.getMessage();
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void anEmptyNameIsRejectedWithTheRule() {
        assertTrue(invalid(() -> ProfileRules.checkName("")).contains("must not be empty"));
    }

    @Test
    void aNameOfSixtyFourCharactersIsFineAndSixtyFiveIsTooLong() {
        assertDoesNotThrow(() -> ProfileRules.checkName("a".repeat(64)));
        String message = invalid(() -> ProfileRules.checkName("b".repeat(65)));
        assertTrue(message.contains("b".repeat(65)), message);
        assertTrue(message.contains("at most 64"), message);
    }

    @Test
    void namesWithSurroundingSpacesOrControlCharactersAreRejected() {
        assertTrue(invalid(() -> ProfileRules.checkName(" prod")).contains("space"));
        assertTrue(invalid(() -> ProfileRules.checkName("pr\nod")).contains("control character"));
        assertDoesNotThrow(() -> ProfileRules.checkName("Client A – staging (EU)"));
    }

    @Test
    void namesAreUniqueIgnoringCaseAndTheErrorNamesBoth() {
        Profile existing = new Profile("Prod", new ProviderId("v0"), null, Map.of(), "", KeyRef.env("K"));
        String message = invalid(() -> ProfileRules.checkUnique("PROD", List.of(existing)));
        assertTrue(message.contains("\"Prod\"") && message.contains("\"PROD\"") && message.contains("ignoring case"), message);
    }

    @Test
    void anUnknownProviderListsTheKnownOnes() {
        String message = invalid(() -> ProfileRules.checkProvider("stripe"));
        assertTrue(message.contains("\"stripe\"") && message.contains("ultravox|v0|featurebase"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.example.com", "https://gw.example.com/ultravox", "http://127.0.0.1:8080", "http://127.8.9.10/x",
            "http://localhost:9000", "http://[::1]:7000", "HTTP://LOCALHOST"})
    void acceptableBaseUrls(String url) {
        assertDoesNotThrow(() -> ProfileRules.parseBaseUrl(url));
    }

    @Test
    void plainHttpToAnotherMachineIsRefusedBecauseTheKeyWouldTravelUnencrypted() {
        String message = invalid(() -> ProfileRules.parseBaseUrl("http://api.example.com"));
        assertTrue(message.contains("api.example.com") && message.contains("https://") && message.contains("loopback"), message);
        invalid(() -> ProfileRules.parseBaseUrl("http://127.0.0.1.example.com"));
        invalid(() -> ProfileRules.parseBaseUrl("http://10.0.0.1"));
    }

    @Test
    void relativeOrNonHttpUrlsAreRefused() {
        String relative = invalid(() -> ProfileRules.parseBaseUrl("api.example.com"));
        assertTrue(relative.contains("\"api.example.com\"") && relative.contains("absolute"), relative);
        invalid(() -> ProfileRules.parseBaseUrl("ftp://api.example.com"));
        invalid(() -> ProfileRules.parseBaseUrl("https:///nohost"));
        assertTrue(invalid(() -> ProfileRules.parseBaseUrl("https://exa mple.com")).contains("not a valid URL"));
    }

    @Test
    void credentialsInTheBaseUrlAreRefusedWithoutRepeatingThem() {
        String message = invalid(() -> ProfileRules.parseBaseUrl("https://user:hunter2@api.example.com"));
        assertFalse(message.contains("hunter2"), message);
        assertTrue(message.contains("user name or password"), message);
    }

    @Test
    void aQueryOrFragmentInTheBaseUrlIsRefused() {
        invalid(() -> ProfileRules.parseBaseUrl("https://api.example.com/?x=1"));
        invalid(() -> ProfileRules.parseBaseUrl("https://api.example.com/#top"));
    }

    @Test
    void featurebaseTakesAnApiVersionAndOtherProvidersTakeNoOptions() throws ProfileException {
        assertDoesNotThrow(() -> ProfileRules.checkOptions(ProfileRules.checkProvider("featurebase"), Map.of("apiVersion", "2026-08-19.orbit")));
        String message = invalid(() -> ProfileRules.checkOptions(ProfileRules.checkProvider("v0"), Map.of("apiVersion", "x")));
        assertTrue(message.contains("v0 has no option \"apiVersion\"; it takes none"), message);
        invalid(() -> ProfileRules.checkOptions(ProfileRules.checkProvider("featurebase"), Map.of("apiVersion", "two words")));
    }

    @Test
    void environmentVariableNamesFollowTheShellRule() {
        assertDoesNotThrow(() -> ProfileRules.checkEnvVariable("ULTRAVOX_API_KEY"));
        assertTrue(invalid(() -> ProfileRules.checkEnvVariable("1KEY")).contains("\"1KEY\""));
        invalid(() -> ProfileRules.checkEnvVariable("MY-KEY"));
        invalid(() -> ProfileRules.checkEnvVariable(""));
    }

    @Test
    void storesParseFromWhatTheListShows() throws ProfileException {
        assertEquals(KeyRef.keyring(), KeyRef.parse("keyring"));
        assertEquals(KeyRef.vault(), KeyRef.parse("Vault"));
        assertEquals(KeyRef.env("V0_KEY"), KeyRef.parse("env:V0_KEY"));
        assertEquals("env:V0_KEY", KeyRef.parse("env:V0_KEY").describe());
        assertTrue(invalid(() -> KeyRef.parse("file")).contains("keyring, vault or env:VARIABLE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ultravox|ULTRAVOX_API_KEY|", "ultravox|ULTRAVOX_PROD_API_KEY|https://api.ultravox.ai/v2",
            "v0|WEBHOOK_INSPECTOR_API_KEY|", "featurebase|WEBHOOK_INSPECTOR_FB_API_KEY|"})
    void thisAppsKeyVariableForTheProvidersOwnApiNeedsNoConfirmation(String c) {
        assertFalse(ProfileRules.envReferenceNeedsConfirmation(envProfile(c)), c);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0|AWS_SECRET_ACCESS_KEY|", "v0|WEBHOOK_INSPECTOR_VAULT_PASSPHRASE|", "v0|ULTRAVOX_API_KEY|",
            "v0|V0_API_KEY|https://attacker.example", "v0|V0_API_KEY|https://api.v0.dev:8443", "v0|v0_api_key|", "v0|GITHUB_API_KEY|"})
    void anyOtherVariableOrAnotherAddressNeedsConfirmation(String c) {
        assertTrue(ProfileRules.envReferenceNeedsConfirmation(envProfile(c)), c);
    }

    /** "provider|VARIABLE|base URL (empty for the default)" */
    private static Profile envProfile(String c) {
        String[] f = c.split("\\|", -1);
        return new Profile("p", new ProviderId(f[0]), f[2].isEmpty() ? null : java.net.URI.create(f[2]), Map.of(), "", KeyRef.env(f[1]));
    }
}
