package org.redress.store.sqlite;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.redress.core.home.HomeVisit;
import org.redress.core.port.HomeVisitStore;

/** The home page's visits (table {@code home_visits}, migration V17): one row, times only, nothing to seal. */
public final class SqliteHomeVisitStore implements HomeVisitStore, AutoCloseable {
    private final CaseDatabase database;
    private final Handle h;

    public SqliteHomeVisitStore(CaseDatabase database) {
        this.database = database;
        this.h = database.handle();
    }

    @Override
    public synchronized Optional<HomeVisit> visit() {
        return h.createQuery("SELECT latest_at, since_at, first_visit, guide_dismissed FROM home_visits WHERE id = 1")
                .map((rs, ctx) -> new HomeVisit(
                        Instant.ofEpochMilli(rs.getLong("latest_at")),
                        Instant.ofEpochMilli(rs.getLong("since_at")),
                        rs.getInt("first_visit") != 0,
                        rs.getInt("guide_dismissed") != 0))
                .findOne();
    }

    @Override
    public synchronized void save(HomeVisit visit) {
        h.createUpdate("""
                        INSERT INTO home_visits(id, latest_at, since_at, first_visit, guide_dismissed)
                        VALUES (1, :l, :s, :f, :g)
                        ON CONFLICT(id) DO UPDATE SET latest_at = excluded.latest_at, since_at = excluded.since_at,
                            first_visit = excluded.first_visit, guide_dismissed = excluded.guide_dismissed""")
                .bind("l", visit.latest().toEpochMilli())
                .bind("s", visit.since().toEpochMilli())
                .bind("f", visit.firstVisit() ? 1 : 0)
                .bind("g", visit.guideDismissed() ? 1 : 0)
                .execute();
    }

    @Override
    public void close() {
        database.close();
    }
}
