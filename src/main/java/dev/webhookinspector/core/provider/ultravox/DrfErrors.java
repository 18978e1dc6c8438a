package dev.webhookinspector.core.provider.ultravox;

import dev.webhookinspector.core.provider.ErrorBodies;
import java.util.Optional;

/** Django REST Framework error bodies: {"detail": "..."}; 5xx may be HTML or plain text instead. */
final class DrfErrors {
    private DrfErrors() {}

    static Optional<String> detail(String body) {
        return ErrorBodies.json(body)
                .map(n -> n.hasNonNull("detail") ? n.get("detail").asText() : null)
                .or(() -> ErrorBodies.plainText(body));
    }
}
