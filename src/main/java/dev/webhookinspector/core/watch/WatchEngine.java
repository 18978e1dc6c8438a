package dev.webhookinspector.core.watch;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.notify.VerdictWatch;
import dev.webhookinspector.core.notify.WebhookKey;
import dev.webhookinspector.core.problem.Problem;
import dev.webhookinspector.core.problem.ProblemKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * Refreshes a set of targets (whole profiles, single webhooks) every interval, with jitter, and tells a
 * {@link WatchListener} what it finds: each webhook, each problem, and the notifications {@link VerdictWatch} decides.
 *
 * <p>Each target has at most one timer and at most one fetch in flight, so a webhook is never fetched twice at
 * once. A provider origin that asks us to wait (Retry-After, an exhausted rate-limit window) or cannot be reached
 * holds back every target on it ({@link OriginGate}). A timer that fires far later on the wall clock than it was set
 * for means the machine slept: every target is refreshed once, not once per missed interval.
 *
 * <p>Threads: {@link #start()} returns at once; fetches run on the scheduler's threads. {@link #runOnce()} fetches
 * every target on the caller's thread and returns when all are done. Both report through the same listener.
 */
public final class WatchEngine implements AutoCloseable {
    private final List<Slot> slots;
    private final WatchSettings settings;
    private final TargetFetch fetch;
    private final VerdictWatch verdicts;
    private final WatchListener listener;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Jitter jitter;
    private final OriginGate gate = new OriginGate();
    private final Map<WebhookKey, Verdict> lastVerdict = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private Instant lastWake = Instant.MIN;

    public WatchEngine(List<WatchTarget> targets, WatchSettings settings, TargetFetch fetch, VerdictWatch verdicts,
                       WatchListener listener, Clock clock, Scheduler scheduler, RandomGenerator random) {
        this.slots = targets.stream().map(Slot::new).toList();
        this.settings = Objects.requireNonNull(settings);
        this.fetch = Objects.requireNonNull(fetch);
        this.verdicts = Objects.requireNonNull(verdicts);
        this.listener = Objects.requireNonNull(listener);
        this.clock = Objects.requireNonNull(clock);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.jitter = new Jitter(settings.jitter(), random);
    }

    /** With the system clock, background threads and a random jitter. */
    public WatchEngine(List<WatchTarget> targets, WatchSettings settings, TargetFetch fetch, VerdictWatch verdicts, WatchListener listener) {
        this(targets, settings, fetch, verdicts, listener, Clock.systemUTC(), Scheduler.background(), RandomGenerator.getDefault());
    }

    public List<WatchTarget> targets() {
        return slots.stream().map(s -> s.target).toList();
    }

    public WatchSettings settings() {
        return settings;
    }

    /** Fetches every target now, then each again every interval. Returns at once. */
    public void start() {
        for (Slot s : slots) s.schedule(Duration.ZERO);
    }

    /** Fetches every target as soon as its origin allows (a user's F5); a target being fetched is left to finish. */
    public void refreshNow() {
        for (Slot s : slots) s.schedule(Duration.ZERO);
    }

    /** Every target fetched once, one after another on this thread; ignores the origin gate, as a person asking would. */
    public void runOnce() {
        for (Slot s : slots) {
            if (closed) return;
            s.fetchIfIdle();
        }
    }

    /** Stops the timers; a fetch in flight ends by its deadline and reports nothing more. */
    @Override
    public void close() {
        closed = true;
        for (Slot s : slots) s.cancel();
        scheduler.close();
    }

    private void checkForWake(Duration late) {
        Instant now = clock.instant();
        synchronized (this) {
            if (!Wake.slept(late, settings.interval())) return;
            // Every target's timer was late by the same sleep: one wake, told once.
            if (Duration.between(lastWake, now).compareTo(settings.interval()) < 0) return;
            lastWake = now;
        }
        gate.forgiveMisses();
        listener.woke(late);
    }

    /** One target: its timer, whether it is being fetched, and how its last fetch went. */
    private final class Slot {
        final WatchTarget target;
        private Scheduler.Timer timer;
        private Instant expectedAt = Instant.MIN;
        private boolean running;
        private Problem lastProblem;
        /** The webhooks this target's last fetch gave, so a complete list tells which are gone. */
        private Set<WebhookKey> keys = Set.of();

        Slot(WatchTarget target) {
            this.target = Objects.requireNonNull(target);
        }

        synchronized void schedule(Duration delay) {
            if (closed) return;
            if (timer != null) timer.cancel();
            expectedAt = clock.instant().plus(delay);
            timer = scheduler.schedule(delay, this::tick);
        }

        synchronized void cancel() {
            if (timer != null) timer.cancel();
            timer = null;
        }

        private void tick() {
            if (closed) return;
            Instant now = clock.instant();
            Instant expected;
            synchronized (this) {
                expected = expectedAt;
                timer = null;
            }
            checkForWake(Duration.between(expected, now));
            Instant openAt = gate.openAt(target.origin());
            if (openAt.isAfter(now)) {
                schedule(jitter.after(Duration.between(now, openAt)));
                return;
            }
            if (fetchIfIdle()) schedule(jitter.apply(settings.interval()));
        }

        /** @return false when a fetch of this target was already running, so this one did not happen */
        boolean fetchIfIdle() {
            synchronized (this) {
                if (running) return false;
                running = true;
            }
            try {
                report(fetch.fetch(target, () -> closed));
            } finally {
                synchronized (this) {
                    running = false;
                }
            }
            return true;
        }

        private void report(TargetFetch.Outcome outcome) {
            if (closed) return;
            Duration wait = Duration.ZERO;
            Set<WebhookKey> now = new HashSet<>();
            Set<WebhookKey> listedBefore;
            synchronized (this) {
                listedBefore = keys;
            }
            for (FetchResult r : outcome.webhooks()) {
                WebhookKey key = WebhookKey.of(target.profile(), r.snapshot());
                now.add(key);
                Optional<Verdict> before = Optional.ofNullable(lastVerdict.put(key, r.snapshot().verdict()));
                boolean appeared = !listedBefore.isEmpty() && !listedBefore.contains(key);
                listener.fetched(new WebhookUpdate(target, key, r, before, appeared));
                verdicts.observe(key, r.snapshot()).ifPresent(listener::notify);
                if (r.waitBeforeNext().compareTo(wait) > 0) wait = r.waitBeforeNext();
            }
            forgetGone(now, outcome);
            Instant at = clock.instant();
            if (outcome.problem().isPresent()) {
                Problem p = outcome.problem().get();
                Problem was;
                synchronized (this) {
                    was = lastProblem;
                    lastProblem = p;
                }
                boolean repeated = was != null && was.kind() == p.kind() && was.summary().equals(p.summary());
                if (p.kind() != ProblemKind.CANCELLED) listener.failed(target, p, repeated);
                backOff(p, at);
            } else {
                Problem was;
                synchronized (this) {
                    was = lastProblem;
                    lastProblem = null;
                }
                gate.reached(target.origin());
                if (was != null) listener.recovered(target, was);
            }
            if (!wait.isZero()) {
                gate.askedToWait(target.origin(), at, wait);
                listener.backingOff(target.origin(), wait, Problem.of(ProblemKind.RATE_LIMITED, "The rate-limit window is used up"));
            }
        }

        /** Only a list that reached its end says a webhook is gone; a failed or partial one says nothing. */
        private void forgetGone(Set<WebhookKey> now, TargetFetch.Outcome outcome) {
            if (!(target instanceof WatchTarget.Account) || outcome.problem().isPresent()) return;
            Set<WebhookKey> before;
            synchronized (this) {
                before = keys;
                keys = Set.copyOf(now);
            }
            for (WebhookKey gone : before) {
                if (now.contains(gone)) continue;
                lastVerdict.remove(gone);
                verdicts.forget(gone);
                listener.removed(target, gone);
            }
        }

        private void backOff(Problem p, Instant now) {
            String origin = target.origin();
            if (!p.waitBeforeNext().isZero()) {
                gate.askedToWait(origin, now, p.waitBeforeNext());
                listener.backingOff(origin, p.waitBeforeNext(), p);
            } else if (isUnreachable(p)) {
                listener.backingOff(origin, gate.missed(origin, now), p);
            }
        }
    }

    /** Offline, or a provider that keeps limiting without saying for how long: wait longer each time. */
    static boolean isUnreachable(Problem p) {
        return switch (p.kind()) {
            case NETWORK, TIMEOUT, RATE_LIMITED -> true;
            case SERVER_ERROR -> p.httpStatus() == 503;
            default -> false;
        };
    }

    /** Every webhook seen so far with its latest verdict; for a summary such as {@code watch --once}'s. */
    public Map<WebhookKey, Verdict> verdicts() {
        return Map.copyOf(lastVerdict);
    }
}
