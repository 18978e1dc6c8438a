package dev.webhookinspector.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A task runner the test drives: work waits until the test completes or fails it, in the order the
 * test picks, so cancelling and late answers are tested without threads or clocks. A cancelled job's
 * answer can still be delivered on purpose: FxTaskRunner does the same when the work had finished just
 * before {@code cancel()}, and that late answer is what a command must drop.
 */
public final class ManualTaskRunner implements TaskRunner {
    /** One piece of work waiting for the test. */
    public static final class Pending<T> implements Job {
        private final Work<T> work;
        private final Consumer<? super T> onSuccess;
        private final Consumer<? super Exception> onFailure;
        private final ManualTaskRunner runner;
        private boolean cancelled;

        private Pending(ManualTaskRunner runner, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            this.runner = runner;
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        /** Runs the work now, on this thread, and delivers its result or what it threw. */
        public void complete() {
            runner.waiting.remove(this);
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }

        /** Delivers {@code error} as the work's failure, without running it. */
        public void fail(Exception error) {
            runner.waiting.remove(this);
            onFailure.accept(error);
        }

        /** Whether the command asked to stop this work (and would have interrupted its thread). */
        public boolean cancelled() { return cancelled; }

        @Override public void cancel() { cancelled = true; }
    }

    private final List<Pending<?>> waiting = new ArrayList<>();

    @Override public <T> Job run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        Pending<T> p = new Pending<>(this, work, onSuccess, onFailure);
        waiting.add(p);
        return p;
    }

    /** How many pieces of work wait. */
    public int waiting() { return waiting.size(); }

    /** The {@code i}-th waiting piece of work, oldest first. */
    public Pending<?> job(int i) { return waiting.get(i); }

    public void completeNext() { waiting.getFirst().complete(); }

    public void failNext(Exception error) { waiting.getFirst().fail(error); }

    /** Completes everything that waits, including work started meanwhile. */
    public void completeAll() {
        while (!waiting.isEmpty()) completeNext();
    }
}
