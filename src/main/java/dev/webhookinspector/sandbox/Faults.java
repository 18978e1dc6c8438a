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
        Objects.requireNonNull(fault, "fault");
        if (times < 1) throw new IllegalArgumentException("times must be 1 or more, was " + times);
        pending.add(new Pending(fault, times));
    }

    public synchronized void clear() {
        pending.clear();
    }

    /** Takes the first fault that applies to a request for {@code providerId}, counting it down. */
    synchronized Optional<Fault> take(String providerId) {
        for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (!p.fault.appliesTo(providerId)) continue;
            if (p.remaining != Integer.MAX_VALUE && --p.remaining == 0) it.remove();
            return Optional.of(p.fault);
        }
        return Optional.empty();
    }

    private static final class Pending {
        final Fault fault;
        int remaining;

        Pending(Fault fault, int remaining) {
            this.fault = fault;
            this.remaining = remaining;
        }
    }
}
