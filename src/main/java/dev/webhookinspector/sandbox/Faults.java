package dev.webhookinspector.sandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The switchable faults of one {@link Sandbox}. Thread-safe: tests change them while requests run. */
public final class Faults {
    private final List<Pending> pending = new ArrayList<>();

    Faults() {}

    /**
     * Applies {@code fault} to the next {@code times} requests of its provider
     * ({@code Integer.MAX_VALUE}: until {@link #clear()}). Faults are consumed in the order added,
     * one per request.
     */
    public synchronized void add(Fault fault, int times) {
        addAfter(0, fault, times);
    }

    /**
     * Like {@link #add}, but lets the next {@code skip} requests of its provider through first: a list's third page
     * fails with {@code addAfter(2, fault, 1)}, its first two are served. Every request of the provider counts
     * towards {@code skip}, whether or not another fault answers it.
     */
    public synchronized void addAfter(int skip, Fault fault, int times) {
        Objects.requireNonNull(fault, "fault");
        if (skip < 0) throw new IllegalArgumentException("skip must be 0 or more, was " + skip);
        if (times < 1) throw new IllegalArgumentException("times must be 1 or more, was " + times);
        pending.add(new Pending(fault, skip, times));
    }

    public synchronized void clear() {
        pending.clear();
    }

    /** Takes the first due fault that applies to a request for {@code providerId}, counting it down. */
    synchronized Optional<Fault> take(String providerId) {
        Fault taken = null;
        for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (!p.fault.appliesTo(providerId)) continue;
            if (p.skip > 0) {
                p.skip--;
                continue;
            }
            if (taken != null) continue;
            taken = p.fault;
            if (p.remaining != Integer.MAX_VALUE && --p.remaining == 0) it.remove();
        }
        return Optional.ofNullable(taken);
    }

    private static final class Pending {
        final Fault fault;
        int skip;
        int remaining;

        Pending(Fault fault, int skip, int remaining) {
            this.fault = fault;
            this.skip = skip;
            this.remaining = remaining;
        }
    }
}
