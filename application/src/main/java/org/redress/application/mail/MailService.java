package org.redress.application.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.redress.analysis.chain.KnowledgeChain;
import org.redress.analysis.chain.SubjectChain;
import org.redress.analysis.mail.Directory;
import org.redress.analysis.mail.Grouping;
import org.redress.analysis.mail.MailGraph;
import org.redress.analysis.mail.MailMessage;
import org.redress.analysis.mail.MonthlyTraffic;
import org.redress.analysis.mail.OrganisationTable;
import org.redress.analysis.mail.Threads;
import org.redress.core.NotFound;
import org.redress.core.UserMistake;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Part;
import org.redress.core.casemodel.Role;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.Page;
import org.redress.core.mentions.Mention;
import org.redress.core.mentions.MentionStatus;
import org.redress.core.port.CaseModelStore;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.MentionStore;

/** Who wrote to whom, and how far up it went, over one case's stores. */
public final class MailService {
    private final DocumentStore documents;
    private final CaseModelStore caseModel;
    private final MentionStore mentions;
    private final Supplier<OrganisationTable> domains;
    private final ThreadCache threads;

    public MailService(
            DocumentStore documents,
            CaseModelStore caseModel,
            MentionStore mentions,
            Supplier<OrganisationTable> domains) {
        this(documents, caseModel, mentions, domains, new ThreadCache());
    }

    /** The same, with threads kept in {@code threads} from one use to the next (a served case keeps one). */
    public MailService(
            DocumentStore documents,
            CaseModelStore caseModel,
            MentionStore mentions,
            Supplier<OrganisationTable> domains,
            ThreadCache threads) {
        this.documents = documents;
        this.caseModel = caseModel;
        this.mentions = mentions;
        this.domains = domains;
        this.threads = threads;
    }

    /** The case's messages, each once however many documents hold it. */
    public List<MailMessage> messages() {
        return MailMessage.distinct(documents.emails());
    }

    public Directory directory() {
        return new Directory(caseModel.people(), domains.get());
    }

    public MailGraph graph(Grouping by, LocalDate from, LocalDate to) {
        checkRange(from, to);
        return MailGraph.build(messages(), directory(), by, from, to);
    }

    public MonthlyTraffic between(String a, String b, LocalDate from, LocalDate to) {
        checkRange(from, to);
        return MonthlyTraffic.between(messages(), directory(), a, b, from, to);
    }

    /** The thread of an email document; null when the document is no email. */
    public Threads.Thread thread(String documentId) {
        Document d = documents.document(documentId).orElseThrow(() -> new NotFound("no such document"));
        if (!d.isEmail()) return null;
        return threads.threads(documents.status().documents(), this::messages).ofDocument(d.id());
    }

    /** The chain of every subject of the case, or of the one person named (a subject or not). */
    public List<SubjectChain> chain(String personName) {
        List<CasePerson> people = new ArrayList<>();
        if (personName != null && !personName.isBlank()) {
            people.add(caseModel
                    .person(personName)
                    .orElseThrow(() -> new UserMistake("the case has no person of that name or alias")));
        } else {
            for (CasePerson p : caseModel.people()) if (p.role() == Role.SUBJECT) people.add(p);
        }
        List<MailMessage> messages = messages();
        KnowledgeChain chain = new KnowledgeChain(messages, Threads.of(messages, Threads.DEFAULT_WINDOW), directory());
        List<CaseEvent> events = caseModel.events();
        List<Document> emails = documents.emails();
        List<SubjectChain> out = new ArrayList<>();
        for (CasePerson p : people) {
            out.add(chain.of(p.name(), named(p, emails), adverseActionsOf(p, events)));
        }
        return out;
    }

    /** Documents naming a person: reviewed mentions not rejected, and emails with the name in subject or text. */
    private Map<String, Instant> named(CasePerson p, List<Document> emails) {
        Map<String, Instant> named = new HashMap<>();
        for (Mention m : mentions.mentions(p.name(), null)) {
            if (m.status() == MentionStatus.NEW || m.status() == MentionStatus.REJECTED) continue;
            documents.document(m.documentId()).ifPresent(d -> named.put(d.id(), d.date()));
        }
        Pattern name = namePattern(p);
        for (Document d : emails) {
            if (named.containsKey(d.id())) continue;
            if (name.matcher(d.email().subject() == null ? "" : d.email().subject())
                            .find()
                    || inText(d, name)) {
                named.put(d.id(), d.date());
            }
        }
        return named;
    }

    private boolean inText(Document d, Pattern name) {
        for (Page page : documents.pages(d.id())) if (name.matcher(page.text()).find()) return true;
        return false;
    }

    /** The person's name and aliases (not their addresses) as whole words, case ignored. */
    private static Pattern namePattern(CasePerson p) {
        List<String> forms = new ArrayList<>();
        forms.add(Pattern.quote(p.name()).replace(" ", "\\E\\s+\\Q"));
        for (String a : p.aliases())
            if (a.indexOf('@') < 0 && a.strip().length() > 2)
                forms.add(Pattern.quote(a).replace(" ", "\\E\\s+\\Q"));
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + String.join("|", forms) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<CaseEvent> adverseActionsOf(CasePerson p, List<CaseEvent> events) {
        return events.stream()
                .filter(e -> e.kind().isAdverse())
                .filter(e -> e.people().stream().anyMatch(x -> x.part() == Part.TARGET && p.answersTo(x.name())))
                .toList();
    }

    /** A day as typed for a filter ("2017-01-09"); blank is none; anything else is a mistake naming the option. */
    public static LocalDate day(String option, String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new UserMistake(option + " '" + text.strip() + "' is not a day: write YYYY-MM-DD");
        }
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new UserMistake("--to " + to + " is before --from " + from);
        }
    }

    /** The organisation names a graph's filter may offer: those of the table and of the case's people. */
    public List<String> organisations(MailGraph byOrganisation) {
        return byOrganisation.nodes().stream()
                .map(n -> n.organisation())
                .filter(o -> o != null)
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }
}
