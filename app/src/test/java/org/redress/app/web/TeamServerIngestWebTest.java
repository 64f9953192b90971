package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.app.cli.TestTeamServer.assertOk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.redress.app.cli.TestTeamServer;
import org.redress.core.users.Role;

/**
 * The web's ingest form on a team server (issue 13), over HTTP against the real PostgreSQL and OpenSearch: the
 * uploaded production is stored and queued for the workers, not read by the web server; the page and {@code
 * /api/v1/ingest/progress} show the workers' progress, whoever queued the files; once a worker has read them, the
 * production is searchable and the files it could not read are counted. Skipped with REDRESS_TEST_PG=skip or
 * REDRESS_TEST_OS=skip.
 */
class TeamServerIngestWebTest {
    private static final String CASE = TestTeamServer.caseName("webqueue");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static TestTeamServer server;
    static TeamServedCase served;
    static String cookie;

    @BeforeAll
    static void aServedCaseAndAnOrganiser() throws Exception {
        server = TestTeamServer.in(tmp);
        assertOk(Cli.run("init", "--server", server.serverFile.toString(), "--case", CASE));
        served = TeamServedCase.open(server.serverFile, CASE);
        served.addUser("rosa", Role.ORGANISER, served.caseName);
        cookie = served.session("rosa");
    }

    @AfterAll
    static void stop() throws Exception {
        if (served != null) served.close();
        if (server != null) TestTeamServer.drop(CASE);
    }

    @Test
    void anUploadIsQueuedForTheWorkersAndThePageFollowsThemToTheEnd() throws Exception {
        String before = get("/ingest?lang=en").body();
        assertThat(before).contains("id=\"workers-progress\"", "The team server's workers", "Nothing waits");
        assertThat(get("/ingest?lang=es").body()).contains("Los trabajadores del servidor del equipo");

        Multipart form = new Multipart()
                .field(FormTokens.FIELD, TeamServedCase.formToken(before))
                .field("source", "ICE production 7")
                .file(
                        "files",
                        "memo about the vigil.txt",
                        "The field office memo about the Marigold vigil.\n".getBytes(StandardCharsets.UTF_8))
                .file(
                        "files",
                        "broken.pdf",
                        "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> started = served.send(served.request("/ingest")
                .header("Origin", served.base())
                .header("Cookie", cookie)
                .header("Content-Type", form.contentType())
                .POST(form.publisher()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(303);

        JsonNode queued = waitForTheQueueing();
        assertThat(queued.get("state").asText()).as(queued.toString()).isEqualTo("finished");
        assertThat(queued.get("summary").isNull())
                .as("the web server read nothing")
                .isTrue();
        assertThat(queued.get("queued").get("queued").asLong()).isEqualTo(2);
        assertThat(queued.get("workers").get("queued").asLong()).isEqualTo(2);
        assertThat(queued.get("workers").get("done").asLong()).isZero();
        assertThat(search("Marigold")).isZero();
        String waiting = get("/ingest?lang=en").body();
        assertThat(waiting)
                .contains("id=\"ingest-queued\"", "queued for the team server", "data-busy=\"true\"", "/ingest.js")
                .contains("Stored and queued: the workers read the files now")
                .doesNotContain(">Finished.<");

        JsonNode worker = assertOk(
                        Cli.run("worker", "--server", server.serverFile.toString(), "--case", CASE, "--once", "--json"))
                .json();
        assertThat(worker.get("done").asLong() + worker.get("failed").asLong())
                .as(worker.toString())
                .isEqualTo(2);

        JsonNode after = progress();
        assertThat(after.get("workers").get("queued").asLong())
                .as(after.toString())
                .isZero();
        assertThat(after.get("workers").get("running").asLong()).isZero();
        assertThat(after.get("workers").get("finishedRecently").asLong()).isEqualTo(2);
        assertThat(after.get("workers").get("secondsLeft").asLong()).isZero();
        assertThat(search("Marigold")).isEqualTo(1);
        JsonNode status = JSON.readTree(get("/api/v1/status").body());
        assertThat(status.get("failures").asLong()).as(status.toString()).isEqualTo(1); // broken.pdf
        assertThat(get("/ingest?lang=en").body()).contains("data-busy=\"false\"", "Nothing waits");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> r = served.send(served.request(path).header("Cookie", cookie));
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return r;
    }

    private static JsonNode progress() throws Exception {
        return JSON.readTree(get("/api/v1/ingest/progress").body());
    }

    private static long search(String words) throws Exception {
        return JSON.readTree(get("/api/v1/search?q=" + words).body())
                .get("total")
                .asLong();
    }

    /** Storing and queueing the upload takes a moment in the background; it ends long before any reading would. */
    private static JsonNode waitForTheQueueing() throws Exception {
        long until = System.nanoTime() + 120_000_000_000L;
        JsonNode p = progress();
        while (p.get("state").asText().equals("running") && System.nanoTime() < until) {
            Thread.sleep(100);
            p = progress();
        }
        return p;
    }
}
