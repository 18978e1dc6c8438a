package dev.webhookinspector.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The running work of one command, one job at a time. Cancelling, or starting again, makes the
 * earlier job stale: should its answer still arrive (a result that was ready just before
 * {@code cancel()} is delivered anyway), it goes to {@code onStale} and never to the command, so a
 * late answer cannot overwrite a newer one. A generation counter tells the jobs apart.
 */
public final class LatestJob {
    private final TaskRunner runner;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private TaskRunner.Job job;
    private long generation;

    public LatestJob(TaskRunner runner) {
        this.runner = runner;
    }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** What the running job does, for the progress veil; empty when idle. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /**
     * Runs {@code work}; exactly one of {@code onResult} and {@code onFailure} follows, unless the job
     * turns stale first. {@code onStale} receives a stale job's result, to release what it holds.
     */
    public <T> void start(String what, TaskRunner.Work<T> work, Consumer<? super T> onResult,
                          Consumer<? super Exception> onFailure, Consumer<? super T> onStale) {
        cancel();
        long gen = ++generation;
        running.set(true);
        message.set(what);
        TaskRunner.Job started = runner.run(work, result -> {
            if (gen != generation) {
                onStale.accept(result);
                return;
            }
            finish();
            onResult.accept(result);
        }, error -> {
            if (gen != generation) return;
            finish();
            onFailure.accept(error);
        });
        // A runner that answers at once has finished (and maybe started the next job) by now.
        if (gen == generation && running.get()) job = started;
    }

    /** Stops waiting for the running job and interrupts it; false when nothing was running. */
    public boolean cancel() {
        if (!running.get()) return false;
        generation++;
        if (job != null) job.cancel();
        finish();
        return true;
    }

    private void finish() {
        job = null;
        running.set(false);
        message.set("");
    }
}
