package org.redress.app.web;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.Actor;
import org.redress.core.audit.AuditAction;

/**
 * The HTTP side of a case: JSON under /api/v1/ and server-rendered pages over the same operations.
 * This class is the route table: every filter, route and error answer is declared here, once. The
 * cross-cutting rules are filters, never something a handler must remember: the security headers on
 * every response, the known Host and who may come in on every request (a case folder's access token, or a team
 * server's users through the {@link UserGate}), the same-origin rule and the form token on every state-changing one. Every route also says what the audit log records of it ({@link RouteAudit}):
 * a route cannot be added without it.
 */
public final class WebServer {
    private final CorpusHandlers corpus;
    private final CaseApiHandlers caseApi;
    private final CasePageHandlers casePages;
    private final RequestApiHandlers requestApi;
    private final RequestPageHandlers requestPages;
    private final RedactionPages redactions;
    private final MentionPageHandlers mentionPages;
    private final ReusePages reusePages;
    private final MailHandlers mail;
    private final PageImageHandlers pageImages;
    private final CiteHandlers cite;
    private final PrivilegeHandlers privilege;
    private final org.redress.app.web.searches.SavedSearchPages savedSearches;
    private final org.redress.app.web.searches.SearchExports exports;
    private final org.redress.app.web.witness.WitnessHandlers witness;
    private final org.redress.app.web.ingest.IngestPages ingest;
    private final org.redress.app.web.ingest.UploadLimit uploads;
    private final org.redress.app.web.home.HomePage home;
    private final KnownHosts hosts;
    /** Who may come in: the access token's filter, or the user gate's. */
    private final Handler door;
    /** The users of a team server's case, with their login pages; null for a case folder. */
    private final UserGate users;

    private final LoginPages login;
    private final FormTokens forms;
    private final RouteAudit audit;

    /**
     * @param access    the secret every request must carry
     * @param hostNames names besides the loopback ones that this server answers to ({@code --host}, {@code --allow-host})
     */
    public WebServer(CaseServices services, AccessToken access, List<String> hostNames) {
        this(services, access, hostNames, Clock.systemDefaultZone());
    }

    public WebServer(CaseServices services, AccessToken access, List<String> hostNames, Clock clock) {
        this(services, access::filter, null, new FormTokens(access), hostNames, clock);
    }

    /** A case of a team server, behind its users' login ({@code users} decides who may see and change it). */
    public WebServer(CaseServices services, UserGate users, List<String> hostNames) {
        this(
                services,
                users::filter,
                users,
                FormTokens.perSession(users),
                hostNames,
                Clock.system(ZoneId.systemDefault()));
    }

    private WebServer(
            CaseServices services,
            Handler door,
            UserGate users,
            FormTokens forms,
            List<String> hostNames,
            Clock clock) {
        this.hosts = new KnownHosts(hostNames);
        this.door = door;
        this.users = users;
        this.login = users == null ? null : new LoginPages(users);
        this.forms = forms;
        this.audit = new RouteAudit(services.audit(), users == null ? ctx -> Actor.web(ctx.ip()) : UserGate::actor);
        // Screening after a change of the watch list made here runs in the background, never inside a request.
        BackgroundScreening screening = new BackgroundScreening(services::mentions, clock);
        CaseOperations ops = new CaseOperations(services, screening);
        RequestLookup requests = new RequestLookup(services, clock);
        // What marks the document page's text: one SpanSource per kind of mark.
        List<SpanSource> spans = List.of(
                new MentionSpans(services.folder()::mentions),
                new EntitySpans(services::entities),
                new MarkSpans(services::marks));
        this.privilege = new PrivilegeHandlers(services);
        this.corpus = new CorpusHandlers(services, spans, privilege);
        this.mentionPages = new MentionPageHandlers(services, screening);
        this.caseApi = new CaseApiHandlers(ops);
        this.casePages = new CasePageHandlers(ops);
        this.requestApi = new RequestApiHandlers(requests);
        this.requestPages = new RequestPageHandlers(requests);
        this.redactions = new RedactionPages(services);
        this.reusePages = new ReusePages(services);
        this.mail = new MailHandlers(services);
        this.pageImages = new PageImageHandlers(services, new org.redress.app.web.viewer.PageImages(services.blobs()));
        this.cite = new CiteHandlers(ops, corpus);
        this.savedSearches = new org.redress.app.web.searches.SavedSearchPages(services);
        this.exports = new org.redress.app.web.searches.SearchExports(services);
        this.witness = new org.redress.app.web.witness.WitnessHandlers(services);
        // Uploads are written to the case's work folder (in memory for an encrypted case), and one ingest runs at a
        // time.
        this.uploads = org.redress.app.web.ingest.UploadLimit.of(services.folder());
        this.ingest = new org.redress.app.web.ingest.IngestPages(services, clock, uploads);
        this.home = new org.redress.app.web.home.HomePage(services, clock, corpus::searchPage);
    }

    public Javalin start(String host, int port) {
        return start(host, port, null);
    }

    /** As {@link #start(String, int)}, over HTTPS with {@code https} (null: plain HTTP). */
    public Javalin start(String host, int port, Https https) {
        Javalin app = Javalin.create(config -> {
            if (https != null) https.addTo(config.jetty, host, port);
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.staticFiles.add("/static");
            // ECharts for the mail graph, from its webjar: served by this server, allowed by script-src 'self'.
            config.staticFiles.enableWebjars();
            config.startup.showJavalinBanner = false;
            // Every upload (a production, a witness's photos) is read into the case's work folder, within limits.
            uploads.configure(config.jetty.multipartConfig);
            // The filters, in order: every response is hardened; then a request must name this server, carry the
            // case's access token or be a user's of the case, and, when it changes anything, come from this server's
            // own pages or a script.
            config.routes.before(SecurityHeaders::apply);
            config.routes.before(hosts::filter);
            config.routes.before(door);
            config.routes.before(SameOrigin::filter);
            // Bodies over a route's limit are refused before the form token is read from them.
            config.routes.before("/ingest", uploads::refuseTooLarge);
            config.routes.before("/witness", org.redress.app.web.witness.Uploads::refuseTooLarge);
            config.routes.before(forms::filter);
            endpoints().forEach(config.routes::addEndpoint);
            config.routes.after(forms::addToForms);
            // A request acts for its user until here; Javalin runs after-filters after an exception too.
            if (users != null) config.routes.after(users::end);
            ErrorAnswers.register(config.routes);
        });
        return app.start(host, port);
    }

    /** What the audit log keeps of an exported search: its words, filters and order. */
    private static final String[] SEARCH_PARAMS = {"q", "type", "source", "domain", "year", "person", "sort"};

    /** Every route of the server: the API first, then the pages; a team server's case has its login pages too. */
    List<Endpoint> endpoints() {
        if (login == null) return caseEndpoints();
        List<Endpoint> all = new java.util.ArrayList<>(caseEndpoints());
        all.add(at(GET, "/login", ctx -> null, login::form));
        // A refused login is recorded too (with the name typed, never the password).
        all.add(new Endpoint(POST, "/login", audit.recordingAttempt(LoginPages::audited, login::attempt)));
        all.add(at(POST, "/logout", LoginPages::audited, login::logout));
        return all;
    }

    private List<Endpoint> caseEndpoints() {
        return List.of(
                // the corpus
                at(GET, "/api/v1/search", RouteAudit.search(false), corpus::apiSearch),
                at(GET, "/api/v1/status", RouteAudit.of(AuditAction.STATUS_VIEW), corpus::apiStatus),
                at(GET, "/api/v1/documents/{id}", RouteAudit.of(AuditAction.DOCUMENT_VIEW), corpus::apiDocument),
                at(GET, "/api/v1/documents/{id}/pages/{n}", RouteAudit.page(), corpus::apiPage),
                at(GET, "/api/v1/documents/{id}/pages/{n}/image", RouteAudit.pageImage(), pageImages::image),
                at(
                        GET,
                        "/api/v1/documents/{id}/original",
                        RouteAudit.of(AuditAction.ORIGINAL_DOWNLOAD),
                        corpus::original),
                // people, events, citations, the chronology
                at(GET, "/api/v1/people", RouteAudit.of(AuditAction.PEOPLE_VIEW), caseApi::people),
                at(POST, "/api/v1/people", RouteAudit.of(AuditAction.PERSON_ADD), caseApi::addPeople),
                at(GET, "/api/v1/events", RouteAudit.of(AuditAction.EVENTS_VIEW), caseApi::events),
                at(POST, "/api/v1/events", RouteAudit.of(AuditAction.EVENT_ADD), caseApi::addEvents),
                at(GET, "/api/v1/events/{id}", RouteAudit.of(AuditAction.EVENT_VIEW), caseApi::event),
                at(POST, "/api/v1/events/{id}/citations", RouteAudit.of(AuditAction.CITATION_ADD), caseApi::cite),
                at(
                        GET,
                        "/api/v1/chronology",
                        RouteAudit.of(
                                AuditAction.CHRONOLOGY_EXPORT,
                                "format",
                                "person",
                                "redact",
                                "include-watch-list",
                                "includePrivate"),
                        caseApi::chronology),
                at(
                        GET,
                        "/api/v1/chronology/timeline.svg",
                        RouteAudit.fixed(AuditAction.CHRONOLOGY_VIEW, "timeline svg"),
                        caseApi::timelineSvg),
                at(
                        GET,
                        "/api/v1/chronology/timeline.png",
                        RouteAudit.fixed(AuditAction.CHRONOLOGY_VIEW, "timeline png"),
                        caseApi::timelinePng),
                // claims and analyses
                at(GET, "/api/v1/claims", RouteAudit.of(AuditAction.CLAIMS_VIEW), caseApi::claims),
                at(POST, "/api/v1/claims", RouteAudit.of(AuditAction.CLAIM_ADOPT), caseApi::adoptClaim),
                at(GET, "/api/v1/claims/gaps", RouteAudit.of(AuditAction.GAPS_VIEW), caseApi::gaps),
                at(POST, "/api/v1/claims/{id}/findings", RouteAudit.of(AuditAction.FINDING_LINK), caseApi::linkFinding),
                at(
                        GET,
                        "/api/v1/analysis/proximity",
                        RouteAudit.fixed(AuditAction.ANALYSIS_RUN, "proximity"),
                        caseApi::proximity),
                at(
                        GET,
                        "/api/v1/analysis/clustering",
                        RouteAudit.fixed(AuditAction.ANALYSIS_RUN, "clustering"),
                        caseApi::clustering),
                at(GET, "/api/v1/analysis/rates", RouteAudit.fixed(AuditAction.ANALYSIS_RUN, "rates"), caseApi::rates),
                // who wrote to whom, how far up it went
                at(
                        GET,
                        "/api/v1/graph",
                        RouteAudit.of(AuditAction.GRAPH_VIEW, "by", "from", "to", "org", "and"),
                        mail::apiGraph),
                at(GET, "/api/v1/chain", RouteAudit.of(AuditAction.CHAIN_VIEW, "person"), mail::apiChain),
                // records requests
                at(GET, "/api/v1/requests", RouteAudit.of(AuditAction.REQUESTS_VIEW, "overdue"), requestApi::list),
                at(POST, "/api/v1/requests", RouteAudit.of(AuditAction.REQUEST_ADD), requestApi::add),
                at(
                        GET,
                        "/api/v1/requests/calendar.ics",
                        RouteAudit.of(AuditAction.REQUESTS_CALENDAR),
                        requestApi::calendar),
                at(GET, "/api/v1/requests/{id}", RouteAudit.of(AuditAction.REQUEST_VIEW), requestApi::one),
                // the watch list
                at(
                        GET,
                        "/api/v1/mentions/screening",
                        RouteAudit.fixed(AuditAction.MENTIONS_VIEW, "screening status"),
                        mentionPages::screeningStatus),
                // adding a production
                at(GET, "/api/v1/ingest/progress", WebServer::ingestProgress, ingest::progress),
                // pages
                at(GET, "/documents/{id}", RouteAudit.of(AuditAction.DOCUMENT_VIEW, "q", "page"), corpus::documentPage),
                at(POST, "/documents/{id}/cite", RouteAudit.pageCitation(), cite::cite),
                at(POST, "/documents/{id}/privilege", PrivilegeHandlers::marked, privilege::mark),
                at(POST, "/documents/{id}/privilege/lift", PrivilegeHandlers::lifted, privilege::lift),
                // a search's results as downloads, and saved searches with their new hits
                at(GET, "/search/hits.csv", RouteAudit.of(AuditAction.SEARCH_EXPORT, SEARCH_PARAMS), exports::hitsCsv),
                at(
                        GET,
                        "/search/originals.zip",
                        RouteAudit.of(AuditAction.ORIGINALS_EXPORT, SEARCH_PARAMS),
                        exports::originalsZip),
                at(GET, "/searches", RouteAudit.of(AuditAction.SEARCHES_VIEW), savedSearches::list),
                at(POST, "/searches", RouteAudit.form(AuditAction.SEARCH_SAVE, "name", "q"), savedSearches::save),
                at(GET, "/searches/{id}", RouteAudit.of(AuditAction.SEARCHES_VIEW), savedSearches::review),
                at(POST, "/searches/{id}/seen", RouteAudit.of(AuditAction.SEARCH_HITS_SEEN), savedSearches::seen),
                at(POST, "/searches/{id}/delete", RouteAudit.of(AuditAction.SEARCH_DELETE), savedSearches::delete),
                at(GET, "/", WebServer::homeOrSearch, home::page),
                at(
                        POST,
                        "/home/guide",
                        RouteAudit.fixed(AuditAction.STATUS_VIEW, "first-run guide hidden"),
                        home::hideGuide),
                at(GET, "/ingest", RouteAudit.fixed(AuditAction.STATUS_VIEW, "ingest page"), ingest::page),
                at(
                        POST,
                        "/ingest",
                        RouteAudit.form(AuditAction.INGEST_RUN, "source", "folder", "received", "request"),
                        ingest::start),
                at(GET, "/people", RouteAudit.of(AuditAction.PEOPLE_VIEW), casePages::people),
                at(POST, "/people", RouteAudit.of(AuditAction.PERSON_ADD), casePages::postPerson),
                at(GET, "/events", RouteAudit.of(AuditAction.EVENTS_VIEW), casePages::events),
                at(POST, "/events", RouteAudit.of(AuditAction.EVENT_ADD), casePages::addEvent),
                at(GET, "/events/{id}", RouteAudit.of(AuditAction.EVENT_VIEW), casePages::event),
                at(POST, "/events/{id}", RouteAudit.of(AuditAction.EVENT_EDIT), casePages::editEvent),
                at(POST, "/events/{id}/citations", RouteAudit.of(AuditAction.CITATION_ADD), casePages::postCitation),
                at(GET, "/chronology", RouteAudit.of(AuditAction.CHRONOLOGY_VIEW, "person"), casePages::chronology),
                at(GET, "/claims", RouteAudit.of(AuditAction.CLAIMS_VIEW), casePages::claims),
                at(POST, "/claims", RouteAudit.of(AuditAction.CLAIM_ADOPT), casePages::postClaim),
                at(POST, "/claims/link", RouteAudit.of(AuditAction.FINDING_LINK), casePages::postLink),
                at(
                        GET,
                        "/analysis",
                        RouteAudit.fixed(AuditAction.ANALYSIS_RUN, "analysis page"),
                        casePages::analysisPage),
                at(GET, "/redactions", RouteAudit.of(AuditAction.REDACTIONS_VIEW, "by"), redactions::page),
                at(
                        GET,
                        "/redactions/export",
                        RouteAudit.of(AuditAction.REDACTIONS_EXPORT, "format", "by"),
                        redactions::export),
                at(GET, "/mentions", RouteAudit.of(AuditAction.MENTIONS_VIEW, "status", "person"), mentionPages::queue),
                at(GET, "/mentions/person", RouteAudit.of(AuditAction.MENTIONS_VIEW, "name"), mentionPages::person),
                at(GET, "/mentions/hit/{id}", RouteAudit.of(AuditAction.MENTIONS_VIEW), mentionPages::hit),
                at(
                        POST,
                        "/mentions/review",
                        RouteAudit.form(AuditAction.REVIEW_DECISION, "id", "decision", "reason"),
                        mentionPages::review),
                at(
                        POST,
                        "/people/watch",
                        RouteAudit.form(AuditAction.WATCH_CHANGE, "name", "watched"),
                        mentionPages::watch),
                at(GET, "/reuse", RouteAudit.of(AuditAction.REUSE_VIEW), reusePages::list),
                at(GET, "/reuse/{id}", RouteAudit.of(AuditAction.REUSE_VIEW), reusePages::match),
                at(
                        GET,
                        "/graph",
                        RouteAudit.of(AuditAction.GRAPH_VIEW, "by", "from", "to", "org", "and"),
                        mail::graphPage),
                at(GET, "/chain", RouteAudit.of(AuditAction.CHAIN_VIEW, "person"), mail::chainPage),
                at(GET, "/requests", RouteAudit.of(AuditAction.REQUESTS_VIEW, "overdue"), requestPages::listPage),
                at(POST, "/requests", RouteAudit.of(AuditAction.REQUEST_ADD), requestPages::postAdd),
                at(GET, "/requests/{id}", RouteAudit.of(AuditAction.REQUEST_VIEW), requestPages::requestPage),
                at(POST, "/requests/{id}", RouteAudit.of(AuditAction.REQUEST_UPDATE), requestPages::postUpdate),
                at(
                        POST,
                        "/requests/{id}/correspondence",
                        RouteAudit.of(AuditAction.CORRESPONDENCE_ADD),
                        requestPages::postCorrespondence),
                // the witness form (a blank form or the thank-you page shows nothing of the case) and its review
                at(GET, "/witness", ctx -> null, witness::form),
                at(POST, "/witness", org.redress.app.web.witness.WitnessHandlers::submitted, witness::submit),
                at(GET, "/witness/thanks", ctx -> null, witness::thanks),
                at(GET, "/witness/review", RouteAudit.of(AuditAction.WITNESS_VIEW), witness::review),
                at(GET, "/witness/review/{id}", RouteAudit.of(AuditAction.WITNESS_VIEW), witness::draft),
                at(
                        POST,
                        "/witness/review/{id}/accept",
                        RouteAudit.fixed(AuditAction.WITNESS_REVIEW, "accept"),
                        witness::accept),
                at(
                        POST,
                        "/witness/review/{id}/reject",
                        RouteAudit.fixed(AuditAction.WITNESS_REVIEW, "reject"),
                        witness::reject));
    }

    /** The home page shows what the case holds and what is new: recorded as a view of its status; a search as one. */
    private static org.redress.application.audit.AuditNote homeOrSearch(io.javalin.http.Context ctx) {
        if (org.redress.app.web.home.HomePage.isSearch(ctx))
            return RouteAudit.search(true).note(ctx);
        return new org.redress.application.audit.AuditNote(AuditAction.STATUS_VIEW, "", "home page");
    }

    /** The progress while an ingest runs is counts only (nothing recorded); its end lists files and failures. */
    private static org.redress.application.audit.AuditNote ingestProgress(io.javalin.http.Context ctx) {
        if (!org.redress.app.web.ingest.IngestPages.showedCaseContent(ctx)) return null;
        return new org.redress.application.audit.AuditNote(AuditAction.STATUS_VIEW, "", "ingest result");
    }

    /** One route: what it records in the audit log is part of its declaration. */
    private Endpoint at(HandlerType method, String path, RouteAudit.Rule audited, Handler handler) {
        return new Endpoint(method, path, audit.recording(audited, handler));
    }
}
