package org.redress.app.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redress.analysis.mail.Address;
import org.redress.analysis.mail.Directory;
import org.redress.analysis.mail.MailMessage;
import org.redress.analysis.mail.OrganisationTable;
import org.redress.analysis.mail.Subjects;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Organisation;
import org.redress.core.casemodel.Participant;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.EmailHeaders;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.mentions.Mention;
import org.redress.core.mentions.MentionStatus;
import org.redress.core.port.CaseModelStore;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.MentionStore;

/**
 * The case as FollowTheMoney entities, one JSON object a line ({@code {"id", "schema", "properties"}}, every property
 * a list of strings), for Aleph and OpenAleph: Person, Organization, Membership (an official's organisation, with
 * the level as role), Email and Document, Event and Mention. The watch list stays out unless asked: without it,
 * watched people carry only their name, and no Mention (a hit of the watch list) is written. Page text only when
 * asked.
 */
public final class FtmExport {
    private static final ObjectMapper COMPACT = new ObjectMapper();

    /** What to include beyond the default. */
    public record Options(boolean watchList, boolean text) {}

    private final DocumentStore documents;
    private final CaseModelStore caseModel;
    private final MentionStore mentions;
    private final OrganisationTable domains;
    private final Options options;
    private final Map<String, String> personIds = new LinkedHashMap<>();
    private final Map<String, String> organisationIds = new LinkedHashMap<>();

    public FtmExport(
            DocumentStore documents,
            CaseModelStore caseModel,
            MentionStore mentions,
            OrganisationTable domains,
            Options options) {
        this.documents = documents;
        this.caseModel = caseModel;
        this.mentions = mentions;
        this.domains = domains;
        this.options = options;
    }

    /** Writes every entity and returns how many were written. */
    public int write(Writer out) throws IOException {
        int n = 0;
        List<CasePerson> people = caseModel.people();
        Set<String> orgs = new LinkedHashSet<>();
        for (Organisation o : caseModel.organisations()) orgs.add(o.name());
        for (OrganisationTable.Entry e : domains.entries()) orgs.add(e.organisation());
        for (CasePerson p : people) if (p.organisation() != null) orgs.add(p.organisation());
        for (String o : orgs) {
            n += line(out, organisationId(o), "Organization", props("name", o));
        }
        for (CasePerson p : people) n += line(out, personId(p.name()), "Person", person(p));
        for (CasePerson p : people) {
            if (p.organisation() == null || (p.watched() && !options.watchList())) continue;
            Map<String, List<String>> m =
                    props("member", personId(p.name()), "organization", organisationId(p.organisation()));
            if (p.level() != null) m.put("role", List.of(p.level().words()));
            n += line(out, "redress-membership-" + hash(p.name() + "|" + p.organisation()), "Membership", m);
        }
        Directory directory = new Directory(people, domains);
        Map<String, String> emailByMessageId = new LinkedHashMap<>();
        for (Document d : documents.emails()) {
            MailMessage m = MailMessage.of(d);
            emailByMessageId.putIfAbsent(m.messageId(), documentId(d.id()));
        }
        for (Document d : documents.documents())
            n += line(
                    out,
                    documentId(d.id()),
                    d.isEmail() ? "Email" : "Document",
                    document(d, directory, emailByMessageId));
        for (CaseEvent e : caseModel.events()) n += line(out, "redress-event-" + hash(e.id()), "Event", event(e));
        if (options.watchList()) {
            for (Mention m : mentions.mentions(null, null)) {
                if (m.status() == MentionStatus.REJECTED) continue;
                n += line(
                        out,
                        "redress-mention-" + m.id(),
                        "Mention",
                        props(
                                "document", documentId(m.documentId()),
                                "resolved", personId(m.person()),
                                "personMentioned", m.matched() == null ? m.person() : m.matched()));
            }
        }
        out.flush();
        return n;
    }

    private Map<String, List<String>> person(CasePerson p) {
        Map<String, List<String>> m = props("name", p.name());
        if (p.watched() && !options.watchList()) return m;
        List<String> aliases =
                p.aliases().stream().filter(a -> a.indexOf('@') < 0).toList();
        if (!aliases.isEmpty()) m.put("alias", aliases);
        if (!p.addresses().isEmpty()) m.put("email", p.addresses());
        if (p.level() != null) m.put("position", List.of(p.level().words()));
        if (!p.notes().isBlank()) m.put("notes", List.of(p.notes()));
        return m;
    }

    private Map<String, List<String>> document(Document d, Directory directory, Map<String, String> emailIds) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        List<Location> where = documents.locations(d.id());
        if (!where.isEmpty()) put(m, "fileName", fileName(where.get(0).path()));
        put(m, "title", d.title());
        put(m, "author", d.author());
        put(m, "mimeType", d.mediaType());
        put(m, "language", d.language());
        if (d.date() != null) put(m, "date", d.date().toString());
        EmailHeaders e = d.email();
        if (e != null) {
            put(m, "subject", e.subject());
            put(m, "threadTopic", Subjects.normalised(e.subject()));
            put(m, "from", e.from());
            if (!e.to().isEmpty()) m.put("to", e.to());
            if (!e.cc().isEmpty()) m.put("cc", e.cc());
            if (!e.bcc().isEmpty()) m.put("bcc", e.bcc());
            put(m, "messageId", e.messageId());
            put(m, "inReplyTo", e.inReplyTo());
            MailMessage msg = MailMessage.of(d);
            if (msg.sender() != null) put(m, "emitters", personOf(directory, msg.sender()));
            List<String> recipients = new ArrayList<>();
            for (Address a : msg.recipients()) {
                String id = personOf(directory, a);
                if (id != null) recipients.add(id);
            }
            if (!recipients.isEmpty()) m.put("recipients", recipients);
            if (msg.inReplyTo() != null) put(m, "inReplyToEmail", emailIds.get(msg.inReplyTo()));
        }
        if (options.text()) {
            StringBuilder text = new StringBuilder();
            for (Page p : documents.pages(d.id())) text.append(p.text()).append('\n');
            if (text.length() > 0) put(m, "bodyText", text.toString());
        }
        return m;
    }

    private Map<String, List<String>> event(CaseEvent e) {
        String description = e.description().isBlank() ? "" : ": " + e.description();
        Map<String, List<String>> m = props("name", e.kind().name().replace('_', ' ') + description);
        e.date().earliest().ifPresent(d -> put(m, "startDate", d.toString()));
        e.date().latest().ifPresent(d -> put(m, "endDate", d.toString()));
        put(m, "date", e.date().anchorDay().toString());
        put(m, "summary", e.description());
        put(m, "location", e.place());
        List<String> involved = new ArrayList<>();
        for (Participant p : e.people()) {
            CasePerson known = caseModel.person(p.name()).orElse(null);
            if (known != null) involved.add(personId(known.name()));
            else if (organisationIds.containsKey(p.name())) involved.add(organisationIds.get(p.name()));
        }
        if (!involved.isEmpty()) m.put("involved", involved);
        return m;
    }

    /** The person entity of an address, when it belongs to one of the case's people. */
    private String personOf(Directory directory, Address a) {
        CasePerson p = directory.personOf(a);
        return p == null ? null : personId(p.name());
    }

    private String personId(String name) {
        return personIds.computeIfAbsent(name.toLowerCase(java.util.Locale.ROOT), k -> "redress-person-" + hash(k));
    }

    private String organisationId(String name) {
        return organisationIds.computeIfAbsent(name, k -> "redress-org-" + hash(k.toLowerCase(java.util.Locale.ROOT)));
    }

    private static String documentId(String sha) {
        return "redress-doc-" + sha;
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static String hash(String s) {
        return Sha256.of(s.getBytes(StandardCharsets.UTF_8)).substring(0, 20);
    }

    private static Map<String, List<String>> props(String... pairs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) put(m, pairs[i], pairs[i + 1]);
        return m;
    }

    private static void put(Map<String, List<String>> m, String key, String value) {
        if (value != null && !value.isBlank()) m.put(key, List.of(value));
    }

    private static int line(Writer out, String id, String schema, Map<String, List<String>> properties)
            throws IOException {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("id", id);
        entity.put("schema", schema);
        entity.put("properties", properties);
        try {
            out.write(COMPACT.writeValueAsString(entity));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return 1;
    }
}
