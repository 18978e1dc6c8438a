package dev.webhookinspector.ui.board;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.problem.Problem;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * One line of the board: a webhook as its profile's list loaded it, or a profile's problem (wrong key,
 * unreachable) standing where its webhooks would be. Exactly one of {@code result} and {@code problem} is set.
 */
public record BoardRow(ProfileChoice profile, FetchResult result, Problem problem) {
    /** Problems first, then the verdicts that need a person, then the rest; the board's default order. */
    public static final Comparator<BoardRow> FAILING_FIRST = Comparator.comparingInt(BoardRow::rank)
            .thenComparing(r -> r.lastFailure().orElse(Instant.MIN), Comparator.reverseOrder())
            .thenComparing(r -> r.profile().name().toLowerCase(Locale.ROOT))
            .thenComparing(r -> r.name().toLowerCase(Locale.ROOT));

    public BoardRow {
        if ((result == null) == (problem == null)) throw new IllegalArgumentException("a row is a webhook or a problem");
    }

    public static BoardRow of(ProfileChoice profile, FetchResult result) {
        return new BoardRow(profile, result, null);
    }

    public static BoardRow of(ProfileChoice profile, Problem problem) {
        return new BoardRow(profile, null, problem);
    }

    public Optional<Snapshot> snapshot() {
        return Optional.ofNullable(result).map(FetchResult::snapshot);
    }

    public Optional<Problem> profileProblem() {
        return Optional.ofNullable(problem);
    }

    /** Empty on a problem row. */
    public Optional<Verdict> verdict() {
        return snapshot().map(Snapshot::verdict);
    }

    /** The webhook's name, else its ID; empty on a problem row. */
    public String name() {
        return snapshot().map(Snapshot::title).orElse("");
    }

    /** The verdict's reason, or the problem's summary. */
    public String reason() {
        return problem != null ? problem.summary() : result.snapshot().reason();
    }

    public Optional<Instant> lastFailure() {
        return snapshot().flatMap(Snapshot::lastFailureAt);
    }

    /** Failures the provider reports in its window; -1 when it reports none at all (v0) or on a problem row. */
    public int failures() {
        return snapshot().filter(Snapshot::failuresReported).map(s -> s.failures().size()).orElse(-1);
    }

    public Optional<Instant> fetchedAt() {
        return Optional.ofNullable(result).map(FetchResult::fetchedAt);
    }

    /** 0 for a problem, then failing, disabled, paused, no deliveries, unknown, healthy. */
    public int rank() {
        if (problem != null) return 0;
        return switch (result.snapshot().verdict()) {
            case FAILING -> 1;
            case DISABLED -> 2;
            case PAUSED -> 3;
            case NO_DELIVERIES -> 4;
            case UNKNOWN -> 5;
            case HEALTHY -> 6;
        };
    }

    /** Whether {@code text} (lower case) appears in the name, ID, URL, profile, provider or reason. */
    public boolean matches(String text) {
        if (text.isEmpty()) return true;
        if (contains(profile.name(), text) || contains(profile.provider().displayName(), text) || contains(reason(), text)) return true;
        return snapshot().map(s -> contains(s.title(), text) || contains(s.id(), text) || contains(s.url(), text)).orElse(false);
    }

    private static boolean contains(String haystack, String lowerNeedle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(lowerNeedle);
    }
}
