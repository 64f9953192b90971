package org.redress.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Set;
import org.redress.app.wiring.CaseServices;
import org.redress.application.access.Access;
import org.redress.application.audit.AuditNote;
import org.redress.core.UserMistake;
import org.redress.core.audit.AuditAction;
import org.redress.core.privilege.PrivilegeKind;
import org.redress.core.users.Role;

/**
 * The document page's privilege mark (issue 13): shown beside the metadata, set with {@code POST
 * /documents/{id}/privilege} (fields {@code kind}, {@code reason}) and lifted with {@code POST
 * /documents/{id}/privilege/lift}, through the same use case as {@code redress privilege mark | unmark}. Only a role that
 * sees privileged material ever reaches a marked document; reporters and viewers are refused the change by the gate.
 */
final class PrivilegeHandlers {
    /** What the audit log records, kept on the request by the handler: the full id, the kind as stored. */
    private static final String DOCUMENT = "privilege.document";

    private static final String KIND = "privilege.kind";
    private final CaseServices services;

    PrivilegeHandlers(CaseServices services) {
        this.services = services;
    }

    /** The panel of the document, or null for a role that sees no privilege marks (it sees no marked document). */
    PrivilegePanel panel(String documentId) {
        if (!Access.seesPrivileged()) return null;
        boolean mayChange = Access.role().map(Role::mayChange).orElse(true);
        return new PrivilegePanel(
                services.privileges().markOfDocument(documentId).orElse(null), mayChange);
    }

    /** The documents under a mark, to badge them among search hits; none for a role that sees no marks. */
    Set<String> documents() {
        return Access.seesPrivileged() ? services.privileges().privilegedDocuments() : Set.of();
    }

    void mark(Context ctx) {
        String id = document(ctx);
        PrivilegeKind kind = PrivilegeKind.fromCode(ctx.formParam("kind"));
        String reason =
                ctx.formParam("reason") == null ? "" : ctx.formParam("reason").strip();
        if (reason.length() > PrivilegePanel.MAX_REASON)
            throw new UserMistake("a reason is at most " + PrivilegePanel.MAX_REASON + " characters; say it shorter");
        services.privileges().mark(List.of(id), List.of(), kind, reason, System.getProperty("user.name"));
        ctx.attribute(KIND, kind.code());
        ctx.redirect(back(id), HttpStatus.SEE_OTHER);
    }

    void lift(Context ctx) {
        String id = document(ctx);
        services.privileges().unmark(List.of(id), List.of());
        ctx.redirect(back(id), HttpStatus.SEE_OTHER);
    }

    /** What the audit log keeps of a mark: the document and the kind, never the reason (it may name people). */
    static AuditNote marked(Context ctx) {
        return new AuditNote(AuditAction.PRIVILEGE_MARK, ctx.attribute(DOCUMENT), ctx.attribute(KIND));
    }

    static AuditNote lifted(Context ctx) {
        return AuditNote.of(AuditAction.PRIVILEGE_UNMARK, ctx.attribute(DOCUMENT));
    }

    /** The document's full id, so that a prefix in the path marks the one document it names, or nothing. */
    private String document(Context ctx) {
        String id = services.privileges().documentId(ctx.pathParam("id"));
        ctx.attribute(DOCUMENT, id);
        return id;
    }

    private static String back(String id) {
        return "/documents/" + id + "#privilege";
    }
}
