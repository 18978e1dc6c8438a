package dev.webhookinspector.core.http;

import dev.webhookinspector.core.problem.Problem;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.problem.Remedy;
import java.util.List;
import java.util.Objects;

/**
 * Why a fetch did not give a snapshot, as a {@link Problem}. The message is the problem's summary; it
 * never contains the API key.
 */
public final class FetchException extends Exception {
    private final Problem problem;

    public FetchException(Problem problem) {
        this(problem, null);
    }

    public FetchException(Problem problem, Throwable cause) {
        super(Objects.requireNonNull(problem).summary(), cause);
        this.problem = problem;
    }

    public FetchException(ProblemKind kind, String summary, Remedy... remedies) {
        this(Problem.of(kind, summary, remedies));
    }

    public FetchException(ProblemKind kind, String summary, String detail, int httpStatus, Throwable cause, Remedy... remedies) {
        this(new Problem(kind, summary, detail, httpStatus, List.of(remedies)), cause);
    }

    public Problem problem() { return problem; }

    public ProblemKind kind() { return problem.kind(); }

    /** The HTTP status of the answer that failed, or 0 when no answer came. */
    public int httpStatus() { return problem.httpStatus(); }
}
