package dev.webhookinspector.core.notify;

import dev.webhookinspector.core.model.FailureGroup;
import dev.webhookinspector.core.model.FailureKind;
import dev.webhookinspector.core.model.Redactor;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.core.text.SafeText;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Decides whether a new snapshot of a watched webhook deserves a notification, and words it. The watch
 * on the command line and the board in the window both ask here, so they notify alike. {@link VerdictWatch}
 * keeps the previous state per webhook and the mutes; this class is the rule itself.
 */
public final class Notifications {
    static final int MAX_NAME = 80;
    static final int MAX_REASON = 300;

    private Notifications() {}

    /**
     * The notification due when {@code current} follows {@code previous}, or empty when nothing a user
     * must hear about changed. Both are snapshots of the same webhook.
     */
    public static Optional<Notification> decide(WebhookKey key, Snapshot previous, Snapshot current) {
        requireSame(key, previous);
        requireSame(key, current);
        return decide(key, Seen.of(previous), current);
    }

    static Optional<Notification> decide(WebhookKey key, Seen previous, Snapshot current) {
        requireSame(key, current);
        Verdict before = previous.verdict();
        Verdict now = current.verdict();
        List<FailureKind> newKinds = List.of();
        Change change;
        if (now == before) {
            newKinds = kinds(current).stream().filter(k -> !previous.kinds().contains(k)).toList();
            if (newKinds.isEmpty()) return Optional.empty();
            change = Change.NEW_FAILURE_KIND;
        } else {
            change = switch (now) {
                case FAILING -> Change.FAILING;
                case DISABLED -> Change.DISABLED;
                case PAUSED -> Change.PAUSED;
                // Healthy after never delivering, or after a status this version did not know, is no news.
                case HEALTHY -> before.isUnhealthy() ? Change.RECOVERED : null;
                case NO_DELIVERIES, UNKNOWN -> null;
            };
            if (change == null) return Optional.empty();
        }
        return Optional.of(word(key, change, current, newKinds));
    }

    /** The failure kinds in a snapshot, grouped as the inspector groups them: biggest group first. */
    static List<FailureKind> kinds(Snapshot s) {
        return FailureGroup.of(s.failures()).stream().map(FailureGroup::kind).toList();
    }

    private static Notification word(WebhookKey key, Change change, Snapshot s, List<FailureKind> newKinds) {
        UnaryOperator<String> clean = cleaner(s);
        String provider = Providers.byId(s.provider()).map(Provider::displayName).orElse(s.provider().value());
        String id = clip(clean.apply(s.id()), MAX_NAME);
        String subject = s.name() == null || s.name().isBlank() ? provider + " webhook " + id : clip(clean.apply(s.name().strip()), MAX_NAME);
        String title = switch (change) {
            case FAILING -> subject + " is failing";
            case RECOVERED -> subject + " is healthy again";
            case DISABLED -> subject + " was disabled by " + provider;
            case PAUSED -> subject + " was paused";
            case NEW_FAILURE_KIND -> subject + ": a new kind of failure";
        };
        String reason = sentence(clip(clean.apply(s.reason().strip()), MAX_REASON));
        String what = change == Change.NEW_FAILURE_KIND
                ? (newKinds.size() == 1 ? "New kind of failure: " : "New kinds of failure: ")
                        + newKinds.stream().map(FailureKind::label).collect(Collectors.joining(", ")) + ". " + reason
                : reason;
        List<String> which = new ArrayList<>();
        which.add(provider);
        if (!key.profile().isBlank()) which.add("profile " + clip(clean.apply(key.profile()), MAX_NAME));
        which.add("ID " + id);
        host(s.url()).map(clean).ifPresent(which::add);
        return new Notification(key, change, s.verdict(), title, (what + "\n" + String.join(" · ", which)).strip(), newKinds);
    }

    /**
     * Every known secret masked and every control character made visible: a name or a reason comes from the
     * server, and a notification is no place for a key or for text that rewrites itself.
     */
    private static UnaryOperator<String> cleaner(Snapshot s) {
        Redactor redactor = Redactor.of(s.secrets());
        return text -> SafeText.terminal(redactor.apply(text));
    }

    /** Only the host: a URL's user info, path and query can carry tokens. */
    static Optional<String> host(String url) {
        if (url == null || url.isBlank()) return Optional.empty();
        try {
            return Optional.ofNullable(URI.create(url.strip()).getHost());
        } catch (IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
    }

    private static String sentence(String s) {
        if (s.isEmpty()) return s;
        return s.endsWith(".") || s.endsWith("…") ? s : s + ".";
    }

    static void requireSame(WebhookKey key, Snapshot s) {
        if (!key.provider().equals(s.provider()) || !key.webhookId().equals(s.id())) {
            throw new IllegalArgumentException("A snapshot of " + s.provider() + " webhook " + s.id() + " is not one of " + key);
        }
    }

    /**
     * What is remembered of a webhook between two looks: its verdict, and the failure kinds seen since the
     * verdict last changed, so a kind that comes and goes while the webhook keeps failing is told once.
     */
    record Seen(Verdict verdict, Set<FailureKind> kinds) {
        Seen {
            kinds = Set.copyOf(kinds);
        }

        static Seen of(Snapshot s) {
            return new Seen(s.verdict(), new LinkedHashSet<>(Notifications.kinds(s)));
        }

        Seen then(Snapshot next) {
            if (next.verdict() != verdict) return of(next);
            Set<FailureKind> all = new LinkedHashSet<>(kinds);
            all.addAll(Notifications.kinds(next));
            return new Seen(verdict, all);
        }
    }
}
