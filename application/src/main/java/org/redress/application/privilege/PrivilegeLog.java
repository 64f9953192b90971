package org.redress.application.privilege;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redress.core.casemodel.Finding;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.EmailHeaders;
import org.redress.core.corpus.Location;
import org.redress.core.port.CaseModelStore;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.PrivilegeStore;
import org.redress.core.privilege.PrivilegeMark;
import org.redress.core.privilege.PrivilegedItem;

/** The lines of the case's privilege log ({@link PrivilegeLogEntry}), read from the marks and what they mark. */
final class PrivilegeLog {
    private final PrivilegeStore store;
    private final DocumentStore documents;
    private final CaseModelStore model;

    PrivilegeLog(PrivilegeStore store, DocumentStore documents, CaseModelStore model) {
        this.store = store;
        this.documents = documents;
        this.model = model;
    }

    /** Every mark, documents first; a marked document no longer in the case is listed by its id alone. */
    List<PrivilegeLogEntry> entries() {
        Map<Long, Finding> notes = new HashMap<>();
        for (Finding f : model.findings()) notes.put(f.id(), f);
        List<PrivilegeLogEntry> out = new ArrayList<>();
        for (PrivilegeMark m : store.marks()) {
            int n = out.size() + 1;
            PrivilegedItem item = m.item();
            if (item.target() == PrivilegedItem.Target.FINDING) {
                Finding f = notes.get(Long.parseLong(item.id()));
                String argues = f == null ? "" : "claim " + f.claimId() + ", element " + f.elementId();
                out.add(entry(n, m, null, null, List.of(), "note of a finding", argues));
                continue;
            }
            Optional<Document> d = documents.document(item.id());
            String path = documents.locations(item.id()).stream()
                    .map(Location::path)
                    .findFirst()
                    .orElse("");
            if (d.isEmpty()) {
                out.add(entry(n, m, null, null, List.of(), "", path));
                continue;
            }
            Document doc = d.get();
            EmailHeaders mail = doc.email();
            Instant when = mail != null && mail.sent() != null ? mail.sent() : doc.created();
            String author = mail != null && mail.from() != null ? mail.from() : doc.author();
            List<String> to = new ArrayList<>();
            if (mail != null) {
                to.addAll(mail.to());
                to.addAll(mail.cc());
                to.addAll(mail.bcc());
            }
            String type = mail != null ? "email" : doc.mediaType();
            out.add(entry(
                    n, m, when == null ? null : when.atZone(ZoneOffset.UTC).toLocalDate(), author, to, type, path));
        }
        return out;
    }

    private static PrivilegeLogEntry entry(
            int n, PrivilegeMark m, LocalDate date, String author, List<String> to, String type, String found) {
        return new PrivilegeLogEntry(
                n,
                m.item().target().code(),
                m.item().id(),
                date,
                author,
                to,
                type,
                found,
                m.kind(),
                m.reason(),
                m.by(),
                m.at());
    }
}
