package org.redress.core.casemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.chronology.Event;
import org.redress.core.chronology.EventDate;
import org.redress.core.chronology.EventKind;
import org.redress.core.chronology.Person;

/** The invariants every case-model record checks when it is made: names, ids, and a finding's one link. */
class CaseModelRecordsTest {

    @Test
    void aFindingLinksExactlyOneEventOrOneCitation() {
        Finding toEvent = new Finding(0, "fa", "adverse-action", "E1", null, Weight.SUPPORTS_STRONGLY, "arrested");
        assertThat(toEvent.eventId()).isEqualTo("E1");
        assertThat(toEvent.citationId()).isNull();
        Finding toCitation = new Finding(0, "fa", "knowledge", null, 7L, Weight.CONTRADICTS, null);
        assertThat(toCitation.citationId()).isEqualTo(7L);
        assertThatThrownBy(() -> new Finding(0, "fa", "knowledge", "E1", 7L, Weight.SUPPORTS, ""))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("a finding links exactly one event, one citation or one mention");
        assertThatThrownBy(() -> new Finding(0, "fa", "knowledge", null, null, Weight.SUPPORTS, ""))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("a finding links exactly one event, one citation or one mention");
    }

    @Test
    void aFindingCanCiteAMentionInsteadAndThenNothingElse() {
        Finding toMention = new Finding(0, "fa", "knowledge", null, null, Weight.SUPPORTS, "", " 3fa2c1d9e0b4 ");
        assertThat(toMention.mentionId()).isEqualTo("3fa2c1d9e0b4");
        assertThat(new Finding(0, "fa", "knowledge", "E1", null, Weight.SUPPORTS, "").mentionId())
                .isNull();
        assertThatThrownBy(() -> new Finding(0, "fa", "knowledge", null, 7L, Weight.SUPPORTS, "", "3fa2c1d9e0b4"))
                .isInstanceOf(CaseModelException.class);
    }

    @Test
    void aFindingNeedsAClaimAndAnElementAndDefaultsToSupportsWithNoNote() {
        assertThatThrownBy(() -> new Finding(0, null, "knowledge", "E1", null, null, null))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("a finding needs a claim and an element");
        assertThatThrownBy(() -> new Finding(0, "fa", null, "E1", null, null, null))
                .isInstanceOf(CaseModelException.class);
        Finding f = new Finding(0, "fa", "knowledge", "E1", null, null, null);
        assertThat(f.weight()).isEqualTo(Weight.SUPPORTS);
        assertThat(f.note()).isEmpty();
    }

    @Test
    void aPersonHasANameAndKeepsEachAliasOnceStripped() {
        CasePerson p = new CasePerson(
                "  Enrique Balcázar ",
                java.util.Arrays.asList(" Kike ", "", "Kike", "E. Balcazar", "  "),
                null,
                "  ",
                false,
                null);
        assertThat(p.name()).isEqualTo("Enrique Balcázar");
        assertThat(p.aliases()).containsExactly("Kike", "E. Balcazar");
        assertThat(p.role()).isEqualTo(Role.OTHER);
        assertThat(p.organisation()).isNull(); // blank is none
        assertThat(p.notes()).isEmpty();
        assertThat(new CasePerson("Ana", null, Role.SUBJECT, " Migrant Justice ", true, "").organisation())
                .isEqualTo("Migrant Justice");
        assertThat(new CasePerson("Ana", null, Role.SUBJECT, null, true, "").aliases())
                .isEmpty();
        assertThatThrownBy(() -> new CasePerson(" \t", List.of(), Role.SUBJECT, null, false, ""))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("a person needs a name");
    }

    @Test
    void aPersonsAliasesCannotBeChangedFromOutside() {
        List<String> aliases = new ArrayList<>(List.of("Kike"));
        CasePerson p = new CasePerson("Enrique Balcázar", aliases, Role.SUBJECT, null, false, "");
        aliases.add("Quique");
        assertThat(p.aliases()).containsExactly("Kike");
        assertThatThrownBy(() -> p.aliases().add("Quique")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aPersonAnswersToTheNameAndEachAliasIgnoringCaseAndSpaces() {
        CasePerson p = new CasePerson("Enrique Balcázar", List.of("Kike"), Role.SUBJECT, "Migrant Justice", true, "");
        assertThat(p.answersTo("enrique balcázar")).isTrue();
        assertThat(p.answersTo("  KIKE ")).isTrue();
        assertThat(p.answersTo("Enrique")).isFalse();
        assertThat(p.answersTo("Enrique Balcazar")).isFalse(); // accents are a name matcher's business, not this one's
        assertThat(p.answersTo(null)).isFalse();
    }

    @Test
    void theAnalysisViewOfAPersonIsASubjectOnlyForTheSubjectRole() {
        assertThat(new CasePerson("Ana", List.of(), Role.SUBJECT, "Migrant Justice", true, "").toPerson())
                .isEqualTo(new Person("Ana", "Migrant Justice", true, true));
        for (Role r : List.of(Role.OFFICIAL, Role.WITNESS, Role.OTHER)) {
            assertThat(new CasePerson("Ana", List.of(), r, null, false, "")
                            .toPerson()
                            .subject())
                    .as(r.code())
                    .isFalse();
        }
    }

    @Test
    void anOrganisationHasANameAndAFreeKind() {
        Organisation o = new Organisation(" ICE ", null, null);
        assertThat(o).isEqualTo(new Organisation("ICE", "", ""));
        assertThat(new Organisation("Migrant Justice", " group ", "n").kind()).isEqualTo("group");
        assertThatThrownBy(() -> new Organisation("  ", "agency", ""))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("an organisation needs a name");
    }

    @Test
    void aParticipantHasANameAndIsATargetUnlessSaidOtherwise() {
        assertThat(new Participant(" Ana ", null)).isEqualTo(new Participant("Ana", Part.TARGET));
        assertThat(new Participant("ICE", Part.ACTOR).part()).isEqualTo(Part.ACTOR);
        assertThatThrownBy(() -> new Participant("", Part.WITNESS))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("a participant needs a name");
    }

    @Test
    void aClaimNeedsAnIdAndDefaultsItsTemplateAndTitleToIt() {
        Claim c = new Claim("fa", null, null, null, null);
        assertThat(c.template()).isEqualTo("fa");
        assertThat(c.title()).isEqualTo("fa");
        assertThat(c.summary()).isEmpty();
        assertThat(c.elements()).isEmpty();
        assertThatThrownBy(() -> new Claim(" ", "t", "T", "", List.of()))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("a claim needs an id");
        assertThatThrownBy(() -> new Claim(null, "t", "T", "", List.of())).isInstanceOf(CaseModelException.class);
    }

    @Test
    void aClaimFindsItsElementsByExactId() {
        ClaimElement motive = new ClaimElement("motive", "Retaliatory motive", "law", "Mt. Healthy");
        Claim c = new Claim(
                "fa",
                "first-amendment-retaliation",
                "First Amendment retaliation",
                "",
                List.of(new ClaimElement("protected-activity", null, null, null), motive));
        assertThat(c.element("motive")).contains(motive);
        assertThat(c.element("Motive")).isEmpty();
        assertThat(c.element("moti")).isEmpty();
    }

    @Test
    void aClaimsElementsAreCopiedWhenItIsMade() {
        List<ClaimElement> elements = new ArrayList<>(List.of(new ClaimElement("speech", "Speech", "", "")));
        Claim c = new Claim("vt", "vt", "Vermont", "", elements);
        elements.add(new ClaimElement("motive", "Motive", "", ""));
        assertThat(c.elements()).extracting(ClaimElement::id).containsExactly("speech");
    }

    @Test
    void anElementNeedsAnIdAndABlankAlternativeIsNone() {
        ClaimElement e = new ClaimElement("nieves-exception", null, null, null, " ");
        assertThat(e.title()).isEqualTo("nieves-exception");
        assertThat(e.law()).isEmpty();
        assertThat(e.authority()).isEmpty();
        assertThat(e.alternative()).isNull();
        assertThat(new ClaimElement("no-probable-cause", "No probable cause", "", "", "cause").alternative())
                .isEqualTo("cause");
        assertThat(new ClaimElement("x", "X", "", "").alternative()).isNull();
        assertThatThrownBy(() -> new ClaimElement("", "t", "", ""))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("an element needs an id");
    }

    @Test
    void anEventDefaultsItsTextAndListsAndItsTargetsAreThePeopleItIsAbout() {
        CaseEvent e = new CaseEvent(
                "E2",
                EventDate.parse("2017-03-17T07:30"),
                EventKind.of("adverse.arrest"),
                List.of(
                        new Participant("Enrique Balcázar", Part.TARGET), new Participant("ICE", Part.ACTOR),
                        new Participant("Ana Ruiz", Part.WITNESS), new Participant("Migrant Justice", Part.TARGET)),
                null,
                null,
                true,
                null);
        assertThat(e.place()).isEmpty();
        assertThat(e.description()).isEmpty();
        assertThat(e.citations()).isEmpty();
        assertThat(e.targets()).containsExactly("Enrique Balcázar", "Migrant Justice");
        assertThat(e.involves(" ana ruiz ")).isTrue(); // any part
        assertThat(e.involves("ice")).isTrue();
        assertThat(e.involves("Zully Palacios")).isFalse();
        Event analysed = e.toEvent();
        assertThat(analysed.people()).containsExactly("Enrique Balcázar", "Migrant Justice");
        assertThat(analysed.id()).isEqualTo("E2");
        assertThat(analysed.kind()).isEqualTo(EventKind.of("adverse.arrest"));
        assertThatThrownBy(() ->
                        new CaseEvent("E1", null, EventKind.of("adverse.arrest"), List.of(), "", "", false, List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("date");
    }

    @Test
    void withIdAndWithCitationsKeepEverythingElse() {
        CaseEvent e = new CaseEvent(
                "",
                EventDate.parse("2017-03"),
                EventKind.of("protected.protest"),
                List.of(new Participant("Migrant Justice", Part.TARGET)),
                "Montpelier",
                "March",
                false,
                List.of());
        Citation c = Citation.outside("https://example.org", null, null, "");
        CaseEvent changed = e.withId("E3").withCitations(List.of(c));
        assertThat(changed)
                .isEqualTo(
                        new CaseEvent("E3", e.date(), e.kind(), e.people(), "Montpelier", "March", false, List.of(c)));
    }
}
