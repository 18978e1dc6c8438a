package dev.webhookinspector.core.history;

import java.util.List;

/**
 * The history database's schema, one migration per version; {@code PRAGMA user_version} says which ran. Append a
 * migration, never edit one that shipped: a user's file may be at any version. Times are epoch milliseconds UTC,
 * except a failure's {@code happened_at}: epoch nanoseconds, the provider's own precision.
 */
final class Schema {
    private Schema() {}

    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE snapshot (
              id INTEGER PRIMARY KEY,
              profile TEXT NOT NULL,
              provider TEXT NOT NULL,
              webhook_id TEXT NOT NULL,
              fetched_at INTEGER NOT NULL,
              verdict TEXT NOT NULL,
              reason TEXT NOT NULL,
              status TEXT,
              name TEXT,
              url TEXT,
              events TEXT NOT NULL,
              timeout_ms INTEGER,
              headers TEXT NOT NULL,
              secrets TEXT NOT NULL,
              failure_count INTEGER NOT NULL
            );
            CREATE INDEX snapshot_by_webhook ON snapshot (profile, provider, webhook_id, fetched_at);
            CREATE INDEX snapshot_by_time ON snapshot (fetched_at);
            CREATE TABLE counter (
              snapshot_id INTEGER NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
              key TEXT NOT NULL,
              value REAL NOT NULL,
              PRIMARY KEY (snapshot_id, key)
            ) WITHOUT ROWID;
            CREATE TABLE failure (
              id INTEGER PRIMARY KEY,
              profile TEXT NOT NULL,
              provider TEXT NOT NULL,
              webhook_id TEXT NOT NULL,
              happened_at INTEGER NOT NULL,
              message TEXT NOT NULL,
              code INTEGER,
              kind TEXT NOT NULL,
              first_seen INTEGER NOT NULL,
              last_seen INTEGER NOT NULL,
              UNIQUE (profile, provider, webhook_id, happened_at, message)
            );
            CREATE INDEX failure_by_last_seen ON failure (last_seen);
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
            """);

    /** {@code happened_at} for a failure the provider gave no time: a number, so the UNIQUE constraint still dedups it. */
    static final long NO_TIME = -1;
}
