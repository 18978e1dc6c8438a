package dev.webhookinspector.core.problem;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Why something the user asked for did not happen, as data: the front ends put it into words, the command
 * line with flags, the window with buttons, and the command line picks its exit code from {@link #kind}.
 *
 * @param summary what went wrong, one sentence ending in a full stop, with no advice in it
 * @param detail the provider's own words, or the underlying error, quoted as given; empty when there are none
 * @param httpStatus the status of the answer that failed, or 0 when no answer came
 * @param remedies what the user can do, most useful first
 * @param waitBeforeNext how long the provider asked us to wait before asking again (429 or 503 with Retry-After, an
 *        exhausted rate-limit window); zero when it asked nothing. A watch spaces its requests by it.
 */
public record Problem(ProblemKind kind, String summary, String detail, int httpStatus, List<Remedy> remedies, Duration waitBeforeNext) {
    public Problem {
        Objects.requireNonNull(kind);
        summary = sentence(summary == null || summary.isBlank() ? kind.title() : summary);
        detail = detail == null ? "" : detail;
        remedies = List.copyOf(remedies);
        waitBeforeNext = waitBeforeNext == null || waitBeforeNext.isNegative() ? Duration.ZERO : waitBeforeNext;
    }

    public Problem(ProblemKind kind, String summary, String detail, int httpStatus, List<Remedy> remedies) {
        this(kind, summary, detail, httpStatus, remedies, Duration.ZERO);
    }

    public static Problem of(ProblemKind kind, String summary, Remedy... remedies) {
        return new Problem(kind, summary, "", 0, List.of(remedies));
    }

    public Problem withRemedies(Remedy... more) {
        return new Problem(kind, summary, detail, httpStatus, List.of(more), waitBeforeNext);
    }

    public Problem withWaitBeforeNext(Duration wait) {
        return new Problem(kind, summary, detail, httpStatus, remedies, wait);
    }

    private static String sentence(String s) {
        String t = s.strip();
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }
}
