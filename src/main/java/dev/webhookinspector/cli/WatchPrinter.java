package dev.webhookinspector.cli;

import dev.webhookinspector.core.notify.Notification;
import dev.webhookinspector.core.notify.Notifier;
import dev.webhookinspector.core.problem.Problem;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.watch.WatchListener;
import dev.webhookinspector.core.watch.WatchTarget;
import dev.webhookinspector.core.watch.WebhookUpdate;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code watch} prints as the engine reports: a line per verdict change on stdout, a line per new fetch problem
 * (and its end) on stderr, and notifications handed to the desktop's notifier when {@code --notify} asked for them.
 * With {@code --once} it prints every webhook's state instead of changes. Calls come from several threads at once.
 */
final class WatchPrinter implements WatchListener {
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final boolean once;
    private final Optional<Notifier> notifier;
    private final List<WebhookUpdate> seen = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    WatchPrinter(PrintStream out, PrintStream err, Clock clock, boolean once, Optional<Notifier> notifier) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.once = once;
        this.notifier = notifier;
    }

    @Override
    public synchronized void fetched(WebhookUpdate u) {
        seen.add(u);
        if (once) out.println(WatchText.state(clock.instant(), u));
        else if (u.verdictChanged() || u.appeared()) out.println(WatchText.change(clock.instant(), u));
        out.flush();
    }

    @Override
    public synchronized void failed(WatchTarget target, Problem problem, boolean repeated) {
        problems.add(problem);
        if (!repeated) err.println(WatchText.failed(clock.instant(), target, problem));
        err.flush();
    }

    @Override
    public synchronized void recovered(WatchTarget target, Problem was) {
        err.println(WatchText.recovered(clock.instant(), target));
        err.flush();
    }

    @Override
    public void notify(Notification notification) {
        notifier.ifPresent(n -> n.show(notification));
    }

    @Override
    public synchronized void woke(Duration gap) {
        java.time.Instant now = clock.instant();
        err.println(Formats.absolute(now, Formats.UTC) + "  woke from sleep (the last refresh was due " + Formats.relative(now.minus(gap), now)
                + "); refreshing everything once");
        err.flush();
    }

    synchronized List<WebhookUpdate> fetchedSoFar() {
        return List.copyOf(seen);
    }

    synchronized List<Problem> problemsSoFar() {
        return List.copyOf(problems);
    }
}
