package org.redress.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Citation;
import org.redress.core.casemodel.Claim;
import org.redress.core.casemodel.ClaimElement;
import org.redress.core.casemodel.Finding;
import org.redress.core.casemodel.Organisation;
import org.redress.core.casemodel.Part;
import org.redress.core.casemodel.Participant;
import org.redress.core.casemodel.Role;
import org.redress.core.casemodel.Weight;
import org.redress.core.casemodel.WitnessStatement;
import org.redress.core.chronology.EventDate;
import org.redress.core.chronology.EventKind;
import org.redress.core.port.CaseModelStore;

/** What every case-model store must do, whatever its database. */
public abstract class CaseModelStoreContract {
    @TempDir
    protected Path dir;

    protected CaseModelStore store;

    protected abstract CaseModelStore open(Path dir);

    protected abstract void close(CaseModelStore store);

    @BeforeEach
    void openStore() {
        store = open(dir);
    }

    @AfterEach
    void closeStore() {
        close(store);
    }

    protected static CaseEvent event(String id, String date, String kind, String... targets) {
        return new CaseEvent(
                id,
                EventDate.parse(date),
                EventKind.of(kind),
                java.util.Arrays.stream(targets)
                        .map(t -> new Participant(t, Part.TARGET))
                        .toList(),
                "",
                "what happened",
                false,
                List.of());
    }

    @Test
    void peopleWithAliasesAreFoundByNameOrAliasAndReplacedByName() {
        store.saveAll(
                List.of(new CasePerson(
                        "Enrique Balcázar",
                        List.of("Kike", "E. Balcazar"),
                        Role.SUBJECT,
                        "Migrant Justice",
                        true,
                        "spokesman")),
                List.of(new Organisation("Migrant Justice", "group", "")),
                List.of());
        assertThat(store.person("kike")).get().extracting(CasePerson::name).isEqualTo("Enrique Balcázar");
        assertThat(store.person("Enrique Balcázar").get().aliases()).containsExactly("Kike", "E. Balcazar");
        store.savePerson(
                new CasePerson("Enrique Balcázar", List.of("Kike"), Role.SUBJECT, "Migrant Justice", false, ""));
        assertThat(store.people()).hasSize(1);
        assertThat(store.people().get(0).leader()).isFalse();
        assertThat(store.people().get(0).aliases()).containsExactly("Kike");
        assertThat(store.organisations()).extracting(Organisation::name).containsExactly("Migrant Justice");
    }

    @Test
    void anOfficialKeepsTheirLevel() {
        store.saveAll(
                List.of(new CasePerson("Tom Agent", List.of("tom@ice.example.gov"), Role.OFFICIAL, "ICE", false, "")
                        .withLevel(org.redress.core.casemodel.Level.AREA_OFFICE)),
                List.of(),
                List.of());
        CasePerson tom = store.person("Tom Agent").orElseThrow();
        assertThat(tom.level()).isEqualTo(org.redress.core.casemodel.Level.AREA_OFFICE);
        assertThat(tom.addresses()).containsExactly("tom@ice.example.gov");
    }

    @Test
    void eventsComeBackInChronologicalOrderWithTheirPartsAndIds() {
        List<CaseEvent> saved = store.saveAll(
                List.of(),
                List.of(),
                List.of(
                        event("", "2017-03-17T17:00", "adverse.arrest", "Ana"),
                        event("", "2017-03", "protected.protest", "Ana"),
                        event("", "2017-03-17T09:00", "protected.press_conference", "Ana")));
        assertThat(saved).extracting(CaseEvent::id).containsExactly("E1", "E2", "E3");
        assertThat(store.events()).extracting(CaseEvent::id).containsExactly("E2", "E3", "E1");
        CaseEvent withActor = new CaseEvent(
                "E1",
                EventDate.parse("2017-03-17T17:00"),
                EventKind.of("adverse.arrest"),
                List.of(new Participant("Ana", Part.TARGET), new Participant("ICE", Part.ACTOR)),
                "Burlington",
                "arrest",
                true,
                List.of());
        store.saveEvent(withActor);
        CaseEvent back = store.event("E1").orElseThrow();
        assertThat(back.people())
                .containsExactly(new Participant("Ana", Part.TARGET), new Participant("ICE", Part.ACTOR));
        assertThat(back.disputed()).isTrue();
        assertThat(back.place()).isEqualTo("Burlington");
        assertThat(back.date()).isEqualTo(EventDate.parse("2017-03-17T17:00"));
        assertThat(store.saveEvent(event("", "2018", "other.policy")).id()).isEqualTo("E4");
    }

    @Test
    void citationsOfAllThreeKindsRoundTripAndAreNeverDroppedBySavingAgain() {
        WitnessStatement ws = new WitnessStatement(
                "Ana Ruiz",
                "two agents put him in a grey SUV",
                "2017-03-17 17:05",
                "Main St",
                "\"we know who you are\"",
                "grey Ford SUV, VT plate ABC123",
                "#4411");
        CaseEvent e = event("E7", "2017-03-17", "adverse.arrest", "Ana")
                .withCitations(List.of(
                        Citation.document("ab".repeat(32), 14, "a quote"),
                        Citation.witness(ws),
                        Citation.outside("https://example.org/a", "Seven Days", "2017-03-18", "")));
        store.saveEvent(e);
        store.saveEvent(event("E7", "2017-03-17", "adverse.arrest", "Ana")); // saved again without citations
        List<Citation> back = store.event("E7").orElseThrow().citations();
        assertThat(back).hasSize(3);
        assertThat(back.get(0).page()).isEqualTo(14);
        assertThat(back.get(1).statement()).isEqualTo(ws);
        assertThat(back.get(2).url()).isEqualTo("https://example.org/a");
        store.saveEvent(e); // the same evidence again adds nothing
        assertThat(store.event("E7").orElseThrow().citations()).hasSize(3);
        Citation added = store.addCitation("E7", Citation.document("cd".repeat(32), 2, "more"));
        assertThat(added.id()).isPositive();
        assertThat(store.citation(added.id())).get().extracting(Citation::quote).isEqualTo("more");
        assertThatThrownBy(() -> store.addCitation("E99", Citation.document("cd".repeat(32), 2, "")))
                .hasMessageContaining("E99");
    }

    @Test
    void claimsKeepTheirElementsAndFindingsLinkEventsOrCitations() {
        store.saveEvent(event("E1", "2017-03-17", "adverse.arrest", "Ana"));
        Claim claim = new Claim(
                "fa",
                "first-amendment-retaliation",
                "First Amendment retaliation",
                "",
                List.of(
                        new ClaimElement("protected-activity", "Protected activity", "law", "Mt. Healthy"),
                        new ClaimElement("adverse-action", "Adverse action", "law", "")));
        store.saveClaim(claim);
        Finding f = store.addFinding(
                new Finding(0, "fa", "adverse-action", "E1", null, Weight.SUPPORTS_STRONGLY, "arrested"));
        store.saveClaim(claim); // adopting again keeps the findings
        assertThat(store.claim("fa")).get().extracting(c -> c.elements().size()).isEqualTo(2);
        assertThat(store.findings()).containsExactly(f);
        assertThatThrownBy(
                () -> store.addFinding(new Finding(0, "fa", "no-such-element", "E1", null, Weight.SUPPORTS, "")));
        assertThat(store.findings()).hasSize(1);
    }
}
