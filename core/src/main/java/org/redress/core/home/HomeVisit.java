package org.redress.core.home;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The member's visits to the case's home page. {@code since} is where "new since your last visit" starts: the end of
 * the visit before this one. Views of the page closer together than {@link #SAME_VISIT} are one visit, so reloading
 * the page (or coming back to it after an ingest) does not make what was new old.
 *
 * @param latest         the latest view of the home page
 * @param since          the end of the previous visit; the first visit's start when there was none
 * @param firstVisit     whether this is still the member's first visit (nothing before it to compare with)
 * @param guideDismissed whether the first-run guide of the demo case was put away
 */
public record HomeVisit(Instant latest, Instant since, boolean firstVisit, boolean guideDismissed) {
    public static final Duration SAME_VISIT = Duration.ofMinutes(30);

    public HomeVisit {
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(since, "since");
    }

    /** The first view of the home page: nothing is new yet, and from now on what arrives is. */
    public static HomeVisit first(Instant now) {
        return new HomeVisit(now, now, true, false);
    }

    /** This visit seen again at {@code now}: a new visit after a pause, else the same one. */
    public HomeVisit viewedAt(Instant now) {
        boolean newVisit = Duration.between(latest, now).compareTo(SAME_VISIT) > 0;
        return new HomeVisit(now, newVisit ? latest : since, firstVisit && !newVisit, guideDismissed);
    }

    public HomeVisit withGuideDismissed() {
        return new HomeVisit(latest, since, firstVisit, true);
    }
}
