package org.redress.application.casemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CaseModelException;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Citation;
import org.redress.core.casemodel.Organisation;
import org.redress.core.casemodel.Part;
import org.redress.core.casemodel.Participant;
import org.redress.core.casemodel.Role;
import org.redress.core.casemodel.WitnessStatement;
import org.redress.core.chronology.EventDate;
import org.redress.core.chronology.EventKind;
import org.redress.store.sqlite.SqliteCaseModelStore;

/** The chronology's rows, on a real SQLite case-model store. */
class ChronologyTest {
    static final String MEMO = "3f1c9a02b7e4" + "5".repeat(52);

    @TempDir
    Path dir;

    SqliteCaseModelStore store;

    @BeforeEach
    void open() {
        store = SqliteCaseModelStore.open(dir.resolve("case.db"));
        store.saveAll(
                List.of(
                        new CasePerson("Enrique Balcázar", List.of("Kike"), Role.SUBJECT, "Migrant Justice", true, ""),
                        new CasePerson("Zully Palacios", List.of(), Role.SUBJECT, "Migrant Justice", true, ""),
                        new CasePerson("Ana Ruiz", List.of(), Role.WITNESS, null, false, "")),
                List.of(new Organisation("Migrant Justice", "group", ""), new Organisation("ICE", "agency", "")),
                // entered out of order: the chronology is in date order, whatever the order of entry
                List.of(
                        event(
                                "E4",
                                "2017-03-20",
                                "adverse.arrest",
                                "Arrested at a traffic stop",
                                false,
                                List.of(new Participant("Zully Palacios", Part.TARGET)),
                                List.of()),
                        event(
                                "E2",
                                "2017-03-17T07:30",
                                "adverse.arrest",
                                "Arrested leaving his office",
                                true,
                                List.of(
                                        new Participant("Enrique Balcázar", Part.TARGET),
                                        new Participant("ICE", Part.ACTOR),
                                        new Participant("Ana Ruiz", Part.WITNESS)),
                                List.of(
                                        Citation.document(MEMO, 2, "arrest him"),
                                        Citation.witness(new WitnessStatement(
                                                "Ana Ruiz",
                                                "two agents took him",
                                                "2017-03-17",
                                                "",
                                                "we know who you are",
                                                "",
                                                "")),
                                        Citation.outside("https://example.org/news", "Seven Days", "2017-03-18", ""))),
                        event(
                                "E3",
                                "2017-03",
                                "protected.protest",
                                "March at the Statehouse",
                                false,
                                List.of(new Participant("Migrant Justice", Part.TARGET)),
                                List.of()),
                        event(
                                "E1",
                                "2017-03-01",
                                "protected.press_conference",
                                "Press conference on DMV data sharing",
                                false,
                                List.of(new Participant("Enrique Balcázar", Part.TARGET)),
                                List.of()),
                        event(
                                "E5",
                                "~2017-04-10",
                                "other.communication",
                                "Ana Ruiz writes to the agency about Kike",
                                false,
                                List.of(
                                        new Participant("ICE", Part.TARGET),
                                        new Participant("Enrique Balcázar", Part.WITNESS)),
                                List.of())));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static CaseEvent event(
            String id,
            String date,
            String kind,
            String description,
            boolean disputed,
            List<Participant> people,
            List<Citation> citations) {
        return new CaseEvent(
                id,
                EventDate.parse(date),
                EventKind.of(kind),
                people,
                id.equals("E2") ? "Burlington" : "",
                description,
                disputed,
                citations);
    }

    @Test
    void oneRowPerEventInDateOrder() {
        List<Chronology.Row> rows = Chronology.rows(store, null);
        // the month of the march sorts on its first day, before the press conference of 03-01
        assertThat(rows).extracting(Chronology.Row::id).containsExactly("E3", "E1", "E2", "E4", "E5");
        assertThat(rows)
                .extracting(Chronology.Row::date)
                .containsExactly("2017-03", "2017-03-01", "2017-03-17T07:30", "2017-03-20", "~2017-04-10");
        assertThat(Chronology.rows(store, "  ")).isEqualTo(rows);
        assertThat(Chronology.events(store, null))
                .extracting(CaseEvent::id)
                .containsExactly("E3", "E1", "E2", "E4", "E5");
    }

    @Test
    void aRowSaysWhoTookWhatPartAndCitesEachSourceWithItsQuote() {
        Chronology.Row arrest = Chronology.rows(store, null).get(2);
        assertThat(arrest)
                .isEqualTo(new Chronology.Row(
                        "E2",
                        "2017-03-17T07:30",
                        "adverse.arrest",
                        "Arrested leaving his office",
                        "Enrique Balcázar; ICE (actor); Ana Ruiz (witness)",
                        "Burlington",
                        List.of(
                                "doc 3f1c9a02b7e4, p. 2",
                                "statement of Ana Ruiz (2017-03-17)",
                                "Seven Days (2017-03-18), https://example.org/news"),
                        List.of("arrest him", "we know who you are"), // the outside source has no quote, and gives none
                        true));
        Chronology.Row march = Chronology.rows(store, null).get(0);
        assertThat(march.people()).isEqualTo("Migrant Justice");
        assertThat(march.sources()).isEmpty();
        assertThat(march.quotes()).isEmpty();
        assertThat(march.disputed()).isFalse();
    }

    @Test
    void onePersonsChronologyHasEveryEventTheyTakePartInFoundByNameOrAlias() {
        // E1 and E2 are about him; in E5 he is a witness; the text of E5 naming "Kike" is not what counts
        assertThat(Chronology.rows(store, "kike"))
                .extracting(Chronology.Row::id)
                .containsExactly("E1", "E2", "E5");
        assertThat(Chronology.rows(store, " Enrique Balcázar "))
                .extracting(Chronology.Row::id)
                .containsExactly("E1", "E2", "E5");
        assertThat(Chronology.rows(store, "Ana Ruiz"))
                .extracting(Chronology.Row::id)
                .containsExactly("E2");
        assertThat(Chronology.rows(store, "Zully Palacios"))
                .extracting(Chronology.Row::id)
                .containsExactly("E4");
    }

    @Test
    void aPersonTheCaseDoesNotHaveIsAMistakeNotAnEmptyChronology() {
        assertThatThrownBy(() -> Chronology.rows(store, "Nobody"))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("there is no person 'Nobody' in the case");
        // an organisation is not a person
        assertThatThrownBy(() -> Chronology.rows(store, "ICE")).isInstanceOf(CaseModelException.class);
    }
}
