package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.wiring.CaseServices;

/**
 * The same-origin rule on every state-changing route of the route table, pages and API alike: a page on another
 * site that posts a form (the {@code text/plain} trick that needs no CORS) is refused, and nothing is stored.
 */
class SameOriginEveryRouteTest {
    @TempDir
    static Path tmp;

    static ServedCase served;

    @BeforeAll
    static void serve() throws Exception {
        CaseServices.init(tmp.resolve("case")).close();
        served = ServedCase.open(tmp.resolve("case"));
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    private static List<Endpoint> stateChanging() {
        return new WebServer(served.folder, TestAccess.TOKEN, List.of())
                .endpoints().stream()
                        .filter(e -> SameOrigin.STATE_CHANGING.contains(e.method))
                        .toList();
    }

    private static String concrete(String path) {
        return path.replace("{id}", "1").replace("{n}", "1");
    }

    private static HttpResponse<String> crossSite(HandlerType method, String path, String origin) throws Exception {
        HttpRequest.Builder b = served.request(concrete(path))
                .header("Content-Type", "text/plain")
                .method(
                        method.name(),
                        HttpRequest.BodyPublishers.ofString("law=us-foia&agency=ICE&subject=x&name=Someone"));
        if (origin != null) b.header("Origin", origin);
        return served.send(b);
    }

    @Test
    void theTableHasTheRoutesThatChangeTheCase() {
        // Guards the test below against passing over an empty list.
        assertThat(stateChanging())
                .extracting(e -> e.method + " " + e.path)
                .contains(
                        "POST /api/v1/requests",
                        "POST /api/v1/people",
                        "POST /api/v1/events",
                        "POST /requests",
                        "POST /people",
                        "POST /claims/link")
                .hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void aForeignOriginIsRefusedOnEveryStateChangingRoute() throws Exception {
        for (Endpoint e : stateChanging()) {
            HttpResponse<String> r = crossSite(e.method, e.path, "http://evil.example");
            assertThat(r.statusCode()).as(e.method + " " + e.path).isEqualTo(403);
            assertThat(r.body()).as(e.method + " " + e.path).contains("another site");
        }
        assertThat(served.folder.folder().requests().requests()).isEmpty();
        assertThat(served.folder.caseModel().store().people()).isEmpty();
    }

    @Test
    void noOriginIsRefusedUnlessItIsJsonToTheApi() throws Exception {
        for (Endpoint e : stateChanging()) {
            assertThat(crossSite(e.method, e.path, null).statusCode())
                    .as(e.method + " " + e.path)
                    .isEqualTo(403);
        }
        assertThat(served.folder.folder().requests().requests()).isEmpty();
    }

    @Test
    void otherMethodsAreFilteredToo() throws Exception {
        for (HandlerType m : List.of(HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE)) {
            assertThat(crossSite(m, "/api/v1/requests/{id}", "http://evil.example")
                            .statusCode())
                    .as(m.name())
                    .isEqualTo(403);
        }
    }

    @Test
    void thisServersOwnOriginPasses() throws Exception {
        HttpRequest.Builder b = served.request("/api/v1/requests")
                .header("Content-Type", "application/json")
                .header("Origin", served.base())
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"law\":\"us-foia\",\"agency\":\"ICE\",\"subject\":\"Records\"}"));
        assertThat(served.send(b).statusCode()).isEqualTo(201);
    }
}
