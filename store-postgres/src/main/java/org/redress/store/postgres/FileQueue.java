package org.redress.store.postgres;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.redress.store.crypto.ColumnCipher;

/**
 * The ingest queue of one case on the server (table {@code file_job} of its schema): files waiting to be read by a
 * worker, one job per file of a production (the same content in two productions is two jobs, read once: the pipeline
 * is keyed by the content hash, and a worker reads one content at a time, see {@link #exclusively}). Every method is
 * one short statement in a transaction of its own: a claim only sets the lease ({@code FOR UPDATE SKIP LOCKED}, so two
 * workers never take the same job and never wait on each other), and the long work of reading the files holds nothing
 * on the queue. A worker may claim several jobs at once, to read them in one ingest run; it renews their leases while
 * it works, and a worker killed leaves only leases that expire, and the jobs are taken again, one by one, up to
 * {@link #MAX_ATTEMPTS} times.
 *
 * <p>In an encrypted case the queue holds no name in the clear: the content hash, the path, the production and the
 * user are tokens of the case's {@link ColumnCipher} (equal values still match, so the queue's uniqueness holds), and a
 * worker's reason for a failure is sealed.
 */
public final class FileQueue {
    /** Claims of one job before it is given up as failed: a file that kills every worker that reads it. */
    public static final int MAX_ATTEMPTS = 3;

    private static final String PATH = "file_job.display_path";
    private static final String SOURCE = "file_job.source_name";
    private static final String QUEUED_BY = "file_job.queued_by";
    private static final String FAILURE = "file_job.failure";
    private static final String LOCK = "file_job.lock";
    private static final String SETTINGS = "file_job.settings";
    /** Marks a sealed reason apart from the queue's own plain ones. */
    private static final String SEALED = "sealed:";

    /**
     * A job as a worker gets it.
     *
     * @param settings what the person who queued it chose for reading it, as the worker wrote it; null for the defaults
     */
    public record Job(
            long id,
            String sha256,
            String displayPath,
            String sourceName,
            LocalDate received,
            int attempts,
            String settings) {
        /** A job queued with the default settings. */
        public Job(long id, String sha256, String displayPath, String sourceName, LocalDate received, int attempts) {
            this(id, sha256, displayPath, sourceName, received, attempts, null);
        }
    }

    /** A production none of whose files waits or is being read: when it was queued, finished, and by whom. */
    public record Settled(Instant queued, Instant finished, String queuedBy) {}

    /** Files of the case by state of their job; waiting includes jobs whose lease expired. */
    public record Counts(long queued, long running, long done, long failed) {
        public static final Counts NONE = new Counts(0, 0, 0, 0);
    }

    private final Jdbi jdbi;
    /**
     * Connections of their own for {@link #exclusively}, closed when the work ends: an advisory lock belongs to its
     * connection, and one left on a pooled connection (an unlock that failed) would be held, and taken again without
     * waiting, by whoever borrows it next.
     */
    private final Jdbi locks;

    private final CaseName name;
    private final String table;
    private final ColumnCipher cipher;

    FileQueue(Jdbi jdbi, Jdbi locks, CaseName name, ColumnCipher cipher) {
        this.jdbi = jdbi;
        this.locks = locks;
        this.name = name;
        this.cipher = cipher;
        this.table = name.schema() + ".file_job"; // CaseName: lower-case letters, digits and '_', safe in the SQL
    }

    public CaseName caseName() {
        return name;
    }

    /**
     * Queues a file of a production whose original is already in the blob store; false when this file (the same
     * content under the same path of the same production) is queued or done already. A job that failed is queued
     * again, as an inline ingest retries its failures on the next run.
     */
    public boolean add(String sha256, String displayPath, String sourceName, LocalDate received, String queuedBy) {
        return add(sha256, displayPath, sourceName, received, queuedBy, null);
    }

    /**
     * As {@link #add(String, String, String, LocalDate, String)}, with the {@code settings} the job is to be read with
     * (null for the defaults); a failed job queued again takes the new settings.
     */
    public boolean add(
            String sha256,
            String displayPath,
            String sourceName,
            LocalDate received,
            String queuedBy,
            String settings) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO " + table
                                + " AS j (sha256, display_path, source_name, received, queued_by, settings) VALUES"
                                + " (:sha, :path, :source, :received, :by, :settings) ON CONFLICT (source_name,"
                                + " display_path, sha256) DO UPDATE SET state = 'queued', attempts = 0, failure ="
                                + " NULL, finished_at = NULL, lease_owner = NULL, lease_expires = NULL, queued_by ="
                                + " :by, settings = :settings WHERE j.state = 'failed'")
                        .bind("sha", cipher.hash(sha256))
                        .bind("path", cipher.token(PATH, displayPath))
                        .bind("source", cipher.token(SOURCE, sourceName))
                        .bind("received", received)
                        .bind("by", cipher.token(QUEUED_BY, queuedBy))
                        .bind("settings", cipher.token(SETTINGS, settings))
                        .execute())
                == 1;
    }

    /** Leases the oldest waiting job (or one whose lease expired) to {@code owner}, or nothing when none is free. */
    public Optional<Job> claim(String owner, Duration lease) {
        return claim(owner, lease, 1).stream().findFirst();
    }

    /**
     * Leases up to {@code most} of the oldest waiting jobs to {@code owner} in one statement, oldest first; none when
     * none is free. A job taken again (its worker stopped before finishing it) comes alone: a file that kills the
     * worker reading it then costs the other files of its batch one attempt, not all of theirs.
     */
    public List<Job> claim(String owner, Duration lease, int most) {
        if (most < 1) throw new IllegalArgumentException("a claim takes at least one job");
        return jdbi.inTransaction(h -> {
            h.createUpdate("UPDATE " + table + " SET state = 'failed', lease_owner = NULL, lease_expires = NULL,"
                            + " finished_at = now(), failure = 'a worker stopped while reading it ' || attempts"
                            + " || ' times (killed, or out of memory)' WHERE state = 'running' AND lease_expires < now()"
                            + " AND attempts >= :max")
                    .bind("max", MAX_ATTEMPTS)
                    .execute();
            // free: the oldest waiting jobs, locked so no other worker takes them; picked: the first of them, and the
            // others only if the first is new too and they are new (never read before).
            return h
                    .createQuery("WITH free AS (SELECT id, attempts, row_number() OVER (ORDER BY queued_at, id) AS n"
                            + " FROM (SELECT id, attempts, queued_at FROM " + table
                            + " WHERE state = 'queued' OR (state = 'running' AND lease_expires < now())"
                            + " ORDER BY queued_at, id LIMIT :most FOR UPDATE SKIP LOCKED) waiting),"
                            + " picked AS (SELECT id FROM free WHERE n = 1 OR (attempts = 0"
                            + " AND (SELECT attempts FROM free WHERE n = 1) = 0))"
                            + " UPDATE " + table + " j SET state = 'running', lease_owner = :owner,"
                            + " lease_expires = now() + make_interval(secs => :secs), attempts = j.attempts + 1"
                            + " FROM picked WHERE j.id = picked.id"
                            + " RETURNING j.id, j.sha256, j.display_path, j.source_name, j.received, j.attempts,"
                            + " j.settings, j.queued_at")
                    .bind("owner", owner)
                    .bind("secs", (double) lease.toSeconds())
                    .bind("most", most)
                    .map((rs, ctx) -> new Claimed(
                            new Job(
                                    rs.getLong("id"),
                                    cipher.unhash(rs.getString("sha256")),
                                    cipher.untoken(PATH, rs.getString("display_path")),
                                    cipher.untoken(SOURCE, rs.getString("source_name")),
                                    rs.getObject("received", LocalDate.class),
                                    rs.getInt("attempts"),
                                    cipher.untoken(SETTINGS, rs.getString("settings"))),
                            rs.getObject("queued_at", OffsetDateTime.class)))
                    .list()
                    .stream()
                    // RETURNING keeps no order: the queue's own
                    .sorted(Comparator.comparing(Claimed::queued)
                            .thenComparingLong(c -> c.job().id()))
                    .map(Claimed::job)
                    .toList();
        });
    }

    private record Claimed(Job job, OffsetDateTime queued) {}

    /** Extends the lease of a job {@code owner} holds; false when it no longer holds it (expired and taken). */
    public boolean renew(long job, String owner, Duration lease) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE " + table
                                + " SET lease_expires = now() + make_interval(secs => :secs)"
                                + " WHERE id = :id AND lease_owner = :owner AND state = 'running'")
                        .bind("secs", (double) lease.toSeconds())
                        .bind("id", job)
                        .bind("owner", owner)
                        .execute())
                == 1;
    }

    /** Extends the leases of the jobs {@code owner} holds of {@code jobs}, in one statement; how many it still held. */
    public int renew(Collection<Long> jobs, String owner, Duration lease) {
        if (jobs.isEmpty()) return 0;
        return jdbi.withHandle(h -> h.createUpdate("UPDATE " + table
                        + " SET lease_expires = now() + make_interval(secs => :secs)"
                        + " WHERE id = ANY(:ids) AND lease_owner = :owner AND state = 'running'")
                .bind("secs", (double) lease.toSeconds())
                .bindArray("ids", Long.class, jobs)
                .bind("owner", owner)
                .execute());
    }

    /**
     * The files of {@code jobs} are in the case, in one statement; how many {@code owner} still held (a job another
     * worker had taken over is that worker's to finish: the work is idempotent).
     */
    public int done(Collection<Long> jobs, String owner) {
        if (jobs.isEmpty()) return 0;
        return jdbi.withHandle(h -> h.createUpdate("UPDATE " + table + " SET state = 'done', failure = NULL,"
                        + " lease_owner = NULL, lease_expires = NULL, finished_at = now()"
                        + " WHERE id = ANY(:ids) AND lease_owner = :owner AND state = 'running'")
                .bindArray("ids", Long.class, jobs)
                .bind("owner", owner)
                .execute());
    }

    /** The job's file is in the case; false when another worker had taken the job over (the work is idempotent). */
    public boolean done(long job, String owner) {
        return finish(job, owner, "done", null);
    }

    /** The job could not be done, with why (no document text: the reason of a failed step). */
    public boolean failed(long job, String owner, String reason) {
        return finish(job, owner, "failed", reason);
    }

    private boolean finish(long job, String owner, String state, String reason) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE " + table + " SET state = :state, failure = :reason,"
                                + " lease_owner = NULL, lease_expires = NULL, finished_at = now()"
                                + " WHERE id = :id AND lease_owner = :owner AND state = 'running'")
                        .bind("state", state)
                        .bind("reason", reason == null || !cipher.encrypts() ? reason : sealedReason(job, reason))
                        .bind("id", job)
                        .bind("owner", owner)
                        .execute())
                == 1;
    }

    /** The reason a job failed, if it did. */
    public Optional<String> failure(long job) {
        return jdbi.withHandle(h -> h.createQuery("SELECT failure FROM " + table + " WHERE id = :id")
                .bind("id", job)
                .mapTo(String.class)
                .findOne()
                .map(f -> f.startsWith(SEALED)
                        ? cipher.open(FAILURE, Long.toString(job), f.substring(SEALED.length()))
                        : f));
    }

    /** A worker's reason, which may name the file; the queue's own reason (a worker that stopped) names nothing. */
    private String sealedReason(long job, String reason) {
        return SEALED + cipher.seal(FAILURE, Long.toString(job), reason);
    }

    public Counts counts() {
        return jdbi.withHandle(h -> h.createQuery("SELECT"
                        + " count(*) FILTER (WHERE state = 'queued' OR (state = 'running' AND lease_expires < now())),"
                        + " count(*) FILTER (WHERE state = 'running' AND lease_expires >= now()),"
                        + " count(*) FILTER (WHERE state = 'done'), count(*) FILTER (WHERE state = 'failed') FROM "
                        + table)
                .map((rs, ctx) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .one());
    }

    /**
     * How fast the workers have been finishing files: those done or failed in the last {@code window} after the first
     * moment one finished in it, over the time from that moment to now (the work that ended at that moment began
     * before the window, and a batch's files all finish at one moment). A pace of the recent past, so that a queue
     * left idle for a day and fed again is not measured by that day.
     *
     * @param finished files finished in the window
     * @param paced    of them, those after its first moment of finishing, which the pace is measured on
     * @param seconds  from that first moment to now
     */
    public record Pace(long finished, long paced, double seconds) {
        public static final Pace NONE = new Pace(0, 0, 0);

        /** Files a minute, or 0 until files have finished at two moments at least. */
        public double filesPerMinute() {
            return paced == 0 || seconds <= 0 ? 0 : paced * 60.0 / seconds;
        }

        /**
         * The time {@code remaining} files take at this pace: 0 when none remains, -1 while it cannot be said (files
         * finished at one moment only), never 0 while some remain.
         */
        public long secondsLeft(long remaining) {
            if (remaining == 0) return 0;
            if (paced == 0 || seconds <= 0) return -1;
            return Math.max(1, Math.round(remaining * seconds / paced));
        }
    }

    public Pace pace(Duration window) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*), count(*) FILTER (WHERE finished_at > first),"
                        + " coalesce(extract(epoch FROM now() - min(first)), 0) FROM (SELECT finished_at,"
                        + " min(finished_at) OVER () AS first FROM " + table
                        + " WHERE finished_at > now() - make_interval(secs => :window)) recent")
                .bind("window", (double) window.toSeconds())
                .map((rs, ctx) -> new Pace(rs.getLong(1), rs.getLong(2), rs.getDouble(3)))
                .one());
    }

    /** The production once none of its files waits or is being read (a lease that expired still waits), else empty. */
    public Optional<Settled> settled(String sourceName) {
        return jdbi.withHandle(h -> h.createQuery("SELECT min(queued_at), max(finished_at),"
                        + " (array_agg(queued_by ORDER BY queued_at DESC, id DESC))[1] FROM " + table
                        + " WHERE source_name = :source HAVING count(*) > 0"
                        + " AND count(*) FILTER (WHERE state IN ('queued', 'running')) = 0")
                .bind("source", cipher.token(SOURCE, sourceName))
                .map((rs, ctx) -> new Settled(
                        rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        cipher.untoken(QUEUED_BY, rs.getString(3))))
                .findOne());
    }

    /** The name an advisory lock of this case is taken under (its number is the name's {@code hashtext}). */
    String lockName(String key) {
        return table + "/" + cipher.token(LOCK, key);
    }

    /** Locks taken key by key on a connection of their own, kept until closed ({@link HeldLocks}). */
    public HeldLocks heldLocks() {
        return new HeldLocks(locks, this);
    }

    /** Work that throws what it throws. */
    public interface Work<X extends Exception> {
        void run() throws X;
    }

    /**
     * Runs {@code work} while no other worker, on any machine, runs work under the same {@code key} of this case (a
     * PostgreSQL advisory lock, held on a connection of its own, closed when the work ends, even when it fails).
     */
    public <X extends Exception> void exclusively(String key, Work<X> work) throws X {
        exclusively(List.of(key), work);
    }

    /**
     * Runs {@code work} while no other worker runs work under any of {@code keys}: every lock is taken first, always
     * in the same order (of their numbers), so two workers wanting some of the same keys never wait on each other in
     * a circle.
     */
    public <X extends Exception> void exclusively(Collection<String> keys, Work<X> work) throws X {
        List<String> named = keys.stream().distinct().map(this::lockName).toList();
        locks.useHandle(h -> {
            List<Integer> held = h.createQuery(
                            "SELECT k FROM (SELECT DISTINCT hashtext(x) AS k FROM unnest(:keys) x)" + " ks ORDER BY k")
                    .bindArray("keys", String.class, named)
                    .mapTo(Integer.class)
                    .list();
            List<Integer> taken = new ArrayList<>();
            try {
                for (int lock : held) {
                    // a void function: IS NULL makes it a row Jdbi can read
                    h.createQuery("SELECT pg_advisory_lock(:k) IS NULL")
                            .bind("k", lock)
                            .mapTo(Boolean.class)
                            .one();
                    taken.add(lock);
                }
                work.run();
            } finally {
                for (int lock : taken)
                    h.createQuery("SELECT pg_advisory_unlock(:k)")
                            .bind("k", lock)
                            .mapTo(Boolean.class)
                            .one();
            }
        });
    }
}
