package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.app.cli.TestTeamServer.assertOk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.app.wiring.CaseServices;
import org.redress.application.users.ActingUser;
import org.redress.application.users.Principal;
import org.redress.core.NotFound;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Finding;
import org.redress.core.corpus.Sha256;
import org.redress.core.mentions.Mention;
import org.redress.core.search.SearchHit;
import org.redress.core.search.SearchQuery;
import org.redress.core.search.SearchResult;
import org.redress.core.users.NotForYourRole;
import org.redress.core.users.Role;
import org.redress.core.users.UserName;

/**
 * What each role sees of one case (issue 13), on the backend a subclass gives: a memo and a privileged letter that both
 * name a watched person, and a finding whose note is privileged. Reporters and viewers never reach the letter (by id,
 * prefix, pages, original, search hits, totals, facets) nor read the note; attorneys and organisers do; only they see
 * the watch-list; no acting user (the command line) sees everything.
 */
abstract class RoleVisibilityContract {
    static final String MEMO =
            "Field office memo, 2017-03-02.\nEnrique Balcazar spoke at the vigil. Supervisor: arrest him.\n";
    static final String LETTER = "Letter to counsel.\nEnrique Balcazar asks what to say about the arrest.\n";
    static final String MEMO_ID = Sha256.of(MEMO.getBytes(StandardCharsets.UTF_8));
    static final String LETTER_ID = Sha256.of(LETTER.getBytes(StandardCharsets.UTF_8));

    /** Runs a command on the case: the case's options are put after {@code args}. */
    abstract Cli.Run on(String... args);

    /** Opens the case as the web server does. */
    abstract CaseServices open() throws IOException;

    /** Ingests the production folder into the case, read to the end. */
    abstract void ingest(Path production);

    /** Writes the production, people, events, a claim with a finding, and marks the letter and the finding. */
    long prepare(Path tmp) throws IOException {
        Path production = Files.createDirectories(tmp.resolve("dmv-2017"));
        Files.writeString(production.resolve("memo.txt"), MEMO);
        Files.writeString(production.resolve("letter.txt"), LETTER);
        ingest(production);
        Files.writeString(tmp.resolve("people.csv"), """
                name,aliases,role,organisation,leader
                Enrique Balcázar,E. Balcazar,subject,Migrant Justice,yes
                """);
        Files.writeString(tmp.resolve("events.csv"), """
                date,kind,people,description
                2017-03-17,adverse.arrest,Enrique Balcázar,Arrested leaving his office
                """);
        assertOk(on("import", "people", tmp.resolve("people.csv").toString()));
        assertOk(on("import", "events", tmp.resolve("events.csv").toString()));
        assertOk(on("claims", "add", "first-amendment-retaliation"));
        long finding = assertOk(on(
                        "claims",
                        "link",
                        "first-amendment-retaliation",
                        "adverse-action",
                        "--event",
                        "E1",
                        "--note",
                        "counsel thinks the arrest was planned",
                        "--json"))
                .json()
                .get("id")
                .asLong();
        assertOk(on("privilege", "mark", LETTER_ID.substring(0, 10), "--kind", "attorney_client"));
        assertOk(on("privilege", "mark", "--finding", Long.toString(finding), "--kind", "Work-Product"));
        return finding;
    }

    /** What the checks run while acting for a user of this role. */
    @FunctionalInterface
    interface Checks {
        void run() throws IOException;
    }

    /** Runs {@code checks} as a request of a user with {@code role} would, then as no user again. */
    static void as(Role role, Checks checks) throws IOException {
        ActingUser.Scope scope = ActingUser.begin(new Principal(UserName.of("someone"), role, List.of("the-case")));
        try {
            checks.run();
        } finally {
            scope.close();
        }
    }

    private static List<String> documents(SearchResult r) {
        return r.hits().stream().map(SearchHit::documentId).distinct().toList();
    }

    @Test
    void reportersAndViewersNeverReachAPrivilegedDocument() throws IOException {
        try (CaseServices c = open()) {
            for (Role role : List.of(Role.REPORTER, Role.VIEWER)) {
                as(role, () -> {
                    assertThat(c.documents().document(LETTER_ID))
                            .as(role.code())
                            .isEmpty();
                    assertThat(c.documents().documentByPrefix(LETTER_ID.substring(0, 10)))
                            .isEmpty();
                    assertThat(c.corpus().find(LETTER_ID)).isEmpty();
                    assertThat(c.documents().pages(LETTER_ID)).isEmpty();
                    assertThat(c.documents().page(LETTER_ID, 1)).isEmpty();
                    assertThat(c.documents().documents())
                            .extracting(d -> d.id())
                            .containsExactly(MEMO_ID);
                    assertThatThrownBy(() -> c.blobs().open(LETTER_ID)).isInstanceOf(NotFound.class);
                    SearchResult r = c.index().search(SearchQuery.of("balcazar", 10));
                    assertThat(r.total()).isEqualTo(1);
                    assertThat(documents(r)).containsExactly(MEMO_ID);
                    assertThat(r.facets().get("type"))
                            .extracting(SearchResult.FacetCount::count)
                            .containsExactly(1L);
                    assertThat(c.index().search(SearchQuery.of("counsel", 10)).total())
                            .isZero();
                    assertThat(c.documents().document(MEMO_ID)).isPresent();
                });
            }
        }
    }

    @Test
    void attorneysOrganisersAdminsAndTheCommandLineSeeIt() throws IOException {
        try (CaseServices c = open()) {
            for (Role role : List.of(Role.ATTORNEY, Role.ORGANISER, Role.ADMIN)) {
                as(role, () -> {
                    assertThat(c.documents().document(LETTER_ID))
                            .as(role.code())
                            .isPresent();
                    assertThat(c.index().search(SearchQuery.of("balcazar", 10)).total())
                            .isEqualTo(2);
                });
            }
            assertThat(c.documents().document(LETTER_ID)).isPresent();
            assertThat(c.documents().pages(LETTER_ID)).hasSize(1);
            SearchResult all = c.index().search(SearchQuery.of("balcazar", 10));
            assertThat(all.total()).isEqualTo(2);
            assertThat(documents(all)).containsExactlyInAnyOrder(MEMO_ID, LETTER_ID);
        }
    }

    @Test
    void aPrivilegedFindingsNoteReadsBlankToReportersOnly() throws IOException {
        try (CaseServices c = open()) {
            as(Role.REPORTER, () -> {
                assertThat(c.caseModel().store().findings()).singleElement().satisfies(f -> {
                    assertThat(f.note()).isEmpty();
                    assertThat(f.eventId()).isEqualTo("E1");
                });
            });
            as(Role.ATTORNEY, () -> {
                assertThat(c.caseModel().store().findings())
                        .extracting(Finding::note)
                        .containsExactly("counsel thinks the arrest was planned");
            });
            assertThat(c.caseModel().store().findings())
                    .extracting(Finding::note)
                    .containsExactly("counsel thinks the arrest was planned");
        }
    }

    @Test
    void theWatchListIsForAttorneysAndOrganisersOnly() throws IOException {
        try (CaseServices c = open()) {
            List<Mention> hits = c.folder().mentions().mentions(null, null);
            assertThat(hits).isNotEmpty();
            String hit = hits.get(0).id();
            for (Role role : List.of(Role.VIEWER, Role.REPORTER, Role.ADMIN)) {
                as(role, () -> {
                    assertThatThrownBy(() -> c.mentions().list(null, null))
                            .as(role.code())
                            .isInstanceOf(NotForYourRole.class)
                            .hasMessageContaining("not for your role")
                            .hasMessageNotContaining("Balc");
                    assertThatThrownBy(() -> c.mentions().watch("Enrique Balcázar", false))
                            .isInstanceOf(NotForYourRole.class);
                    assertThatThrownBy(() -> c.folder().mentions().mention(hit)).isInstanceOf(NotForYourRole.class);
                    assertThat(c.folder().mentions().mentions(null, null)).isEmpty();
                    assertThat(c.folder().mentions().mentionsIn(MEMO_ID)).isEmpty();
                    assertThatThrownBy(() -> c.index().search(SearchQuery.of("person:\"Enrique Balcázar\"", 10)))
                            .isInstanceOf(NotForYourRole.class);
                    assertThat(c.index()
                                    .search(SearchQuery.of("balcazar", 10))
                                    .facets()
                                    .get("person"))
                            .isEmpty();
                    assertThat(c.caseModel().store().people()).noneMatch(CasePerson::watched);
                });
            }
            for (Role role : List.of(Role.ORGANISER, Role.ATTORNEY)) {
                as(role, () -> {
                    assertThat(c.mentions().list(null, null).hits())
                            .as(role.code())
                            .isNotEmpty();
                    assertThat(c.folder().mentions().mention(hit)).isPresent();
                    assertThat(documents(c.index().search(SearchQuery.of("person:\"Enrique Balcázar\"", 10))))
                            .isNotEmpty();
                    assertThat(c.caseModel().store().people()).allMatch(CasePerson::watched);
                });
            }
            assertThat(c.mentions().list(null, null).hits()).hasSameSizeAs(hits);
        }
    }

    @Test
    void theMarksAreListedAndLiftedOnTheCommandLine() {
        var marks = assertOk(on("privilege", "list", "--json")).json().get("marks");
        assertThat(marks).hasSize(2);
        assertThat(marks.get(0).get("target").asText()).isEqualTo("document");
        assertThat(marks.get(0).get("id").asText()).isEqualTo(LETTER_ID);
        assertThat(marks.get(0).get("kind").asText()).isEqualTo("attorney-client");
        assertThat(marks.get(1).get("target").asText()).isEqualTo("finding");
        assertThat(marks.get(1).get("kind").asText()).isEqualTo("work-product");
        Cli.Run unknown = on("privilege", "mark", "ffffffffffff", "--kind", "work-product");
        assertThat(unknown.code()).as(unknown.toString()).isEqualTo(1);
        assertThat(unknown.err()).contains("no document");
        Cli.Run badKind = on("privilege", "mark", MEMO_ID, "--kind", "secret");
        assertThat(badKind.code()).isEqualTo(1);
        assertThat(badKind.err()).contains("attorney-client or work-product");
        assertThat(assertOk(on("privilege", "list", "--json")).json().get("marks"))
                .hasSize(2);
        var unmarked = assertOk(on("privilege", "unmark", MEMO_ID, "--json")).json();
        assertThat(unmarked.get("unmarked")).isEmpty();
        assertThat(unmarked.get("notMarked").get(0).get("id").asText()).isEqualTo(MEMO_ID);
        assertThat(assertOk(on("audit", "--json")).out())
                .contains("privilege.mark", "privilege.view", "privilege.unmark", "attorney-client")
                .doesNotContain("counsel thinks");
    }
}
