package dev.webhookinspector.core.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.model.Secret;
import dev.webhookinspector.core.provider.Providers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The providers' signing schemes against the worked examples in the provider notes (computed with a plain HMAC
 * call outside this code), and verify's diagnosis of each mistake receivers make, each found by checking it.
 */
class SigningTest {
    private static final SigningScheme ULTRAVOX = Providers.byId("ultravox").orElseThrow().signing();
    private static final SigningScheme FEATUREBASE = Providers.byId("featurebase").orElseThrow().signing();

    private static final String UV_BODY = "{\"event\":\"call.ended\",\"call\":{\"callId\":\"0c4a1b2e-5d6f-4a7b-8c9d-0e1f2a3b4c5d\",\"ended\":\"2026-11-20T10:15:00Z\"}}";
    private static final String UV_TS = "2026-11-20T10:15:02.123456+00:00";
    private static final String UV_SECRET_1 = "uv_whsec_AAAAbbbbCCCCddddEEEEffff0001";
    private static final String UV_SECRET_2 = "second-secret-for-rotation-42";
    private static final String UV_SIG_1 = "bcccb76b30b94ecaf40eca357d39f7694ec88a684a954a8bf3612d574f1096a9";
    private static final String UV_SIG_2 = "2aa3db8d2b5262e8f7cd414a367df6b6bb6200d32f665f47c07ee67f07a75919";
    private static final Instant UV_AT = Instant.parse("2026-11-20T10:15:02.123456Z");

    private static final String FB_BODY = "{\"id\":\"notif_0193a6e6-7b2c-7d3e-9f10-a1b2c3d4e5f6\",\"topic\":\"post.created\",\"data\":{\"type\":\"notification_event_data\",\"item\":{\"id\":\"6650c3e2a1b4f9d8e7c6b5a9\",\"title\":\"Dark mode\"}}}";
    private static final String FB_TS = "1763633702";
    private static final String FB_SECRET = "whsec_5WbX5kEWLlfzsGNjH64I8lOOqUB6e8FH";
    private static final String FB_SIG = "c9a5e4b14f6b396d5ea92c741d6bff7afff6ddce0abc2fa8c05bbb8c623ca596";
    private static final Instant FB_AT = Instant.ofEpochSecond(1763633702);

    private static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test void theWorkedExamplesAreReproducedExactly() {
        assertEquals(110, bytes(UV_BODY).length);
        assertEquals(177, bytes(FB_BODY).length);
        assertEquals(UV_SIG_1, ULTRAVOX.signatureValue(bytes(UV_BODY), UV_TS, List.of(UV_SECRET_1)));
        assertEquals(UV_SIG_1 + "," + UV_SIG_2, ULTRAVOX.signatureValue(bytes(UV_BODY), UV_TS, List.of(UV_SECRET_1, UV_SECRET_2)));
        assertEquals(FB_SIG, FEATUREBASE.signatureValue(bytes(FB_BODY), FB_TS, List.of(FB_SECRET)));
        assertEquals(UV_TS, ULTRAVOX.timestamp(UV_AT));
        assertEquals(FB_TS, FEATUREBASE.timestamp(FB_AT));
        assertFalse(Providers.byId("v0").orElseThrow().signing().signs(), "v0 documents no signing");
    }

    private static Verification uv(String body, String signature, Instant now, Secret... secrets) {
        return Verifier.verify(ULTRAVOX, bytes(body), Map.of("x-ultravox-webhook-signature", signature,
                "X-Ultravox-Webhook-Timestamp", UV_TS), List.of(secrets), now);
    }

    private static Verification fb(String body, String ts, String signature, Instant now, Secret... secrets) {
        return Verifier.verify(FEATUREBASE, bytes(body), Map.of("X-Webhook-Signature", signature, "X-Webhook-Timestamp", ts),
                List.of(secrets), now);
    }

    @Test void aDeliveryWithBothRotationSignaturesVerifiesAndNamesTheSecretNeverItsValue() {
        Verification v = uv(UV_BODY, UV_SIG_1 + "," + UV_SIG_2, UV_AT.plusSeconds(10),
                new Secret("secret 1", UV_SECRET_1), new Secret("secret 2", UV_SECRET_2));
        assertTrue(v.verified());
        assertEquals(Optional.of("secret 1"), v.matchedSecret());
        assertEquals(Optional.of(Duration.ofSeconds(10)), v.age());
        assertTrue(v.mistakes().isEmpty());
    }

    @Test void matchingOnlyTheOlderSecretVerifiesWithANote() {
        Verification v = uv(UV_BODY, UV_SIG_2, UV_AT, new Secret("secret 1", UV_SECRET_1), new Secret("secret 2", UV_SECRET_2));
        assertTrue(v.verified());
        assertEquals(Optional.of("secret 2"), v.matchedSecret());
        assertTrue(v.note().orElseThrow().contains("knows only the newest"));
    }

    @Test void featurebaseVerifiesWithinFiveMinutesAndIsTooOldAfter() {
        Secret s = new Secret("secret", FB_SECRET);
        assertTrue(fb(FB_BODY, FB_TS, FB_SIG, FB_AT.plusSeconds(299), s).verified());
        Verification old = fb(FB_BODY, FB_TS, FB_SIG, FB_AT.plusSeconds(301), s);
        assertFalse(old.verified());
        assertEquals(List.of(Mistake.TIMESTAMP_TOO_OLD), old.mistakes());
        assertEquals(Optional.of("secret"), old.matchedSecret());
    }

    @Test void aReSerialisedBodyIsNamed() {
        String pretty = "{\n  \"event\" : \"call.ended\",\n  \"call\" : {\n    \"callId\" : \"0c4a1b2e-5d6f-4a7b-8c9d-0e1f2a3b4c5d\",\n"
                + "    \"ended\" : \"2026-11-20T10:15:00Z\"\n  }\n}";
        Verification v = uv(pretty, UV_SIG_1, UV_AT, new Secret("secret 1", UV_SECRET_1));
        assertFalse(v.verified());
        assertEquals(Mistake.RESERIALISED_BODY, v.mistakes().getFirst());
    }

    @Test void aTrailingNewlineAddedOrDroppedIsNamed() {
        Secret s = new Secret("secret", FB_SECRET);
        assertEquals(Mistake.NEWLINE_ADDED, fb(FB_BODY + "\n", FB_TS, FB_SIG, FB_AT, s).mistakes().getFirst());
        String signedWithNewline = FEATUREBASE.signatureValue(bytes(FB_BODY + "\n"), FB_TS, List.of(FB_SECRET));
        assertEquals(Mistake.NEWLINE_DROPPED, fb(FB_BODY, FB_TS, signedWithNewline, FB_AT, s).mistakes().getFirst());
    }

    @Test void aKeyWithoutWhsecOrBase64DecodedIsNamed() {
        Secret s = new Secret("secret", FB_SECRET);
        String rest = FB_SECRET.substring("whsec_".length());
        String stripped = Hmac.hex(bytes(rest), FEATUREBASE.message(bytes(FB_BODY), FB_TS));
        assertEquals(List.of(Mistake.PREFIX_STRIPPED), fb(FB_BODY, FB_TS, stripped, FB_AT, s).mistakes());
        String decoded = Hmac.hex(Base64.getDecoder().decode(rest), FEATUREBASE.message(bytes(FB_BODY), FB_TS));
        assertEquals(List.of(Mistake.BASE64_KEY), fb(FB_BODY, FB_TS, decoded, FB_AT, s).mistakes());
    }

    @Test void aSignatureHeaderWithAPrefixOrOtherSeparatorsIsNamed() {
        Verification v = uv(UV_BODY, "sha256=" + UV_SIG_1, UV_AT, new Secret("secret 1", UV_SECRET_1));
        assertFalse(v.verified());
        assertEquals(List.of(Mistake.SIGNATURE_HEADER_FORM), v.mistakes());
    }

    @Test void aTimestampInMillisecondsIsNamedEvenWhenTheHmacCoversIt() {
        String ms = "1763633702000";
        String sig = FEATUREBASE.signatureValue(bytes(FB_BODY), ms, List.of(FB_SECRET));
        Verification v = fb(FB_BODY, ms, sig, FB_AT, new Secret("secret", FB_SECRET));
        assertFalse(v.verified());
        assertEquals(List.of(Mistake.TIMESTAMP_FORM), v.mistakes());
        assertEquals(Optional.empty(), v.age());
    }

    @Test void anotherSecretOrAMissingHeaderIsSaidPlainly() {
        Verification wrong = uv(UV_BODY, UV_SIG_1, UV_AT, new Secret("secret 1", "some-other-secret-0000000000"));
        assertEquals(List.of(Mistake.NO_SECRET_MATCHES), wrong.mistakes());
        Verification none = Verifier.verify(ULTRAVOX, bytes(UV_BODY), Map.of("X-Ultravox-Webhook-Timestamp", UV_TS),
                List.of(new Secret("secret 1", UV_SECRET_1)), UV_AT);
        assertEquals(List.of(Mistake.NO_SIGNATURE_HEADER), none.mistakes());
    }
}
