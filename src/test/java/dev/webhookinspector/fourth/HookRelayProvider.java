package dev.webhookinspector.fourth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.webhookinspector.core.http.Header;
import dev.webhookinspector.core.http.Origins;
import dev.webhookinspector.core.model.Failure;
import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.provider.ApiRequest;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.JsonFields;
import dev.webhookinspector.core.provider.Pages;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.ProviderDescriptor;
import dev.webhookinspector.core.provider.ProviderOption;
import dev.webhookinspector.core.provider.Reports;
import dev.webhookinspector.core.provider.WebhookPage;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A throwaway fourth provider that lives only in the test tree: if the command line, the profile form and
 * the inspector show it with no change to their code, they render descriptors rather than know providers.
 */
public final class HookRelayProvider implements Provider {
    public static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor(new ProviderId("hookrelay"), "HookRelay", "Triggers",
            URI.create("https://api.hookrelay.example"), "an ID such as hr_0123",
            new Reports(true, Reports.Failures.LAST_ATTEMPT, "HookRelay keeps the last attempt only.", false, false),
            List.of(new ProviderOption("region", "region", "Region", "eu", List.of("eu", "us"), "Where the account lives.",
                    ProviderOption.HEADER_WORD, "eu")),
            "#d9480f");

    @Override public ProviderDescriptor descriptor() { return DESCRIPTOR; }

    @Override
    public Optional<String> checkId(String webhookId) {
        return webhookId != null && webhookId.matches("hr_[0-9a-z]+") ? Optional.empty()
                : Optional.of("\"" + webhookId + "\" is not a HookRelay webhook ID: it must be " + DESCRIPTOR.idRule() + ".");
    }

    @Override
    public ApiRequest getRequest(Connection c, String webhookId) {
        return new ApiRequest(Origins.join(c.baseUrl(), "/hooks/" + Origins.encodeSegment(webhookId)), headers(c));
    }

    @Override
    public ApiRequest testRequest(Connection c) {
        return new ApiRequest(Origins.join(c.baseUrl(), "/hooks"), headers(c));
    }

    /** One unpaged answer, {"items": [...]} of whole webhooks. */
    @Override
    public ApiRequest listRequest(Connection c, String cursor) {
        return new ApiRequest(Origins.join(c.baseUrl(), "/hooks?all=1"), headers(c));
    }

    @Override
    public WebhookPage toPage(JsonNode body) {
        return WebhookPage.last(Pages.webhooks(Pages.array(body, "items"), "id"), WebhookPage.TOTAL_UNKNOWN);
    }

    private static List<Header> headers(Connection c) {
        return List.of(Header.secret("Authorization", "Bearer " + c.key().reveal()), Header.plain("X-Region", c.option("region")));
    }

    @Override
    public Snapshot toSnapshot(String requestedId, JsonNode body) {
        boolean failing = "failing".equals(JsonFields.text(body, "state"));
        List<Failure> failures = failing
                ? List.of(new Failure(JsonFields.instant(body, "lastAttemptAt"), JsonFields.text(body, "lastError"), 500)) : List.of();
        return new Snapshot(id(), requestedId, JsonFields.text(body, "name"), JsonFields.text(body, "target"), JsonFields.text(body, "state"),
                failing ? Verdict.FAILING : Verdict.HEALTHY, failing ? "HookRelay says the target keeps failing" : "HookRelay says all is well",
                JsonFields.strings(body, "triggers"), null, null, null, List.of(), failures, true, List.of(), false, null, Map.of(),
                List.of(), body);
    }

    @Override
    public Optional<String> errorMessage(int status, String body) {
        return Optional.empty();
    }
}
