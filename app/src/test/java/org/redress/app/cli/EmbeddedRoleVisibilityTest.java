package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.app.cli.TestTeamServer.assertOk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.wiring.CaseServices;
import org.redress.core.corpus.Sha256;
import org.redress.core.reuse.ReferenceSource;
import org.redress.core.search.SearchQuery;
import org.redress.core.users.NotForYourRole;
import org.redress.core.users.Role;

/** {@link RoleVisibilityContract} on a case folder, and the group's private references, which only some roles see. */
class EmbeddedRoleVisibilityTest extends RoleVisibilityContract implements RoleCountsContract {
    static final String NOTES = "Our meeting notes: the vigil is on Church Street at six.\n";
    static final String NOTES_ID = Sha256.of(NOTES.getBytes(StandardCharsets.UTF_8));

    @TempDir
    static Path tmp;

    static Path caseDir;

    @BeforeAll
    static void aCaseWithAPrivilegedLetter() throws IOException {
        caseDir = tmp.resolve("case");
        assertOk(Cli.run("init", "--case", caseDir.toString()));
        EmbeddedRoleVisibilityTest test = new EmbeddedRoleVisibilityTest();
        test.prepare(tmp);
        Path notes = Files.createDirectories(tmp.resolve("group"));
        Files.writeString(notes.resolve("notes.txt"), NOTES);
        assertOk(test.on("ingest", "--reference", "--private", "--source", "group-notes", notes.toString()));
    }

    @Override
    public Cli.Run on(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--case", caseDir.toString()));
        return Cli.run(all.toArray(String[]::new));
    }

    @Override
    public CaseServices open() throws IOException {
        return CaseServices.open(caseDir);
    }

    @Override
    void ingest(Path production) {
        assertOk(on("ingest", production.toString()));
    }

    @Test
    void thePrivateReferencesAreForAttorneysAndOrganisersOnly() throws IOException {
        try (CaseServices c = open()) {
            for (Role role : List.of(Role.VIEWER, Role.REPORTER, Role.ADMIN)) {
                as(role, () -> {
                    assertThat(c.documents().document(NOTES_ID)).as(role.code()).isEmpty();
                    assertThat(c.reuse().referenceSources()).noneMatch(ReferenceSource::isPrivate);
                    assertThat(c.index().search(SearchQuery.of("vigil", 10)).hits())
                            .noneMatch(h -> h.documentId().equals(NOTES_ID));
                    assertThatThrownBy(() -> c.reuse().markReference(1, true)).isInstanceOf(NotForYourRole.class);
                });
            }
            as(Role.ORGANISER, () -> {
                assertThat(c.documents().document(NOTES_ID)).isPresent();
                assertThat(c.reuse().referenceSources()).anyMatch(ReferenceSource::isPrivate);
            });
            assertThat(c.documents().document(NOTES_ID)).isPresent();
        }
    }
}
