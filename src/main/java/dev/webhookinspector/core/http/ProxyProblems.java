package dev.webhookinspector.core.http;

import dev.webhookinspector.core.problem.Problem;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.problem.Remedy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Names the proxy when a request through one fails: "connection refused" is about the proxy then, not the
 * provider, and a 407 is the proxy asking for a password, not the provider refusing the request.
 */
public final class ProxyProblems {
    private ProxyProblems() {}

    /** Refuses, before anything is sent, a request whose proxy setting cannot be used. */
    public static void refuseUnusable(Network network, URI url) throws FetchException {
        Optional<String> why = network.refusal(url);
        if (why.isPresent()) throw new FetchException(ProblemKind.INVALID_INPUT, why.get(), Remedy.CHECK_PROXY);
    }

    /** {@code e} reworded when a request to {@code url} went through a proxy and could not get through it. */
    public static FetchException explain(FetchException e, Network network, URI url) {
        Optional<String> proxy = network.describeProxyFor(url);
        if (proxy.isEmpty() || e.kind() != ProblemKind.NETWORK) return e;
        Problem p = e.problem();
        // "the connection was refused", "the host name is unknown": said of the provider, but true of the proxy.
        String why = p.detail().isEmpty() ? p.summary().substring(p.summary().lastIndexOf(": ") + 1).strip() : p.detail();
        while (why.endsWith(".")) why = why.substring(0, why.length() - 1);
        List<Remedy> remedies = new ArrayList<>(List.of(Remedy.CHECK_PROXY));
        p.remedies().stream().filter(r -> !remedies.contains(r)).forEach(remedies::add);
        return new FetchException(new Problem(ProblemKind.NETWORK, "Could not reach " + url.getRawAuthority() + " through " + proxy.get(),
                why, 0, remedies), e.getCause());
    }

    /** A 407 through a proxy: the proxy wants credentials, which are never sent. */
    public static void check(Reply reply, Network network) throws FetchException {
        Optional<String> proxy = network.describeProxyFor(reply.request().url());
        if (reply.status() != 407 || proxy.isEmpty()) return;
        throw new FetchException(ProblemKind.NETWORK, proxy.get().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + proxy.get().substring(1)
                + " asks for a user name and password (HTTP 407); Webhook Inspector does not send proxy passwords", "", 407, null,
                Remedy.CHECK_PROXY);
    }
}
