package org.redress.application.privilege;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.redress.application.access.Access;
import org.redress.core.NotFound;
import org.redress.core.UserMistake;
import org.redress.core.casemodel.Finding;
import org.redress.core.corpus.Document;
import org.redress.core.port.CaseModelStore;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.PrivilegeStore;
import org.redress.core.privilege.PrivilegeKind;
import org.redress.core.privilege.PrivilegeMark;
import org.redress.core.privilege.PrivilegedItem;

/**
 * Marks documents (by id or a unique prefix) and findings' notes (by number) as privileged, lifts marks and lists
 * them. Every item is checked before anything is written: one unknown id marks nothing. A role that may not see
 * privileged material is refused all of it ({@link org.redress.core.users.NotForYourRole}).
 */
public final class PrivilegeService {
    private static final String MARKS = "privilege marks";
    private final PrivilegeStore store;
    private final DocumentStore documents;
    private final CaseModelStore model;
    private final Clock clock;

    public PrivilegeService(PrivilegeStore store, DocumentStore documents, CaseModelStore model, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.model = model;
        this.clock = clock;
    }

    /**
     * Marks the documents and findings' notes with one privilege, replacing their earlier marks. {@code by} is who
     * marks when no user of a team server acts (the command line's account). Returns the marks as stored.
     */
    public List<PrivilegeMark> mark(
            List<String> documentIds, List<Long> findings, PrivilegeKind kind, String reason, String by) {
        Access.requirePrivileged(MARKS);
        List<PrivilegedItem> items = items(documentIds, findings);
        String who = Optional.ofNullable(Access.userName()).orElse(by);
        List<PrivilegeMark> out = new ArrayList<>();
        for (PrivilegedItem item : items) {
            PrivilegeMark m = new PrivilegeMark(item, kind, who, clock.instant(), reason);
            store.mark(m);
            out.add(m);
        }
        return out;
    }

    /** What lifting marks did: the items whose mark was lifted, and those that had none. */
    public record Unmarked(List<PrivilegedItem> lifted, List<PrivilegedItem> unmarked) {}

    /** Lifts the marks of the documents and findings' notes. */
    public Unmarked unmark(List<String> documentIds, List<Long> findings) {
        Access.requirePrivileged(MARKS);
        List<PrivilegedItem> lifted = new ArrayList<>();
        List<PrivilegedItem> none = new ArrayList<>();
        for (PrivilegedItem item : items(documentIds, findings)) (store.unmark(item) ? lifted : none).add(item);
        return new Unmarked(lifted, none);
    }

    /** Every mark, documents first. */
    public List<PrivilegeMark> list() {
        Access.requirePrivileged(MARKS);
        return store.marks();
    }

    /** The privilege log of the case: every mark, documents first, each with what the log must say of the item. */
    public List<PrivilegeLogEntry> log() {
        Access.requirePrivileged(MARKS);
        return new PrivilegeLog(store, documents, model).entries();
    }

    /** The mark of one document (by its full id), if it has one: the document page shows it beside its metadata. */
    public Optional<PrivilegeMark> markOfDocument(String documentId) {
        Access.requirePrivileged(MARKS);
        return store.markOf(PrivilegedItem.document(documentId));
    }

    /** The ids of the documents under a mark. */
    public Set<String> privilegedDocuments() {
        Access.requirePrivileged(MARKS);
        return store.privilegedDocuments();
    }

    /** The full id of the document that {@code typed} (an id or a unique prefix) names. */
    public String documentId(String typed) {
        return document(typed).id();
    }

    private List<PrivilegedItem> items(List<String> documentIds, List<Long> findings) {
        if (documentIds.isEmpty() && findings.isEmpty())
            throw new UserMistake("say which documents (their ids or prefixes) or findings (--finding N)");
        Set<PrivilegedItem> out = new LinkedHashSet<>();
        for (String typed : documentIds)
            out.add(PrivilegedItem.document(document(typed).id()));
        Set<Long> known = new java.util.HashSet<>();
        if (!findings.isEmpty()) for (Finding f : model.findings()) known.add(f.id());
        for (long f : findings) {
            if (!known.contains(f))
                throw new NotFound("there is no finding " + f + " (claims link --json gives a finding's number)");
            out.add(PrivilegedItem.finding(f));
        }
        return List.copyOf(out);
    }

    private Document document(String typed) {
        String id = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return documents
                .document(id)
                .or(() -> documents.documentByPrefix(id))
                .orElseThrow(() -> new NotFound("There is no document '" + id + "' in this case (give its id or a"
                        + " unique prefix of at least 6 characters)."));
    }
}
