package org.redress.application.casemodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.Citation;
import org.redress.core.casemodel.Claim;
import org.redress.core.casemodel.ClaimElement;
import org.redress.core.casemodel.Finding;
import org.redress.core.casemodel.Part;
import org.redress.core.casemodel.Participant;
import org.redress.core.casemodel.Weight;
import org.redress.core.chronology.EventDate;
import org.redress.core.chronology.EventKind;
import org.redress.store.sqlite.SqliteCaseModelStore;

/** What each claim still lacks, on a real SQLite case-model store. */
class GapReportTest {
    static final String MEMO = "3f1c9a02b7e4" + "5".repeat(52);

    @TempDir
    Path dir;

    SqliteCaseModelStore store;

    @BeforeEach
    void open() {
        store = SqliteCaseModelStore.open(dir.resolve("case.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static CaseEvent event(String id, String date, String kind, String description) {
        return new CaseEvent(
                id,
                EventDate.parse(date),
                EventKind.of(kind),
                List.of(new Participant("Enrique Balcázar", Part.TARGET)),
                "",
                description,
                false,
                List.of());
    }

    static ClaimElement el(String id, String title) {
        return new ClaimElement(id, title, "law of " + id, "authority of " + id);
    }

    static ClaimElement alt(String id, String title, String group) {
        return new ClaimElement(id, title, "", "", group);
    }

    /** E1 press conference, E2 arrest with a citation to page 2 of the memo; returns the citation's id. */
    long twoEvents() {
        store.saveAll(
                List.of(),
                List.of(),
                List.of(
                        event("E1", "2017-03-01", "protected.press_conference", "Press conference"),
                        event("E2", "2017-03-17", "adverse.arrest", "Arrested")));
        return store.addCitation("E2", Citation.document(MEMO, 2, "arrest him")).id();
    }

    Finding find(String claim, String element, String event, Long citation, Weight weight) {
        return store.addFinding(new Finding(0, claim, element, event, citation, weight, "note on " + element));
    }

    static GapReport.ElementStatus element(GapReport.ClaimGaps claim, String id) {
        return claim.elements().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aCaseWithoutClaimsSaysHowToAdoptOne() {
        GapReport.Report r = GapReport.of(store);
        assertThat(r.claims()).isEmpty();
        assertThat(r.summary())
                .isEqualTo("The case has no claims yet; adopt one with: redress claims add --case DIR TEMPLATE");
    }

    @Test
    void anElementIsSupportedContestedOrUnsupportedByTheWeightOfItsEvidence() {
        long memo = twoEvents();
        store.saveClaim(new Claim(
                "fa",
                "first-amendment-retaliation",
                "First Amendment retaliation",
                "",
                List.of(
                        el("protected-activity", "Protected activity"),
                        el("adverse-action", "Adverse action"),
                        el("knowledge", "Knowledge"),
                        el("motive", "Retaliatory motive"),
                        el("but-for", "But-for causation"))));
        Finding strong = find("fa", "protected-activity", "E1", null, Weight.SUPPORTS_STRONGLY);
        find("fa", "adverse-action", "E2", null, Weight.WEAKLY); // weak evidence still supports
        find("fa", "knowledge", null, memo, Weight.CONTRADICTS); // only contradicting evidence
        Finding against = find("fa", "motive", "E2", null, Weight.CONTRADICTS);
        Finding forIt = find("fa", "motive", null, memo, Weight.SUPPORTS); // any support outweighs a contradiction

        GapReport.ClaimGaps fa = GapReport.of(store).claims().get(0);
        assertThat(fa.claim()).isEqualTo("fa");
        assertThat(fa.title()).isEqualTo("First Amendment retaliation");
        assertThat(fa.elements())
                .extracting(GapReport.ElementStatus::id)
                .containsExactly(
                        "protected-activity", "adverse-action", "knowledge", "motive", "but-for"); // the claim's order
        assertThat(fa.elements())
                .extracting(GapReport.ElementStatus::status)
                .containsExactly("supported", "supported", "contested", "supported", "unsupported");
        assertThat(fa.elements())
                .extracting(GapReport.ElementStatus::met)
                .containsExactly(true, true, false, true, false);
        assertThat(fa.unsupported()).containsExactly("knowledge", "but-for");
        assertThat(fa.summary())
                .isEqualTo("First Amendment retaliation: 2 of 5 elements still lack supporting evidence: "
                        + "Knowledge; But-for causation.");

        GapReport.ElementStatus pa = element(fa, "protected-activity");
        assertThat(pa.law()).isEqualTo("law of protected-activity");
        assertThat(pa.authority()).isEqualTo("authority of protected-activity");
        assertThat(pa.evidence())
                .containsExactly(new GapReport.Evidence(
                        strong.id(),
                        "supports-strongly",
                        "E1",
                        null,
                        "E1 2017-03-01 protected.press_conference: Press conference",
                        "note on protected-activity"));
        assertThat(element(fa, "motive").evidence())
                .containsExactly(
                        new GapReport.Evidence(
                                against.id(),
                                "contradicts",
                                "E2",
                                null,
                                "E2 2017-03-17 adverse.arrest: Arrested",
                                "note on motive"),
                        new GapReport.Evidence(
                                forIt.id(), "supports", null, memo, "doc 3f1c9a02b7e4, p. 2", "note on motive"));
        assertThat(element(fa, "but-for").evidence()).isEmpty();
    }

    @Test
    void anAlternativeIsMetWhenAnyElementOfItsGroupIsSupported() {
        long memo = twoEvents();
        store.saveClaim(new Claim(
                "ra",
                "retaliatory-arrest",
                "Retaliatory arrest",
                "",
                List.of(
                        el("arrest", "Arrest"),
                        alt("no-probable-cause", "No probable cause", "cause"),
                        alt("nieves-exception", "Similarly situated not arrested", "cause"),
                        alt("official-policy", "Official policy", "policy"),
                        alt("custom", "Custom", "policy"))));
        find("ra", "arrest", "E2", null, Weight.SUPPORTS);
        find("ra", "nieves-exception", "E2", null, Weight.WEAKLY);
        find("ra", "official-policy", null, memo, Weight.CONTRADICTS); // a contested alternative meets nothing

        GapReport.ClaimGaps ra = GapReport.of(store).claims().get(0);
        GapReport.ElementStatus npc = element(ra, "no-probable-cause");
        assertThat(npc.status()).isEqualTo("unsupported"); // its own status stays what its evidence says
        assertThat(npc.met()).isTrue(); // but its group is proven
        assertThat(npc.alternative()).isEqualTo("cause");
        assertThat(element(ra, "official-policy").met()).isFalse();
        assertThat(element(ra, "custom").met()).isFalse();
        assertThat(ra.unsupported()).containsExactly("official-policy", "custom");
        assertThat(ra.summary()).endsWith("2 of 5 elements still lack supporting evidence: Official policy; Custom.");
    }

    @Test
    void claimsDoNotLendEachOtherEvidenceForElementsOfTheSameId() {
        twoEvents();
        store.saveClaim(new Claim(
                "fa",
                "first-amendment-retaliation",
                "First Amendment retaliation",
                "",
                List.of(el("protected-activity", "Protected activity"))));
        store.saveClaim(new Claim(
                "ra",
                "retaliatory-arrest",
                "Retaliatory arrest",
                "",
                List.of(el("protected-activity", "Protected activity"), el("arrest", "Arrest"))));
        find("fa", "protected-activity", "E1", null, Weight.SUPPORTS);
        find("ra", "arrest", "E2", null, Weight.SUPPORTS);

        GapReport.Report r = GapReport.of(store);
        assertThat(r.claims())
                .extracting(GapReport.ClaimGaps::claim)
                .containsExactly("fa", "ra"); // in the order adopted
        GapReport.ClaimGaps fa = r.claims().get(0);
        GapReport.ClaimGaps ra = r.claims().get(1);
        assertThat(fa.unsupported()).isEmpty();
        assertThat(fa.summary()).isEqualTo("First Amendment retaliation: every element has supporting evidence.");
        assertThat(element(ra, "protected-activity").evidence()).isEmpty();
        assertThat(ra.unsupported()).containsExactly("protected-activity");
        assertThat(element(ra, "arrest").evidence()).hasSize(1);
        assertThat(r.summary()).isEqualTo("2 claims; 1 element still unsupported.");
    }

    @Test
    void aClaimWithoutFindingsListsEveryElementAsUnsupported() {
        store.saveClaim(new Claim(
                "dppa",
                "dppa-disclosure",
                "Unlawful disclosure of motor-vehicle records",
                "",
                List.of(el("disclosure", "Disclosure"), el("purpose", "Impermissible purpose"))));
        GapReport.Report r = GapReport.of(store);
        assertThat(r.claims().get(0).unsupported()).containsExactly("disclosure", "purpose");
        assertThat(r.claims().get(0).elements())
                .allSatisfy(e -> assertThat(e.status()).isEqualTo("unsupported"));
        assertThat(r.summary()).isEqualTo("1 claim; 2 elements still unsupported.");
    }
}
