package org.redress.app.web;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.time.Clock;
import java.util.List;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseServices;

/**
 * The HTTP side of a case: JSON under /api/v1/ and server-rendered pages over the same operations.
 * This class is the route table: every filter, route and error answer is declared here, once. The
 * cross-cutting rules are filters, never something a handler must remember: the security headers on
 * every response, the known Host and the access token on every request, the same-origin rule and the form
 * token on every state-changing one.
 */
public final class WebServer {
    private final CorpusHandlers corpus;
    private final CaseApiHandlers caseApi;
    private final CasePageHandlers casePages;
    private final RequestApiHandlers requestApi;
    private final RequestPageHandlers requestPages;
    private final KnownHosts hosts;
    private final AccessToken access;
    private final FormTokens forms;

    /**
     * @param access    the secret every request must carry
     * @param hostNames names besides the loopback ones that this server answers to ({@code --host}, {@code --allow-host})
     */
    public WebServer(CaseServices services, AccessToken access, List<String> hostNames) {
        this(services, access, hostNames, Clock.systemDefaultZone());
    }

    public WebServer(CaseServices services, AccessToken access, List<String> hostNames, Clock clock) {
        this.hosts = new KnownHosts(hostNames);
        this.access = access;
        this.forms = new FormTokens(access);
        CaseOperations ops = new CaseOperations(services);
        RequestLookup requests = new RequestLookup(services, clock);
        this.corpus = new CorpusHandlers(services);
        this.caseApi = new CaseApiHandlers(ops);
        this.casePages = new CasePageHandlers(ops);
        this.requestApi = new RequestApiHandlers(requests);
        this.requestPages = new RequestPageHandlers(requests);
    }

    public Javalin start(String host, int port) {
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.staticFiles.add("/static");
            config.startup.showJavalinBanner = false;
            // The filters, in order: every response is hardened; then a request must name this server, carry the
            // case's access token, and, when it changes anything, come from this server's own pages or a script.
            config.routes.before(SecurityHeaders::apply);
            config.routes.before(hosts::filter);
            config.routes.before(access::filter);
            config.routes.before(SameOrigin::filter);
            config.routes.before(forms::filter);
            endpoints().forEach(config.routes::addEndpoint);
            config.routes.after(forms::addToForms);
            ErrorAnswers.register(config.routes);
        });
        return app.start(host, port);
    }

    /** Every route of the server: the API first, then the pages. */
    List<Endpoint> endpoints() {
        return List.of(
                // the corpus
                at(GET, "/api/v1/search", corpus::apiSearch),
                at(GET, "/api/v1/status", corpus::apiStatus),
                at(GET, "/api/v1/documents/{id}", corpus::apiDocument),
                at(GET, "/api/v1/documents/{id}/pages/{n}", corpus::apiPage),
                at(GET, "/api/v1/documents/{id}/original", corpus::original),
                // people, events, citations, the chronology
                at(GET, "/api/v1/people", caseApi::people),
                at(POST, "/api/v1/people", caseApi::addPeople),
                at(GET, "/api/v1/events", caseApi::events),
                at(POST, "/api/v1/events", caseApi::addEvents),
                at(GET, "/api/v1/events/{id}", caseApi::event),
                at(POST, "/api/v1/events/{id}/citations", caseApi::cite),
                at(GET, "/api/v1/chronology", caseApi::chronology),
                at(GET, "/api/v1/chronology/timeline.svg", caseApi::timelineSvg),
                at(GET, "/api/v1/chronology/timeline.png", caseApi::timelinePng),
                // claims and analyses
                at(GET, "/api/v1/claims", caseApi::claims),
                at(POST, "/api/v1/claims", caseApi::adoptClaim),
                at(GET, "/api/v1/claims/gaps", caseApi::gaps),
                at(POST, "/api/v1/claims/{id}/findings", caseApi::linkFinding),
                at(GET, "/api/v1/analysis/proximity", caseApi::proximity),
                at(GET, "/api/v1/analysis/clustering", caseApi::clustering),
                at(GET, "/api/v1/analysis/rates", caseApi::rates),
                // records requests
                at(GET, "/api/v1/requests", requestApi::list),
                at(POST, "/api/v1/requests", requestApi::add),
                at(GET, "/api/v1/requests/calendar.ics", requestApi::calendar),
                at(GET, "/api/v1/requests/{id}", requestApi::one),
                // pages
                at(GET, "/", corpus::searchPage),
                at(GET, "/documents/{id}", corpus::documentPage),
                at(GET, "/people", casePages::people),
                at(POST, "/people", casePages::postPerson),
                at(GET, "/events", casePages::events),
                at(POST, "/events", casePages::addEvent),
                at(GET, "/events/{id}", casePages::event),
                at(POST, "/events/{id}", casePages::editEvent),
                at(POST, "/events/{id}/citations", casePages::postCitation),
                at(GET, "/chronology", casePages::chronology),
                at(GET, "/claims", casePages::claims),
                at(POST, "/claims", casePages::postClaim),
                at(POST, "/claims/link", casePages::postLink),
                at(GET, "/analysis", casePages::analysisPage),
                at(GET, "/requests", requestPages::listPage),
                at(POST, "/requests", requestPages::postAdd),
                at(GET, "/requests/{id}", requestPages::requestPage),
                at(POST, "/requests/{id}", requestPages::postUpdate),
                at(POST, "/requests/{id}/correspondence", requestPages::postCorrespondence));
    }

    private static Endpoint at(HandlerType method, String path, Handler handler) {
        return new Endpoint(method, path, handler);
    }
}
