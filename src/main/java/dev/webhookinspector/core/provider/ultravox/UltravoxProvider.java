package dev.webhookinspector.core.provider.ultravox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.provider.ApiRequest;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.ProviderOption;
import java.net.URI;
import java.util.List;
import java.util.Optional;

public final class UltravoxProvider implements Provider {
    @Override public String id() { return "ultravox"; }
    @Override public String displayName() { return "Ultravox"; }
    @Override public URI defaultBaseUrl() { return URI.create("https://example.invalid"); }
    @Override public String idRule() { return ""; }
    @Override public Optional<String> checkId(String webhookId) { return Optional.empty(); }
    @Override public List<ProviderOption> options() { return List.of(); }
    @Override public ApiRequest getRequest(Connection connection, String webhookId) { throw new UnsupportedOperationException(); }
    @Override public ApiRequest testRequest(Connection connection) { throw new UnsupportedOperationException(); }
    @Override public Snapshot toSnapshot(JsonNode body) { throw new UnsupportedOperationException(); }
    @Override public Optional<String> errorMessage(int status, String body) { return Optional.empty(); }
}
