package dev.webhookinspector.cli;

import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.list.WebhookLister;
import dev.webhookinspector.core.notify.Mutes;
import dev.webhookinspector.core.notify.Notifier;
import dev.webhookinspector.core.notify.VerdictWatch;
import dev.webhookinspector.core.problem.ExitCode;
import dev.webhookinspector.core.problem.Problem;
import dev.webhookinspector.core.profile.ProfileException;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.text.SafeText;
import dev.webhookinspector.core.watch.TargetFetch;
import dev.webhookinspector.core.watch.WatchEngine;
import dev.webhookinspector.core.watch.WatchListener;
import dev.webhookinspector.core.watch.WatchSettings;
import dev.webhookinspector.core.watch.WatchTarget;
import dev.webhookinspector.core.watch.WebhookUpdate;
import dev.webhookinspector.metrics.MetricsEndpoint;
import dev.webhookinspector.metrics.WatchMetrics;
import dev.webhookinspector.notify.Notifiers;
import java.io.IOException;
import java.net.BindException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** {@code watch}: refreshes profiles (or webhooks) on an interval and prints each verdict change; or, with --once, the state. */
final class WatchCommand implements Command {
    private static final Set<String> FLAGS = Set.of("all", "once", "notify");
    private final Supplier<Notifier> desktop;

    WatchCommand() {
        this(Notifiers::forThisDesktop);
    }

    /** @param desktop the notifier {@code --notify} uses; tests pass a recording one */
    WatchCommand(Supplier<Notifier> desktop) {
        this.desktop = desktop;
    }

    @Override public String name() { return "watch"; }

    @Override public String summary() { return "refresh profiles on an interval; print, notify and export verdict changes"; }

    @Override
    public String usage() {
        return """
                Usage: webhook-inspector watch [--profile NAME ... | --all] [options]
                       webhook-inspector watch [ID ...] (--provider %s | --profile NAME) [options]

                Lists every webhook of each profile (or fetches the IDs given) every interval and prints a
                line when a verdict changes: time, provider, profile, webhook, old -> new verdict and why.
                A profile that cannot be fetched gets a line on stderr, and another when it can again.
                Waits longer when a provider asks (429 or 503 with Retry-After, an exhausted rate-limit
                window) or cannot be reached, and refreshes once after this computer wakes from sleep.
                Runs until Ctrl+C (exit %d).

                Options:
                  --profile NAME         a saved profile; repeat it to watch several
                  --all                  every saved profile (one that cannot be used is skipped, and said)
                  --interval SECONDS     time between refreshes (default %d, at least %d); each wait
                                         varies by up to %d%% so watchers do not run in step
                  --once                 fetch everything once, print each webhook's verdict and exit:
                                         0 when none is %s, 8 when one is,
                                         or the problem's code when nothing could be fetched
                  --notify               also show each change as a desktop notification
                  --metrics-port N       serve Prometheus metrics on http://127.0.0.1:N/metrics
                  --metrics-host HOST    serve them on HOST instead of loopback (other machines can
                                         then read your profile and webhook names); says so on stderr
                  --timeout SECONDS      a deadline for each request (default %s)
                %s
                %s""".formatted(dev.webhookinspector.core.provider.Providers.ids(), ExitCode.CANCELLED.code(),
                WatchSettings.DEFAULT_INTERVAL.toSeconds(), WatchSettings.MIN_INTERVAL.toSeconds(), Math.round(WatchSettings.DEFAULT_JITTER * 100),
                GetCommand.verdicts(true), Formats.seconds(Connection.DEFAULT_TIMEOUT), ConnectionArgs.help(), ExitCodeText.table());
    }

    @Override
    public int run(List<String> rawArgs, CliContext ctx) throws UsageException, ProfileException, FetchException {
        Args args = Args.parse(rawArgs, ConnectionArgs.valued("interval", "metrics-port", "metrics-host"), FLAGS);
        WatchSettings settings = WatchSettings.every(interval(args));
        Optional<Integer> metricsPort = metricsPort(args);
        String metricsHost = args.value("metrics-host").orElse(MetricsEndpoint.LOOPBACK);
        if (args.value("metrics-host").isPresent() && metricsPort.isEmpty()) {
            throw new UsageException("--metrics-host needs --metrics-port N: it says where the metrics are served.");
        }
        if (args.flag("once") && metricsPort.isPresent()) {
            throw new UsageException("--metrics-port serves metrics while watching; with --once there is nothing to scrape. Drop one of them.");
        }
        List<WatchTarget> targets = WatchTargets.resolve(args, ctx, name());
        Optional<Notifier> notifier = args.flag("notify") ? Optional.of(desktop.get()) : Optional.empty();
        notifier.ifPresent(n -> {
            n.onUnavailable(why -> ctx.err().println("webhook-inspector watch: " + SafeText.terminal(why)));
            n.prepare();
        });
        WatchPrinter printer = new WatchPrinter(ctx.out(), ctx.err(), Clock.systemUTC(), args.flag("once"), notifier);
        try {
            return args.flag("once") ? once(targets, settings, printer) : watch(targets, settings, printer, metricsHost, metricsPort, ctx);
        } finally {
            notifier.ifPresent(Notifier::close);
        }
    }

    private static int once(List<WatchTarget> targets, WatchSettings settings, WatchPrinter printer) throws FetchException {
        try (WatchEngine engine = engine(targets, settings, printer)) {
            engine.runOnce();
        }
        List<WebhookUpdate> fetched = printer.fetchedSoFar();
        List<Problem> problems = printer.problemsSoFar();
        if (fetched.isEmpty() && !problems.isEmpty()) throw new FetchException(problems.getFirst());
        if (fetched.stream().anyMatch(u -> u.verdict().isUnhealthy())) return ExitCode.UNHEALTHY.code();
        // Some webhooks fine, a profile not fetched: not "all healthy", and the problem says why.
        return problems.isEmpty() ? ExitCode.OK.code() : ExitCode.of(problems.getFirst().kind()).code();
    }

    private int watch(List<WatchTarget> targets, WatchSettings settings, WatchPrinter printer, String host, Optional<Integer> port,
                      CliContext ctx) throws FetchException {
        WatchMetrics metrics = new WatchMetrics();
        MetricsEndpoint endpoint = null;
        if (port.isPresent()) {
            endpoint = startMetrics(metrics, host, port.get());
            if (!MetricsEndpoint.isLoopback(host)) {
                ctx.err().println("webhook-inspector watch: warning: metrics are served on " + SafeText.terminal(host) + ":" + endpoint.port()
                        + ", beyond this computer: anyone who can reach it reads your profile and webhook names.");
            }
            ctx.err().println("Metrics: http://" + SafeText.terminal(host.contains(":") ? "[" + host + "]" : host) + ":" + endpoint.port() + "/metrics");
        }
        ctx.err().println("Watching " + describe(targets) + " every " + Formats.seconds(settings.interval()) + ". Press Ctrl+C to stop.");
        ctx.err().flush();
        WatchEngine engine = engine(targets, settings, WatchListener.all(printer, metrics));
        try {
            return untilStopped(engine, endpoint, ctx);
        } finally {
            engine.close();
            if (endpoint != null) endpoint.close();
        }
    }

    private static WatchEngine engine(List<WatchTarget> targets, WatchSettings settings, WatchListener listener) {
        // The command line keeps no mutes: muting is the window's, where a click can undo it.
        return new WatchEngine(targets, settings, new TargetFetch(new WebhookLister(), new HttpWebhookFetcher()), new VerdictWatch(new Mutes()),
                listener);
    }

    /** Ctrl+C runs the shutdown hook, which ends the wait; an interrupt (an in-process caller) ends it too. */
    private static int untilStopped(WatchEngine engine, MetricsEndpoint endpoint, CliContext ctx) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            engine.close();
            if (endpoint != null) endpoint.close();
            ctx.err().println("Watch stopped.");
            ctx.err().flush();
            stopped.countDown();
        }, "watch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        engine.start();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is exiting already; the hook says goodbye.
            }
            ctx.err().println("Watch stopped.");
            Thread.currentThread().interrupt();
        }
        return ExitCode.CANCELLED.code();
    }

    private static MetricsEndpoint startMetrics(WatchMetrics metrics, String host, int port) throws FetchException {
        try {
            return MetricsEndpoint.start(metrics, host, port);
        } catch (BindException e) {
            throw new FetchException(Problem.of(dev.webhookinspector.core.problem.ProblemKind.LOCAL_FAILURE, "Port " + port + " on "
                    + SafeText.terminal(host) + " is already in use or not this computer's; pick another with --metrics-port N"));
        } catch (IOException e) {
            throw new FetchException(Problem.of(dev.webhookinspector.core.problem.ProblemKind.LOCAL_FAILURE, "Metrics could not be served on "
                    + SafeText.terminal(host) + ":" + port + " (" + SafeText.terminal(String.valueOf(e.getMessage())) + ")"));
        }
    }

    private static Duration interval(Args args) throws UsageException {
        Optional<String> v = args.value("interval");
        if (v.isEmpty()) return WatchSettings.DEFAULT_INTERVAL;
        Duration d;
        try {
            double seconds = Double.parseDouble(v.get().strip());
            if (!Double.isFinite(seconds) || seconds > 86_400) throw new NumberFormatException();
            d = Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException e) {
            throw new UsageException("--interval must be a number of seconds from " + WatchSettings.MIN_INTERVAL.toSeconds()
                    + " to 86400, not \"" + SafeText.terminal(v.get()) + "\".");
        }
        Optional<String> why = WatchSettings.check(d);
        if (why.isPresent()) throw new UsageException(why.get());
        return d;
    }

    private static Optional<Integer> metricsPort(Args args) throws UsageException {
        Optional<String> v = args.value("metrics-port");
        if (v.isEmpty()) return Optional.empty();
        try {
            int port = Integer.parseInt(v.get().strip());
            if (port >= 0 && port <= 65535) return Optional.of(port);
        } catch (NumberFormatException e) {
            // The same message as a number out of range.
        }
        throw new UsageException("--metrics-port must be a number from 0 to 65535 (0 picks any free port), not \"" + SafeText.terminal(v.get()) + "\".");
    }

    /** "2 profiles (prod, staging)", "1 webhook". */
    private static String describe(List<WatchTarget> targets) {
        long profiles = targets.stream().filter(t -> t instanceof WatchTarget.Account).count();
        long webhooks = targets.size() - profiles;
        List<String> parts = new ArrayList<>();
        if (profiles > 0) parts.add(Formats.plural(profiles, "profile"));
        if (webhooks > 0) parts.add(Formats.plural(webhooks, "webhook"));
        return String.join(" and ", parts);
    }
}
