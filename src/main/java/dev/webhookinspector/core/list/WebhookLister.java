package dev.webhookinspector.core.list;

import com.fasterxml.jackson.databind.JsonNode;
import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.ProviderCalls;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.http.Origins;
import dev.webhookinspector.core.http.RateLimits;
import dev.webhookinspector.core.http.Reply;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.problem.Problem;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.problem.Remedy;
import dev.webhookinspector.core.provider.ApiRequest;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.PageItem;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.WebhookPage;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.text.SafeText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * Lists every webhook of an account, page by page, through the same calls a get makes: the same key, proxy,
 * deadline (per request), retries and error wording. Each webhook becomes the snapshot a get would give. A list
 * whose items carry no details (v0) has each one fetched by ID, a few at a time.
 *
 * <p>Blocking: run it off the UI thread. It stops between pages (and between detail fetches) once
 * {@code cancelled} says so, and at once when its thread is interrupted.
 */
public final class WebhookLister {
    /** Enough for any account a person browses, and a bound on what one list costs in memory and requests. */
    public static final int MAX_WEBHOOKS = 10_000;
    /** v0 fetches: enough to hide the latency of one request each, far below any provider's rate limit. */
    public static final int DETAIL_CONCURRENCY = 4;
    /** Empty pages that still name a next page, in a row, before the list is taken to be going round in circles. */
    static final int MAX_EMPTY_PAGES = 10;

    private final ProviderCalls calls;
    private final HttpWebhookFetcher fetcher;
    private final int cap;

    public WebhookLister() {
        this(new ProviderCalls(), MAX_WEBHOOKS);
    }

    /** @param cap the most webhooks one list loads; tests pass a small one */
    public WebhookLister(ProviderCalls calls, int cap) {
        if (cap < 1) throw new IllegalArgumentException("cap must be 1 or more, was " + cap);
        this.calls = Objects.requireNonNull(calls);
        this.fetcher = new HttpWebhookFetcher(calls);
        this.cap = cap;
    }

    public WebhookList list(Connection connection) {
        return list(connection, () -> false, ListListener.NONE);
    }

    /**
     * Never throws for a problem: a list that could not finish returns what it loaded and the problem
     * ({@link WebhookList#problem}). When nothing was loaded the problem reads as a get's would.
     */
    public WebhookList list(Connection connection, BooleanSupplier cancelled, ListListener listener) {
        return new Walk(connection, cancelled, listener).run();
    }

    /** One list in progress: what it loaded so far, and where it is, for the message should it stop. */
    private final class Walk {
        private final Connection connection;
        private final Provider provider;
        private final BooleanSupplier cancelled;
        private final ListListener listener;
        private final List<FetchResult> loaded = new ArrayList<>();
        private int pages;
        private int total = WebhookPage.TOTAL_UNKNOWN;
        private boolean cut;
        private String where = "page 1";

        Walk(Connection connection, BooleanSupplier cancelled, ListListener listener) {
            this.connection = connection;
            this.provider = connection.provider();
            this.cancelled = cancelled;
            this.listener = listener;
        }

        WebhookList run() {
            try {
                ProviderCalls.checkBase(connection);
                walk();
                return new WebhookList(loaded, pages, cut, cap, null);
            } catch (FetchException e) {
                return new WebhookList(loaded, pages, cut, cap, stopped(e.problem()));
            }
        }

        private void walk() throws FetchException {
            String cursor = "";
            Set<String> seen = new HashSet<>();
            int emptyInARow = 0;
            while (true) {
                where = "page " + (pages + 1);
                stopIfCancelled();
                ApiRequest request = request(cursor);
                Instant started = Instant.now();
                long t0 = System.nanoTime();
                Reply reply = calls.send(connection, request);
                Duration took = Duration.ofNanos(System.nanoTime() - t0);
                if (!reply.isSuccess()) throw ProviderCalls.failure(connection, reply, null);
                WebhookPage page = page(reply);
                pages++;
                if (page.announcedTotal().isPresent()) total = page.total();
                List<PageItem> items = page.items();
                int room = cap - loaded.size();
                if (items.size() > room) {
                    items = items.subList(0, room);
                    cut = true;
                }
                load(items, reply, started, took);
                where = "page " + (pages + 1);
                if (cut || page.next().isEmpty()) return;
                if (loaded.size() >= cap) {
                    cut = true;
                    return;
                }
                String next = page.next().get();
                if (!seen.add(next)) throw circling(reply, "named a page it had already given");
                emptyInARow = items.isEmpty() ? emptyInARow + 1 : 0;
                if (emptyInARow > MAX_EMPTY_PAGES) throw circling(reply, "answered " + emptyInARow + " empty pages in a row that each named another");
                cursor = next;
            }
        }

        /** The provider's request for this page, sent only if it stays on the connection's origin. */
        private ApiRequest request(String cursor) throws FetchException {
            ApiRequest request;
            try {
                request = provider.listRequest(connection, cursor);
            } catch (IllegalArgumentException e) {
                throw new FetchException(ProblemKind.MALFORMED_RESPONSE, provider.displayName() + " named a next page that is not a valid address",
                        Remedy.RETRY);
            }
            if (!Origins.sameOrigin(connection.baseUrl(), request.url()) || request.url().getRawUserInfo() != null) {
                // Like a redirect: the next page's address is the server's to write, the key is the user's to keep.
                throw new FetchException(ProblemKind.REDIRECT_REFUSED, provider.displayName() + "'s list named its next page on another host ("
                        + SafeText.terminal(Origins.describe(request.url())) + "); it was not requested, so your API key stays with "
                        + Origins.describe(connection.baseUrl()), Remedy.CHECK_BASE_URL);
            }
            return request;
        }

        private WebhookPage page(Reply reply) throws FetchException {
            JsonNode body = ProviderCalls.json(connection, reply);
            try {
                return provider.toPage(body);
            } catch (IllegalArgumentException e) {
                throw ProviderCalls.malformed(connection, reply, listName() + " does not look like a list of webhooks", e.getMessage());
            }
        }

        /**
         * Maps whole webhooks at once and fetches the others by ID, a few at a time, keeping the list's order. The
         * listener hears of the page before any detail is awaited, then of each detail as it arrives.
         */
        private void load(List<PageItem> items, Reply reply, Instant started, Duration took) throws FetchException {
            List<PageItem.Summary> summaries = items.stream().filter(i -> i instanceof PageItem.Summary)
                    .map(i -> (PageItem.Summary) i).toList();
            List<FetchResult> batch = new ArrayList<>();
            boolean announced = false;
            try (Details details = new Details(summaries)) {
                for (PageItem item : items) {
                    switch (item) {
                        case PageItem.Webhook w -> batch.add(map(w, reply, started, took));
                        case PageItem.Summary s -> {
                            if (!announced || !batch.isEmpty()) announce(batch);
                            announced = true;
                            where = "the details of " + SafeText.terminal(s.id()) + " (" + (loaded.size() + 1) + " of " + items.size() + ")";
                            batch.add(details.awaitNext());
                            announce(batch);
                            stopIfCancelled();
                        }
                    }
                }
            }
            if (!announced || !batch.isEmpty()) announce(batch);
        }

        private FetchResult map(PageItem.Webhook item, Reply reply, Instant started, Duration took) throws FetchException {
            Snapshot snapshot;
            try {
                snapshot = provider.toSnapshot(item.id(), item.body());
            } catch (IllegalArgumentException e) {
                throw ProviderCalls.malformed(connection, reply, listName() + " holds something that does not look like a webhook",
                        e.getMessage());
            }
            return new FetchResult(snapshot, reply.request(), reply.status(), started, took, reply.attempts(),
                    RateLimits.waitBeforeNext(reply.headers(), Instant.now()));
        }

        private void announce(List<FetchResult> batch) {
            loaded.addAll(batch);
            listener.loaded(new ListProgress(pages, loaded.size(), total), List.copyOf(batch));
            batch.clear();
        }

        /** "Ultravox's list" */
        private String listName() {
            return provider.descriptor().possessive() + " list";
        }

        private void stopIfCancelled() throws FetchException {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw new FetchException(ProblemKind.CANCELLED, "The list was cancelled.");
            }
        }

        private FetchException circling(Reply reply, String what) {
            return ProviderCalls.malformed(connection, reply, listName() + " " + what + ", so it was not followed further", "");
        }

        /** What stopped the list, with where and how much had loaded; as a get would word it when nothing was read. */
        private Problem stopped(Problem p) {
            if (pages == 0) return p;
            String done = Formats.count(loaded.size(), "webhook") + " loaded";
            String summary = p.kind() == ProblemKind.CANCELLED
                    ? "The list was cancelled before " + where + ", with " + done
                    : "The list stopped at " + where + ", with " + done + ": " + p.summary();
            return new Problem(p.kind(), summary, p.detail(), p.httpStatus(), p.remedies(), p.waitBeforeNext());
        }

        /** The get-by-ID fetches of one page's summaries, started at once on a small pool, awaited in list order. */
        private final class Details implements AutoCloseable {
            private final ExecutorService pool;
            private final List<Future<FetchResult>> futures = new ArrayList<>();
            private int next;

            Details(List<PageItem.Summary> summaries) {
                pool = summaries.isEmpty() ? null
                        : Executors.newFixedThreadPool(DETAIL_CONCURRENCY, Thread.ofVirtual().name("list-details-", 0).factory());
                for (PageItem.Summary s : summaries) {
                    futures.add(pool.submit(() -> {
                        if (cancelled.getAsBoolean()) throw new FetchException(ProblemKind.CANCELLED, "The list was cancelled.");
                        return fetcher.fetch(connection, s.id());
                    }));
                }
            }

            /** The next summary's webhook, in the order they were given. */
            FetchResult awaitNext() throws FetchException {
                try {
                    return futures.get(next++).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FetchException(ProblemKind.CANCELLED, "The list was cancelled.");
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof FetchException f) throw inList(f);
                    throw new FetchException(ProblemKind.INTERNAL, "internal error (" + e.getCause().getClass().getSimpleName() + ")",
                            Remedy.REPORT_BUG);
                }
            }

            /** A get's problem, in the words of a list: the ID came from the provider, not from the user. */
            private FetchException inList(FetchException f) {
                Problem p = f.problem();
                return switch (p.kind()) {
                    case INVALID_INPUT -> new FetchException(new Problem(ProblemKind.MALFORMED_RESPONSE, listName()
                            + " names a webhook that cannot be fetched: " + p.summary(), p.detail(), 0, List.of(Remedy.RETRY)));
                    // Deleted between the list and its get, most likely: listing again settles it.
                    case NOT_FOUND -> new FetchException(p.withRemedies(Remedy.RETRY));
                    default -> f;
                };
            }

            /**
             * Drops the fetches not yet started and waits for the running ones (each ends by its deadline), so the list
             * returns with none of its requests still in flight. An interrupted thread stops them at once instead.
             */
            @Override
            public void close() {
                if (pool == null) return;
                futures.forEach(f -> f.cancel(false));
                if (Thread.currentThread().isInterrupted()) pool.shutdownNow();
                pool.close();
            }
        }
    }
}
