package org.redress.analysis.retaliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.analysis.retaliation.Chronologies.event;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.chronology.Event;
import org.redress.core.chronology.Person;

class ProximityAnalysisTest {

    private static final Person ANA = new Person("Ana Ruiz", "Pueblo Unido", true, true);
    private static final Person LUIS = new Person("Luis Vega", "Pueblo Unido", true, false);
    private static final Person AGENT = new Person("Agent Smith", "ICE", false, false);
    private static final List<Person> PEOPLE = List.of(ANA, LUIS, AGENT);

    private static ProximityRow onlyRow(List<Event> events) {
        List<ProximityRow> rows = ProximityAnalysis.run(events, PEOPLE).rows();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void protestInTheAfternoonPrecedesArrestThatEvening() {
        ProximityRow row = onlyRow(List.of(
                event("p1", "2017-03-17T17:00", "protected.protest", "Ana Ruiz"),
                event("a1", "2017-03-17T19:00", "adverse.arrest", "Ana Ruiz", "Agent Smith")));
        assertThat(row.event()).isEqualTo("a1");
        assertThat(row.person()).isEqualTo("Ana Ruiz");
        assertThat(row.date()).isEqualTo("2017-03-17T19:00");
        assertThat(row.kind()).isEqualTo("adverse.arrest");
        assertThat(row.priorActivity()).isEqualTo("p1");
        assertThat(row.priorDate()).isEqualTo("2017-03-17T17:00");
        assertThat(row.gapDaysMin()).isZero();
        assertThat(row.gapDaysMax()).isZero();
        assertThat(row.priorCertain()).isTrue();
        assertThat(row.summary())
                .startsWith("The arrest (a1) affecting Ana Ruiz on 2017-03-17T19:00 came the same day as "
                        + "their latest protected activity, a protest on 2017-03-17T17:00 (p1).");
    }

    @Test
    void morningArrestIsNotAfterAnAfternoonProtestTheSameDay() {
        ProximityRow row = onlyRow(List.of(
                event("p0", "2017-03-01", "protected.press_conference", "Ana Ruiz"),
                event("p1", "2017-03-17T17:00", "protected.protest", "Ana Ruiz"),
                event("a1", "2017-03-17T09:00", "adverse.arrest", "Ana Ruiz")));
        assertThat(row.priorActivity()).isEqualTo("p0");
        assertThat(row.gapDaysMin()).isEqualTo(16);
        assertThat(row.gapDaysMax()).isEqualTo(16);
        assertThat(row.priorKind()).isEqualTo("protected.press_conference");
        assertThat(row.summary()).contains("came 16 days after their latest protected activity, a press conference");
    }

    @Test
    void sameDayWithoutTimesCountsButIsFlaggedUncertain() {
        ProximityRow row = onlyRow(List.of(
                event("p1", "2017-03-17", "protected.protest", "Ana Ruiz"),
                event("a1", "2017-03-17", "adverse.arrest", "Ana Ruiz")));
        assertThat(row.priorActivity()).isEqualTo("p1");
        assertThat(row.gapDaysMin()).isZero();
        assertThat(row.gapDaysMax()).isZero();
        assertThat(row.priorCertain()).isFalse();
        assertThat(row.summary()).contains("the order is not certain");
    }

    @Test
    void imprecisePriorGivesARangeNotAFalseExactNumber() {
        ProximityRow row = onlyRow(List.of(
                event("p1", "2017-03", "protected.campaign", "Ana Ruiz"),
                event("a1", "2017-04-10", "adverse.arrest", "Ana Ruiz")));
        assertThat(row.gapDaysMin()).isEqualTo(10); // 31 March to 10 April
        assertThat(row.gapDaysMax()).isEqualTo(40); // 1 March to 10 April
        assertThat(row.priorCertain()).isTrue();
        assertThat(row.summary()).contains("came between 10 and 40 days after");
    }

    @Test
    void overlappingDatesCountWithAGapFromZero() {
        ProximityRow row = onlyRow(List.of(
                event("p1", "2017-03", "protected.campaign", "Ana Ruiz"),
                event("a1", "~2017-03-17", "adverse.detention", "Ana Ruiz")));
        assertThat(row.gapDaysMin()).isZero();
        assertThat(row.gapDaysMax()).isEqualTo(19); // 1 March to 20 March (around = ±3 days)
        assertThat(row.priorCertain()).isFalse();
    }

    @Test
    void openEndedPriorHasNoUpperBound() {
        ProximityRow row = onlyRow(List.of(
                event("p1", "<2017-03-01", "protected.publication", "Ana Ruiz"),
                event("a1", "2017-03-10", "adverse.arrest", "Ana Ruiz")));
        assertThat(row.gapDaysMin()).isEqualTo(10);
        assertThat(row.gapDaysMax()).isNull();
        assertThat(row.summary()).contains("came at least 10 days after");
    }

    @Test
    void organisationActivityIncludesOtherMembersAndTheOrganisationItself() {
        List<Event> events = List.of(
                event("p1", "2017-01-05", "protected.protest", "Ana Ruiz"),
                event("p2", "2017-02-01", "protected.press_conference", "Pueblo Unido"),
                event("p3", "2017-02-20", "protected.testimony", "Luis Vega"),
                event("a1", "2017-03-01", "adverse.arrest", "Ana Ruiz"));
        ProximityRow row = onlyRow(events);
        assertThat(row.priorActivity()).isEqualTo("p1");
        assertThat(row.gapDaysMin()).isEqualTo(55);
        assertThat(row.organisation()).isEqualTo("Pueblo Unido");
        assertThat(row.orgPriorActivity()).isEqualTo("p3");
        assertThat(row.orgPriorDate()).isEqualTo("2017-02-20");
        assertThat(row.orgGapDaysMin()).isEqualTo(9);
        assertThat(row.orgGapDaysMax()).isEqualTo(9);
        assertThat(row.orgPriorCertain()).isTrue();
        assertThat(row.summary())
                .contains("The latest protected activity of Pueblo Unido before it, a testimony on "
                        + "2017-02-20 (p3), was 9 days earlier.");
    }

    @Test
    void noPriorActivityLeavesTheFieldsEmpty() {
        ProximityRow row = onlyRow(List.of(
                event("a1", "2017-03-01", "adverse.surveillance", "Ana Ruiz"),
                event("p1", "2017-04-01", "protected.protest", "Ana Ruiz")));
        assertThat(row.priorActivity()).isNull();
        assertThat(row.gapDaysMin()).isNull();
        assertThat(row.gapDaysMax()).isNull();
        assertThat(row.orgPriorActivity()).isNull();
        assertThat(row.summary()).contains("followed no recorded protected activity of theirs");
    }

    @Test
    void knowledgeDateIsTheFirstKnowledgeEventNamingTheSubject() {
        List<Event> events = List.of(
                event("k2", "2017-02-10", "other.knowledge", "Ana Ruiz"),
                event("k1", "2016-11", "other.knowledge", "Ana Ruiz", "Luis Vega"),
                event("p1", "2017-03-01", "protected.protest", "Ana Ruiz"),
                event("a1", "2017-03-08", "adverse.arrest", "Ana Ruiz"));
        ProximityReport report = ProximityAnalysis.run(events, PEOPLE);
        assertThat(report.knowledge())
                .extracting(KnowledgeDate::person, KnowledgeDate::event, KnowledgeDate::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ana Ruiz", "k1", "2016-11"),
                        org.assertj.core.groups.Tuple.tuple("Luis Vega", "k1", "2016-11"));
        ProximityRow row = report.rows().get(0);
        assertThat(row.knowledgeEvent()).isEqualTo("k1");
        assertThat(row.knowledgeDate()).isEqualTo("2016-11");
        assertThat(row.summary())
                .endsWith("The agency's first recorded knowledge of Ana Ruiz dates from 2016-11 (k1).");
    }

    @Test
    void onlySubjectsGetRowsAndEachNamedSubjectGetsOne() {
        List<Event> events = List.of(
                event("p1", "2017-03-01", "protected.march", "Pueblo Unido"),
                event("a1", "2017-03-08", "adverse.arrest", "Ana Ruiz", "Luis Vega", "Agent Smith"));
        ProximityReport report = ProximityAnalysis.run(events, PEOPLE);
        assertThat(report.rows()).extracting(ProximityRow::person).containsExactly("Ana Ruiz", "Luis Vega");
        assertThat(report.rows()).allSatisfy(r -> {
            assertThat(r.priorActivity()).isNull();
            assertThat(r.orgPriorActivity()).isEqualTo("p1");
            assertThat(r.orgGapDaysMin()).isEqualTo(7);
        });
        assertThat(report.knowledge()).extracting(KnowledgeDate::event).containsOnlyNulls();
        assertThat(report.summary())
                .isEqualTo("2 adverse actions against 2 subjects; 0 followed a protected "
                        + "activity of the same person, 0 of them within 30 days.");
    }

    @Test
    void theFirstPageNamingTheSubjectBeforeTheActionIsTheKnowledgeWhenEarlier() {
        String doc = "a".repeat(64);
        List<Event> events = List.of(
                event("k1", "2017-02-10", "other.knowledge", "Ana Ruiz"),
                event("a1", "2017-03-08", "adverse.arrest", "Ana Ruiz"),
                event("a2", "2016-12-01", "adverse.traffic_stop", "Ana Ruiz"));
        List<Naming> namings = List.of(
                new Naming("ana ruiz", "2017-01-05", doc, 3),
                new Naming("Ana Ruiz", "2017-03-20", "b".repeat(64), 1), // after both actions
                new Naming("Luis Vega", "2016-01-01", "c".repeat(64), 1));
        List<ProximityRow> rows = ProximityAnalysis.run(events, PEOPLE, namings).rows();
        ProximityRow stop = rows.get(0);
        assertThat(stop.event()).isEqualTo("a2");
        // Nothing named her before the stop; the knowledge event stays, though it came later.
        assertThat(stop.knowledgeDocumentId()).isNull();
        assertThat(stop.knowledgeEvent()).isEqualTo("k1");
        ProximityRow arrest = rows.get(1);
        assertThat(arrest.knowledgeDate()).isEqualTo("2017-01-05");
        assertThat(arrest.knowledgeDocumentId()).isEqualTo(doc);
        assertThat(arrest.knowledgePage()).isEqualTo(3);
        assertThat(arrest.knowledgeEvent()).isNull();
        assertThat(arrest.summary())
                .endsWith("The agency's records first named Ana Ruiz on 2017-01-05 (document aaaaaaaaaaaa, page 3).");
    }
}
