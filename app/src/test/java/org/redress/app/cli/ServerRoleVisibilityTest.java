package org.redress.app.cli;

import static org.redress.app.cli.TestTeamServer.assertOk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.wiring.CaseServices;
import org.redress.app.wiring.ServerCase;
import org.redress.app.wiring.ServerConfig;

/**
 * {@link RoleVisibilityContract} on a team server's case: PostgreSQL holds the marks, OpenSearch filters the search.
 * Skipped with REDRESS_TEST_PG=skip or REDRESS_TEST_OS=skip.
 */
class ServerRoleVisibilityTest extends RoleVisibilityContract implements RoleCountsContract {
    private static final String CASE = TestTeamServer.caseName("roles");

    @TempDir
    static Path tmp;

    static TestTeamServer server;

    @BeforeAll
    static void aServerCaseWithAPrivilegedLetter() throws IOException {
        server = TestTeamServer.in(tmp);
        assertOk(Cli.run("init", "--server", server.serverFile.toString(), "--case", CASE));
        new ServerRoleVisibilityTest().prepare(tmp);
    }

    @AfterAll
    static void dropTheCase() throws Exception {
        if (server != null) TestTeamServer.drop(CASE);
    }

    @Override
    public Cli.Run on(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--server", server.serverFile.toString(), "--case", CASE));
        return Cli.run(all.toArray(String[]::new));
    }

    @Override
    public CaseServices open() throws IOException {
        return CaseServices.open(ServerConfig.read(server.serverFile), ServerCase.caseName(CASE));
    }

    @Override
    void ingest(Path production) {
        assertOk(on("ingest", production.toString()));
        assertOk(Cli.run("worker", "--server", server.serverFile.toString(), "--case", CASE, "--once"));
    }
}
