package org.redress.core.audit;

/**
 * What an audit entry records. The code is what the log keeps; a new operation on case data gets a constant here
 * and is declared with it where it is routed (the web route table, the command's audit note).
 */
public enum AuditAction {
    CASE_INIT("case.init"),
    STATUS_VIEW("status.view"),
    DOCUMENT_VIEW("document.view"),
    PAGE_VIEW("page.view"),
    ORIGINAL_DOWNLOAD("original.download"),
    SEARCH("search"),
    INGEST_RUN("ingest.run"),
    REINDEX("index.rebuild"),
    IMPORT_PEOPLE("import.people"),
    IMPORT_EVENTS("import.events"),
    PEOPLE_VIEW("people.view"),
    PERSON_ADD("person.add"),
    EVENTS_VIEW("events.view"),
    EVENT_VIEW("event.view"),
    EVENT_ADD("event.add"),
    EVENT_EDIT("event.edit"),
    CITATION_ADD("citation.add"),
    CHRONOLOGY_VIEW("chronology.view"),
    CHRONOLOGY_EXPORT("chronology.export"),
    CLAIMS_VIEW("claims.view"),
    CLAIM_ADOPT("claim.adopt"),
    GAPS_VIEW("gaps.view"),
    FINDING_LINK("finding.link"),
    ANALYSIS_RUN("analysis.run"),
    REQUESTS_VIEW("requests.view"),
    REQUEST_VIEW("request.view"),
    REQUEST_ADD("request.add"),
    REQUEST_UPDATE("request.update"),
    CORRESPONDENCE_ADD("correspondence.add"),
    PRODUCTION_ADD("production.add"),
    REQUESTS_EXPORT("requests.export"),
    REQUESTS_CALENDAR("requests.calendar"),
    REQUEST_LETTER("request.letter"),
    REVIEW_DECISION("review.decision"),
    MENTIONS_VIEW("mentions.view"),
    WATCH_CHANGE("watch.change"),
    MARKS_RUN("marks.run"),
    MARKS_VIEW("marks.view"),
    FLAGS_VIEW("flags.view"),
    REDACTIONS_VIEW("redactions.view"),
    REDACTIONS_EXPORT("redactions.export"),
    ENTITIES_RUN("entities.run"),
    ENTITIES_VIEW("entities.view"),
    ENTITY_CHANGE("entity.change"),
    AUDIT_VIEW("audit.view"),
    AUDIT_VERIFY("audit.verify"),
    CUSTODY_VERIFY("custody.verify"),
    MANIFEST_EXPORT("manifest.export"),
    CASE_BACKUP("case.backup"),
    CASE_RESTORE("case.restore"),
    CASE_ENCRYPT("case.encrypt"),
    KEY_CHANGE("key.change"),
    KEY_RECOVERY_SHARES("key.recovery"),
    KEY_RECOVER("key.recover"),
    CASE_DESTROY("case.destroy"),
    EXHIBIT_EXPORT("exhibit.export"),
    REUSE_VIEW("reuse.view"),
    REUSE_EXPORT("reuse.export"),
    NEAR_DUPLICATES_VIEW("duplicates.view"),
    GRAPH_VIEW("graph.view"),
    CHAIN_VIEW("chain.view"),
    FTM_EXPORT("ftm.export"),
    SEARCHES_VIEW("searches.view"),
    SEARCH_SAVE("search.save"),
    SEARCH_HITS_SEEN("search.seen"),
    SEARCH_DELETE("search.delete"),
    SEARCH_EXPORT("search.export"),
    ORIGINALS_EXPORT("originals.export"),
    WITNESS_SUBMIT("witness.submit"),
    WITNESS_VIEW("witness.view"),
    WITNESS_REVIEW("witness.review"),
    CONFIG_VIEW("config.view"),
    CONFIG_CHANGE("config.change"),
    CONFIG_EXPORT("config.export"),
    USER_ADD("user.add"),
    USER_DISABLE("user.disable"),
    USER_RESET("user.reset"),
    USER_GRANT("user.grant"),
    USER_REVOKE("user.revoke"),
    USER_TOKEN("user.token");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
