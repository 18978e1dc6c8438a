package dev.webhookinspector.core.history;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webhookinspector.core.model.Failure;
import dev.webhookinspector.core.model.FailureKind;
import dev.webhookinspector.core.model.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The local history: one SQLite file (WAL, busy timeout, schema migrated at open). Blocking and thread-safe (one
 * connection, every method synchronized); callers keep it off the FX thread. Nothing secret goes in: snapshots arrive
 * as {@link RecordedSnapshot}, which is masked and holds secrets only as fingerprints; the raw answer is not kept
 * (it can be megabytes per fetch, and masking only covers the values known to be secrets).
 */
public final class HistoryStore implements AutoCloseable {
    public static final String FILE_NAME = "history.db";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BUSY_TIMEOUT_MS = 5000;
    /** SQLite's primary result codes for a damaged file. */
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;
    private static final Duration PRUNE_EVERY = Duration.ofDays(1);

    private final Path file;
    private final Connection db;
    private final List<String> warnings;

    private HistoryStore(Path file, Connection db, List<String> warnings) {
        this.file = file;
        this.db = db;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Opens (or creates) {@code dir/history.db}, migrates it, and prunes it to {@code retention} when the last prune
     * is a day old. A damaged file is moved aside as {@code history.db.corrupt-TIME} and a new one started; {@link
     * #warnings()} says so.
     */
    public static HistoryStore open(Path dir, Retention retention, Instant now) throws HistoryException {
        Path file = dir.resolve(FILE_NAME);
        List<String> warnings = new ArrayList<>();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new HistoryException("cannot create the history folder " + dir, e);
        }
        HistoryStore store;
        try {
            store = new HistoryStore(file, connect(file), warnings);
        } catch (SQLException e) {
            if (!isCorrupt(e)) throw new HistoryException("cannot open the history database " + file + " (" + e.getMessage() + ")", e);
            Path aside = setAside(file, now);
            warnings.add("the history database was damaged; it was moved to " + aside.getFileName() + " and a new one started");
            try {
                store = new HistoryStore(file, connect(file), warnings);
            } catch (SQLException again) {
                throw new HistoryException("cannot start a new history database " + file + " (" + again.getMessage() + ")", again);
            }
        }
        try {
            store.pruneIfDue(retention, now);
        } catch (HistoryException e) {
            if (!e.damaged()) {
                store.close();
                throw e;
            }
            return restart(store, retention, now);
        }
        return store;
    }

    private static Connection connect(Path file) throws SQLException {
        createPrivate(file);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            // Reading the schema is what finds a file that is no database at all.
            s.executeQuery("SELECT count(*) FROM sqlite_master").close();
            s.execute("PRAGMA journal_mode = WAL");
            // WAL with NORMAL survives a killed process; only a power cut may lose the last commits.
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("PRAGMA foreign_keys = ON");
            // What clear and prune delete is overwritten, not left readable in free pages.
            s.execute("PRAGMA secure_delete = ON");
            migrate(c, s);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    private static void migrate(Connection c, Statement s) throws SQLException {
        int version;
        try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.getInt(1);
        }
        if (version > Schema.MIGRATIONS.size()) {
            throw new SQLException("the history database is from a newer version of Webhook Inspector (schema " + version + ")");
        }
        for (int v = version; v < Schema.MIGRATIONS.size(); v++) {
            c.setAutoCommit(false);
            try {
                for (String sql : Schema.MIGRATIONS.get(v).split(";")) {
                    if (!sql.isBlank()) s.execute(sql);
                }
                s.execute("PRAGMA user_version = " + (v + 1));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * A new database starts as an empty file readable by its owner only (SQLite takes an empty file as a new database,
     * and gives its -wal and -shm the same permissions): a history of someone's webhooks is theirs alone.
     */
    private static void createPrivate(Path file) throws SQLException {
        if (Files.exists(file)) return;
        try {
            if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            }
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // Another process created it first, with the same permissions.
        } catch (IOException e) {
            throw new SQLException("cannot create " + file + " (" + e.getMessage() + ")", e);
        }
    }

    static boolean isCorrupt(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
    }

    private static Path setAside(Path file, Instant now) throws HistoryException {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(now);
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp);
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            for (String suffix : List.of("-wal", "-shm")) {
                Path side = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(side)) Files.move(side, aside.resolveSibling(aside.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
            return aside;
        } catch (IOException e) {
            throw new HistoryException("the history database " + file + " is damaged and could not be moved aside", e);
        }
    }

    /**
     * Closes a store whose file turned out damaged after it opened (a page, not the header), moves the file aside and
     * opens a new one; its {@link #warnings()} say so.
     */
    public static HistoryStore restart(HistoryStore damaged, Retention retention, Instant now) throws HistoryException {
        damaged.close();
        Path aside = setAside(damaged.file, now);
        HistoryStore fresh = open(damaged.file.getParent(), retention, now);
        List<String> warnings = new ArrayList<>(fresh.warnings);
        warnings.add("the history database was damaged; it was moved to " + aside.getFileName() + " and a new one started");
        return new HistoryStore(fresh.file, fresh.db, warnings);
    }

    /** One line each: what opening found and did (a damaged file set aside). */
    public List<String> warnings() { return warnings; }

    public Path file() { return file; }

    /** Records one fetch: the snapshot, its counters, and its failures merged into the deduplicated log. */
    public synchronized long record(RecordedSnapshot r) throws HistoryException {
        long at = r.fetchedAt().toEpochMilli();
        return write("record a snapshot", () -> {
            long id;
            try (PreparedStatement p = db.prepareStatement("""
                    INSERT INTO snapshot (profile, provider, webhook_id, fetched_at, verdict, reason, status, name, url, events,
                      timeout_ms, headers, secrets, failure_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)""", Statement.RETURN_GENERATED_KEYS)) {
                setKey(p, r.key());
                p.setLong(4, at);
                p.setString(5, r.verdict().name());
                p.setString(6, r.reason());
                p.setString(7, r.status());
                p.setString(8, r.name());
                p.setString(9, r.url());
                p.setString(10, json(r.events()));
                if (r.timeoutMs() == null) p.setNull(11, Types.INTEGER); else p.setLong(11, r.timeoutMs());
                p.setString(12, json(r.headers()));
                p.setString(13, json(r.secrets()));
                p.setInt(14, r.failureCount());
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement p = db.prepareStatement("INSERT INTO counter (snapshot_id, key, value) VALUES (?,?,?)")) {
                for (Map.Entry<String, Double> e : r.counters().entrySet()) {
                    p.setLong(1, id);
                    p.setString(2, e.getKey());
                    p.setDouble(3, e.getValue());
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = db.prepareStatement("""
                    INSERT INTO failure (profile, provider, webhook_id, happened_at, message, code, kind, first_seen, last_seen)
                    VALUES (?,?,?,?,?,?,?,?,?)
                    ON CONFLICT (profile, provider, webhook_id, happened_at, message)
                    DO UPDATE SET first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen)""")) {
                Function<Failure, FailureKind> classify = FailureKind.cached();
                for (Failure f : r.failures()) {
                    setKey(p, r.key());
                    p.setLong(4, f.timestamp() == null ? Schema.NO_TIME : nanos(f.timestamp()));
                    p.setString(5, f.message());
                    if (f.code() == null) p.setNull(6, Types.INTEGER); else p.setInt(6, f.code());
                    p.setString(7, classify.apply(f).name());
                    p.setLong(8, at);
                    p.setLong(9, at);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return id;
        });
    }

    /** The webhook's recorded snapshots since {@code since}, oldest first, without their failure lists (counts only). */
    public synchronized List<RecordedSnapshot> timeline(WebhookKey key, Instant since) throws HistoryException {
        return read("read the history", () -> snapshots(key, "fetched_at >= ? ORDER BY fetched_at, id", since.toEpochMilli(), Integer.MAX_VALUE));
    }

    /** The newest recorded snapshot at or before {@code at}, with the failures seen then. */
    public synchronized Optional<RecordedSnapshot> at(WebhookKey key, Instant at) throws HistoryException {
        return read("read the history", () -> {
            List<RecordedSnapshot> found = snapshots(key, "fetched_at <= ? ORDER BY fetched_at DESC, id DESC", at.toEpochMilli(), 1);
            return found.isEmpty() ? Optional.<RecordedSnapshot>empty() : Optional.of(withFailures(found.getFirst()));
        });
    }

    /** The newest {@code n} recorded snapshots, newest first, each with the failures seen then: what diff compares by default. */
    public synchronized List<RecordedSnapshot> latest(WebhookKey key, int n) throws HistoryException {
        return read("read the history", () -> {
            List<RecordedSnapshot> out = new ArrayList<>();
            for (RecordedSnapshot s : snapshots(key, "fetched_at <= ? ORDER BY fetched_at DESC, id DESC", Long.MAX_VALUE, n)) out.add(withFailures(s));
            return out;
        });
    }

    /** Up to {@code n} snapshots recorded before {@code after}, newest first, each with the failures seen then. */
    public synchronized List<RecordedSnapshot> latestBefore(WebhookKey key, RecordedSnapshot after, int n) throws HistoryException {
        return read("read the history", () -> {
            List<RecordedSnapshot> out = new ArrayList<>();
            String where = "(fetched_at < ? OR (fetched_at = " + after.fetchedAt().toEpochMilli() + " AND id < " + after.id() + "))"
                    + " ORDER BY fetched_at DESC, id DESC";
            for (RecordedSnapshot s : snapshots(key, where, after.fetchedAt().toEpochMilli(), n)) out.add(withFailures(s));
            return out;
        });
    }

    /** The deduplicated failure log of a webhook: every failure last seen at or after {@code since}, newest first. */
    public synchronized List<RecordedFailure> failures(WebhookKey key, Instant since) throws HistoryException {
        return read("read the failure log", () -> failureRows(key, "last_seen >= ?", since.toEpochMilli(), Long.MAX_VALUE));
    }

    /** Every webhook with a history, optionally of one profile. */
    public synchronized List<WebhookKey> webhooks(Optional<String> profile) throws HistoryException {
        return read("read the history", () -> {
            List<WebhookKey> out = new ArrayList<>();
            try (PreparedStatement p = db.prepareStatement("SELECT DISTINCT profile, provider, webhook_id FROM snapshot WHERE ? IS NULL OR profile = ? ORDER BY 1, 2, 3")) {
                p.setString(1, profile.orElse(null));
                p.setString(2, profile.orElse(null));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) out.add(new WebhookKey(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }

    /**
     * Deletes history: of one webhook ({@code webhook} set), of one profile ({@code profile} set), or all (both empty).
     * Returns how many snapshots went.
     */
    public synchronized int clear(Optional<String> profile, Optional<WebhookKey> webhook) throws HistoryException {
        int n = write("clear the history", () -> {
            String where = webhook.isPresent() ? "profile = ? AND provider = ? AND webhook_id = ?" : profile.isPresent() ? "profile = ?" : "1 = 1";
            int deleted;
            try (PreparedStatement p = db.prepareStatement("DELETE FROM snapshot WHERE " + where)) {
                bindWhere(p, profile, webhook);
                deleted = p.executeUpdate();
            }
            try (PreparedStatement p = db.prepareStatement("DELETE FROM failure WHERE " + where)) {
                bindWhere(p, profile, webhook);
                p.executeUpdate();
            }
            return deleted;
        });
        compact();
        return n;
    }

    private static void bindWhere(PreparedStatement p, Optional<String> profile, Optional<WebhookKey> webhook) throws SQLException {
        if (webhook.isPresent()) setKey(p, webhook.get());
        else if (profile.isPresent()) p.setString(1, profile.get());
    }

    /** What a prune removed, and the file's size before and after. */
    public record PruneResult(int snapshots, int failures, long bytesBefore, long bytesAfter) {}

    /**
     * Deletes what is older than the retention's age, then the oldest tenth at a time until the live data fits its size;
     * the file is then compacted, so the limit holds for the file on disk.
     */
    public synchronized PruneResult prune(Retention retention, Instant now) throws HistoryException {
        long before = fileBytes();
        long cutoff = now.minus(retention.maxAge()).toEpochMilli();
        int[] deleted = write("prune the history", () -> {
            int snaps = update("DELETE FROM snapshot WHERE fetched_at < ?", cutoff);
            int fails = update("DELETE FROM failure WHERE last_seen < ?", cutoff);
            return new int[] {snaps, fails};
        });
        while (liveBytes() > retention.maxBytes()) {
            int[] more = write("prune the history", () -> {
                long count = single("SELECT count(*) FROM snapshot");
                if (count > 0) {
                    long edge = single("SELECT fetched_at FROM snapshot ORDER BY fetched_at LIMIT 1 OFFSET " + (Math.max(count / 10, 1) - 1));
                    return new int[] {update("DELETE FROM snapshot WHERE fetched_at <= ?", edge), update("DELETE FROM failure WHERE last_seen <= ?", edge)};
                }
                long fails = single("SELECT count(*) FROM failure");
                if (fails == 0) return new int[] {0, 0};
                long edge = single("SELECT last_seen FROM failure ORDER BY last_seen LIMIT 1 OFFSET " + (Math.max(fails / 10, 1) - 1));
                return new int[] {0, update("DELETE FROM failure WHERE last_seen <= ?", edge)};
            });
            if (more[0] + more[1] == 0) break;
            deleted[0] += more[0];
            deleted[1] += more[1];
        }
        write("note the prune", () -> update("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_prune', ?)", now.toEpochMilli()));
        if (deleted[0] + deleted[1] > 0) compact();
        return new PruneResult(deleted[0], deleted[1], before, fileBytes());
    }

    private void pruneIfDue(Retention retention, Instant now) throws HistoryException {
        long last = read("read the history", () -> {
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'last_prune'")) {
                return rs.next() ? Long.parseLong(rs.getString(1)) : 0L;
            }
        });
        if (now.toEpochMilli() - last >= PRUNE_EVERY.toMillis()) prune(retention, now);
    }

    /** The database file plus its write-ahead log, as they take room on disk. */
    public synchronized long fileBytes() {
        long total = 0;
        for (String suffix : List.of("", "-wal")) {
            try {
                total += Files.size(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException absent) {
                // No log yet.
            }
        }
        return total;
    }

    private long liveBytes() throws HistoryException {
        return read("measure the history", () -> single("PRAGMA page_count") - single("PRAGMA freelist_count")) * read("measure the history", () -> single("PRAGMA page_size"));
    }

    /** VACUUM gives freed pages back to the file system; it cannot run inside a transaction. */
    private void compact() throws HistoryException {
        read("compact the history", () -> {
            try (Statement s = db.createStatement()) {
                s.execute("VACUUM");
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
        });
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // Closing a connection that failed: nothing is lost, every write was committed or rolled back.
        }
    }

    private List<RecordedSnapshot> snapshots(WebhookKey key, String whereOrder, long bound, int limit) throws SQLException {
        List<RecordedSnapshot> out = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("SELECT id, fetched_at, verdict, reason, status, name, url, events, timeout_ms, headers,"
                + " secrets, failure_count FROM snapshot WHERE profile = ? AND provider = ? AND webhook_id = ? AND " + whereOrder + " LIMIT ?")) {
            setKey(p, key);
            p.setLong(4, bound);
            p.setInt(5, limit);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new RecordedSnapshot(rs.getLong(1), key, Instant.ofEpochMilli(rs.getLong(2)), verdict(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            parse(rs.getString(8), new TypeReference<List<String>>() {}), rs.getObject(9) == null ? null : rs.getLong(9),
                            parse(rs.getString(10), new TypeReference<LinkedHashMap<String, String>>() {}),
                            parse(rs.getString(11), new TypeReference<List<SecretFingerprint>>() {}), rs.getInt(12), List.of(), Map.of()));
                }
            }
        }
        List<RecordedSnapshot> withCounters = new ArrayList<>();
        for (RecordedSnapshot s : out) withCounters.add(withCounters(s));
        return withCounters;
    }

    private RecordedSnapshot withCounters(RecordedSnapshot s) throws SQLException {
        Map<String, Double> counters = new LinkedHashMap<>();
        try (PreparedStatement p = db.prepareStatement("SELECT key, value FROM counter WHERE snapshot_id = ? ORDER BY key")) {
            p.setLong(1, s.id());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) counters.put(rs.getString(1), rs.getDouble(2));
            }
        }
        return new RecordedSnapshot(s.id(), s.key(), s.fetchedAt(), s.verdict(), s.reason(), s.status(), s.name(), s.url(), s.events(),
                s.timeoutMs(), s.headers(), s.secrets(), s.failureCount(), s.failures(), counters);
    }

    /** The failures that fetch saw: first seen at or before it, last seen at or after it. */
    private RecordedSnapshot withFailures(RecordedSnapshot s) throws SQLException {
        long t = s.fetchedAt().toEpochMilli();
        List<Failure> failures = failureRows(s.key(), "first_seen <= ? AND last_seen >= ?", t, t).stream().map(RecordedFailure::failure).toList();
        return new RecordedSnapshot(s.id(), s.key(), s.fetchedAt(), s.verdict(), s.reason(), s.status(), s.name(), s.url(), s.events(),
                s.timeoutMs(), s.headers(), s.secrets(), s.failureCount(), failures, s.counters());
    }

    private List<RecordedFailure> failureRows(WebhookKey key, String where, long a, long b) throws SQLException {
        List<RecordedFailure> out = new ArrayList<>();
        boolean two = where.indexOf('?') != where.lastIndexOf('?');
        try (PreparedStatement p = db.prepareStatement("SELECT happened_at, message, code, kind, first_seen, last_seen FROM failure"
                + " WHERE profile = ? AND provider = ? AND webhook_id = ? AND " + where + " ORDER BY happened_at DESC, id DESC")) {
            setKey(p, key);
            p.setLong(4, a);
            if (two) p.setLong(5, b);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long happened = rs.getLong(1);
                    Integer code = rs.getObject(3) == null ? null : rs.getInt(3);
                    FailureKind kind;
                    try {
                        kind = FailureKind.valueOf(rs.getString(4));
                    } catch (IllegalArgumentException renamed) {
                        kind = FailureKind.OTHER;
                    }
                    out.add(new RecordedFailure(new Failure(happened == Schema.NO_TIME ? null : Instant.ofEpochSecond(0, happened), rs.getString(2), code),
                            kind, Instant.ofEpochMilli(rs.getLong(5)), Instant.ofEpochMilli(rs.getLong(6))));
                }
            }
        }
        return out;
    }

    /** Failure times keep the provider's precision (Ultravox sends microseconds): two failures a microsecond apart stay two. */
    private static long nanos(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    }

    private static Verdict verdict(String name) {
        try {
            return Verdict.valueOf(name);
        } catch (IllegalArgumentException renamed) {
            return Verdict.UNKNOWN;
        }
    }

    private static void setKey(PreparedStatement p, WebhookKey key) throws SQLException {
        p.setString(1, key.profile());
        p.setString(2, key.provider());
        p.setString(3, key.webhookId());
    }

    private int update(String sql, long arg) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            p.setLong(1, arg);
            return p.executeUpdate();
        }
    }

    private long single(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Lists, maps and records of strings always serialise", e);
        }
    }

    private static <T> T parse(String text, TypeReference<T> type) throws SQLException {
        try {
            return JSON.readValue(text, type);
        } catch (IOException e) {
            throw new SQLException("an unreadable column in the history database", e);
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T read(String what, Work<T> work) throws HistoryException {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new HistoryException("could not " + what + " (" + e.getMessage() + ")", e);
        }
    }

    /** One transaction: all of it is written, or none. */
    private <T> T write(String what, Work<T> work) throws HistoryException {
        try {
            db.setAutoCommit(false);
            try {
                T result = work.run();
                db.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new HistoryException("could not " + what + " in " + file + " (" + e.getMessage() + ")", e);
        }
    }
}
