package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.app.cli.RoleVisibilityContract.LETTER_ID;
import static org.redress.app.cli.RoleVisibilityContract.MEMO_ID;
import static org.redress.app.cli.RoleVisibilityContract.as;
import static org.redress.app.cli.TestTeamServer.assertOk;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redress.app.wiring.CaseServices;
import org.redress.application.access.Access;
import org.redress.application.requests.RequestService;
import org.redress.application.searches.SavedSearchService;
import org.redress.core.casemodel.Citation;
import org.redress.core.casemodel.Finding;
import org.redress.core.casemodel.Weight;
import org.redress.core.corpus.CaseStatus;
import org.redress.core.corpus.Page;
import org.redress.core.entities.Entity;
import org.redress.core.entities.EntityType;
import org.redress.core.entities.FoundEntity;
import org.redress.core.entities.PageRef;
import org.redress.core.privilege.PrivilegeKind;
import org.redress.core.requests.Production;
import org.redress.core.requests.Request;
import org.redress.core.search.SearchQuery;
import org.redress.core.searches.SavedSearch;
import org.redress.core.searches.SavedSearchHits;
import org.redress.core.users.Role;

/**
 * The numbers each role is told of the case of {@link RoleVisibilityContract} (issues 9 and 13): an entity's counts,
 * a saved search's new hits, a production's documents, the case's totals and the pages indexed count only what the
 * role may see, so no number says that something is hidden; and a mark made during a request hides its document at
 * once.
 */
interface RoleCountsContract {
    /** Opens the case as the web server does. */
    CaseServices open() throws IOException;

    /** Runs a command on the case. */
    Cli.Run on(String... args);

    /** A name both the memo and the letter hold (twice in the letter), and one only the letter holds. */
    private static void recognised(CaseServices c) {
        var entities = c.folder().entities();
        entities.savePage(
                new PageRef(MEMO_ID, 1), "test", List.of(new FoundEntity(0, 5, EntityType.PERSON, "Enrique Balcazar")));
        entities.savePage(
                new PageRef(LETTER_ID, 1),
                "test",
                List.of(
                        new FoundEntity(0, 5, EntityType.PERSON, "Enrique Balcazar"),
                        new FoundEntity(6, 10, EntityType.PERSON, "Enrique Balcazar"),
                        new FoundEntity(11, 15, EntityType.ORGANISATION, "Counsel Chambers")));
    }

    private static Entity named(List<Entity> all, String name) {
        return all.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    default void anEntitysCountsAreOfWhatTheRoleMaySee() throws IOException {
        try (CaseServices c = open()) {
            recognised(c);
            Entity all = named(c.entities().list(null, false), "Enrique Balcazar");
            assertThat(List.of(all.occurrences(), all.pages(), all.documents())).containsExactly(3, 2, 2);
            long chambers =
                    named(c.entities().list(null, false), "Counsel Chambers").id();
            for (Role role : List.of(Role.REPORTER, Role.VIEWER)) {
                as(role, () -> {
                    List<Entity> listed = c.entities().list(null, false);
                    Entity seen = named(listed, "Enrique Balcazar");
                    assertThat(List.of(seen.occurrences(), seen.pages(), seen.documents()))
                            .as(role.code())
                            .containsExactly(1, 1, 1);
                    assertThat(listed).extracting(Entity::name).doesNotContain("Counsel Chambers");
                    assertThat(c.folder()
                                    .entities()
                                    .entity(seen.id())
                                    .orElseThrow()
                                    .occurrences())
                            .isEqualTo(1);
                    assertThat(c.folder().entities().entity(chambers)).isEmpty();
                    assertThat(c.entities().find("Enrique Balcazar", null).documents())
                            .isEqualTo(1);
                    assertThat(c.entities().facet(null, 10))
                            .filteredOn(f -> f.name().equals("Enrique Balcazar"))
                            .singleElement()
                            .satisfies(f -> assertThat(f.pages()).isEqualTo(1));
                });
            }
            as(
                    Role.ATTORNEY,
                    () -> assertThat(named(c.entities().list(null, false), "Enrique Balcazar")
                                    .occurrences())
                            .isEqualTo(3));
        }
    }

    @Test
    default void aSavedSearchsNewHitsAreOfWhatTheRoleMaySee() throws IOException {
        try (CaseServices c = open()) {
            // Saved before the production came: both pages that name him are new to it.
            SavedSearch s = c.folder().savedSearches().save("him", "balcazar", Map.of(), List.of());
            try {
                as(Role.REPORTER, () -> {
                    SavedSearchService.Refresh refresh = c.savedSearches().refresh();
                    assertThat(refresh.newHits()).containsExactly(Map.entry("him", 1));
                    assertThat(newHits(c, s)).isEqualTo(1);
                    assertThat(c.savedSearches().newHits(s.id()))
                            .extracting(p -> p.documentId())
                            .containsExactly(MEMO_ID);
                    assertThat(c.savedSearches().markSeen(s.id(), null)).isEqualTo(1);
                    assertThat(c.savedSearches().withNewHits()).isEmpty();
                });
                // What the reporter could not see is still new for whoever may.
                as(Role.ATTORNEY, () -> {
                    assertThat(newHits(c, s)).isEqualTo(1);
                    assertThat(c.savedSearches().newHits(s.id()))
                            .extracting(p -> p.documentId())
                            .containsExactly(LETTER_ID);
                });
            } finally {
                c.savedSearches().delete(s.id());
            }
        }
    }

    private static int newHits(CaseServices c, SavedSearch s) {
        return c.savedSearches().list().stream()
                .filter(h -> h.search().id() == s.id())
                .mapToInt(SavedSearchHits::newHits)
                .findFirst()
                .orElse(0);
    }

    @Test
    default void theCasesTotalsAreOfWhatTheRoleMaySee() throws IOException {
        try (CaseServices c = open()) {
            CaseStatus whole = c.documents().status();
            long indexed = c.index().pageCount();
            for (Role role : List.of(Role.REPORTER, Role.VIEWER, Role.ADMIN, Role.ORGANISER)) {
                as(role, () -> {
                    CaseStatus seen = c.documents().status();
                    var documents = c.documents().documents();
                    long pages = documents.stream()
                            .mapToLong(d -> c.documents().pages(d.id()).size())
                            .sum();
                    long ocr = documents.stream()
                            .flatMap(d -> c.documents().pages(d.id()).stream())
                            .filter(Page::ocr)
                            .count();
                    assertThat(seen.documents()).as(role.code()).isEqualTo(documents.size());
                    assertThat(seen.pages()).as(role.code()).isEqualTo(pages);
                    assertThat(seen.ocrPages()).isEqualTo(ocr);
                    assertThat(seen.sources()).isEqualTo(c.documents().sources().size());
                    assertThat(seen.failures())
                            .isEqualTo(c.documents().failures().size());
                    assertThat(c.index().pageCount())
                            .as(role.code())
                            .isEqualTo(c.index().search(SearchQuery.of("*", 0)).total())
                            .isEqualTo(pages);
                    if (!role.seesPrivileged()) {
                        assertThat(seen.documents()).isLessThan(whole.documents());
                        assertThat(c.index().pageCount()).isLessThan(indexed);
                    }
                    if (role.seesWatchList()) {
                        assertThat(seen).isEqualTo(whole);
                        assertThat(c.index().pageCount()).isEqualTo(indexed);
                    }
                });
            }
            assertThat(whole.documents()).isEqualTo(c.documents().documents().size());
        }
    }

    @Test
    default void aProductionListsAndCountsOnlyTheDocumentsTheRoleMaySee() throws IOException {
        assertOk(on(
                "requests",
                "add",
                "--law",
                "us-foia",
                "--agency",
                "ICE",
                "--subject",
                "look-ups",
                "--filed",
                "2024-02-29"));
        try (CaseServices c = open()) {
            RequestService requests = c.requests(Clock.systemUTC(), 5);
            Request request = requests.store().requests().get(0);
            long source = c.documents().locations(MEMO_ID).get(0).sourceId();
            c.folder()
                    .requests()
                    .addProduction(new Production(
                            0, request.id(), 1, source, "dmv-2017", LocalDate.of(2024, 4, 2), null, null, List.of()));
            assertThat(requests.detail(request).productions().get(0).documentIds())
                    .containsExactlyInAnyOrder(MEMO_ID, LETTER_ID);
            as(Role.REPORTER, () -> {
                assertThat(requests.detail(request).productions().get(0).documentIds())
                        .containsExactly(MEMO_ID);
                assertThat(c.folder().requests().productionsOfDocument(LETTER_ID))
                        .isEmpty();
                assertThat(c.folder().requests().productionsOfDocument(MEMO_ID)).hasSize(1);
            });
        }
    }

    @Test
    default void aMarkMadeDuringARequestHidesItsDocumentAtOnce() throws IOException {
        try (CaseServices c = open()) {
            as(Role.REPORTER, () -> {
                assertThat(c.documents().document(MEMO_ID)).isPresent();
                long before = c.documents().status().documents();
                Access.asCase(
                        () -> c.privileges().mark(List.of(MEMO_ID), List.of(), PrivilegeKind.WORK_PRODUCT, "", "test"));
                try {
                    assertThat(c.documents().document(MEMO_ID)).isEmpty();
                    assertThat(c.documents().status().documents()).isEqualTo(before - 1);
                    assertThat(c.index().search(SearchQuery.of("balcazar", 10)).total())
                            .isZero();
                } finally {
                    Access.asCase(() -> c.privileges().unmark(List.of(MEMO_ID), List.of()));
                }
                assertThat(c.documents().document(MEMO_ID)).isPresent();
                assertThat(c.documents().status().documents()).isEqualTo(before);
            });
        }
    }

    @Test
    default void aFindingOnEvidenceTheRoleMayNotSeeIsNotCountedForIt() throws IOException {
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("events", ".csv");
        java.nio.file.Files.writeString(
                csv, "id,date,kind,description\nfinding-check,2017-03-18,protected.march,The march\n");
        assertOk(on("import", "events", csv.toString()));
        assertOk(on("claims", "add", "first-amendment-retaliation", "--id", "counts-check"));
        try (CaseServices c = open()) {
            var store = c.caseModel().store();
            long hidden = store.addCitation("finding-check", Citation.document(LETTER_ID, 1, "the letter"))
                    .id();
            long seen = store.addCitation("finding-check", Citation.document(MEMO_ID, 1, "the memo"))
                    .id();
            for (Finding f : List.of(
                    new Finding(0, "counts-check", "knowledge", null, hidden, Weight.SUPPORTS_STRONGLY, "why"),
                    new Finding(0, "counts-check", "knowledge", null, seen, Weight.SUPPORTS, ""),
                    new Finding(0, "counts-check", "knowledge", "finding-check", null, Weight.WEAKLY, "")))
                c.caseModel().link(f);
            assertThat(checked(c)).hasSize(3);
            as(Role.ORGANISER, () -> assertThat(checked(c)).hasSize(3));
            for (Role role : List.of(Role.REPORTER, Role.VIEWER))
                as(
                        role,
                        () -> assertThat(checked(c))
                                .as(role.code())
                                .hasSize(2)
                                .extracting(Finding::citationId)
                                .doesNotContain(hidden));
        }
    }

    private static List<Finding> checked(CaseServices c) {
        return c.caseModel().store().findings().stream()
                .filter(f -> f.claimId().equals("counts-check"))
                .toList();
    }
}
