package org.redress.analysis.retaliation;

import java.util.Arrays;
import org.redress.core.chronology.Event;
import org.redress.core.chronology.EventDate;
import org.redress.core.chronology.EventKind;

/** Test helper: events written as compactly as a CSV row. */
final class Chronologies {

    private Chronologies() {}

    static Event event(String id, String date, String kind, String... people) {
        return new Event(id, EventDate.parse(date), EventKind.of(kind), Arrays.asList(people), "");
    }
}
