package org.redress.core.port;

import java.util.Optional;
import org.redress.core.home.HomeVisit;

/** The member's visits to the case's home page (one member per case today: the holder of its access token). */
public interface HomeVisitStore {
    /** The visits so far; empty before the first. */
    Optional<HomeVisit> visit();

    void save(HomeVisit visit);
}
