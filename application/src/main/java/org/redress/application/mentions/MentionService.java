package org.redress.application.mentions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.redress.analysis.names.NameMatcher;
import org.redress.analysis.names.WatchedPerson;
import org.redress.analysis.retaliation.Naming;
import org.redress.application.access.Access;
import org.redress.core.NotFound;
import org.redress.core.UserMistake;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.corpus.Source;
import org.redress.core.mentions.Decision;
import org.redress.core.mentions.Mention;
import org.redress.core.mentions.MentionStatus;
import org.redress.core.port.CaseModelStore;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.MentionStore;
import org.redress.core.port.PageScreen;
import org.redress.core.port.RequestStore;

/**
 * The mentions use cases: screen the corpus with the watch list (only what changed), list and summarise the hits,
 * review them one by one or from a sheet, and put a person on or off the watch list. No message of this class
 * repeats a name of the watch list or the words of a page.
 */
public final class MentionService {
    private static final int BATCH = 200;
    /**
     * What a role that may not see the watch-list is refused here (issue 13). It finds no hit in the stores either,
     * so what shows hits beside other things (the chronology's "first named", a document's marks) shows none.
     */
    private static final String WATCH_LIST = "the watch list";

    private final DocumentStore documents;
    private final RequestStore requests;
    private final CaseModelStore people;
    private final MentionStore mentions;
    private final PageScreen screen;
    private final Supplier<NameMatcher> matcher;
    private final Clock clock;
    private final int threads;

    /** {@code matcher} is asked for only when there is something to screen (reading its tables takes a moment). */
    public MentionService(
            DocumentStore documents,
            RequestStore requests,
            CaseModelStore people,
            MentionStore mentions,
            PageScreen screen,
            Supplier<NameMatcher> matcher,
            Clock clock) {
        this(documents, requests, people, mentions, screen, matcher, clock, defaultThreads());
    }

    /** The same, screening on {@code threads} threads. */
    public MentionService(
            DocumentStore documents,
            RequestStore requests,
            CaseModelStore people,
            MentionStore mentions,
            PageScreen screen,
            Supplier<NameMatcher> matcher,
            Clock clock,
            int threads) {
        if (threads < 1) throw new IllegalArgumentException("screening needs at least one thread: " + threads);
        this.threads = threads;
        this.documents = documents;
        this.requests = requests;
        this.people = people;
        this.mentions = mentions;
        this.screen = screen;
        this.matcher = matcher;
        this.clock = clock;
    }

    /** One screening thread per core, up to four: the page reading and the recording stay on the caller's. */
    static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    // --- screening ---------------------------------------------------------------------------

    /** Screens every document not yet screened with the current watch list; a no-op when nothing changed. */
    public ScreeningResult screen() {
        return screen(done -> {});
    }

    /** The same, telling {@code progress} how many documents are screened so far after each one. */
    public ScreeningResult screen(java.util.function.LongConsumer progress) {
        // Over the whole corpus whoever asks: a role's view would record hidden documents as done with nothing.
        return Access.asCase(() -> screenAll(progress));
    }

    private ScreeningResult screenAll(java.util.function.LongConsumer progress) {
        NameMatcher m = matcher.get();
        WatchList list = new WatchList(people.people(), m.diminutives());
        String fingerprint = list.fingerprint();
        PageScreen.Prepared prepared = list.isEmpty() ? null : screen.prepare(list.screenWords());
        long[] screened = {0};
        long[] fresh = {0};
        BiConsumer<String, List<Mention>> record = (id, hits) -> {
            fresh[0] += mentions.replaceHits(id, fingerprint, hits);
            progress.accept(++screened[0]);
        };
        try (HitFinder finder = new HitFinder(list, prepared, m, prepared == null ? 1 : threads)) {
            for (List<String> batch = mentions.documentsToScreen(fingerprint, BATCH);
                    !batch.isEmpty();
                    batch = mentions.documentsToScreen(fingerprint, BATCH)) {
                for (String id : batch) {
                    if (prepared == null) record.accept(id, List.of());
                    else finder.find(id, documents.pages(id), record);
                }
                // The next batch is asked for only once this one's hits are recorded: it is what is not yet screened.
                finder.finish(record);
            }
        }
        return new ScreeningResult(list.names().size(), screened[0], fresh[0]);
    }

    // --- the watch list ----------------------------------------------------------------------

    /** A change to the watch list: the person, the warnings about their names, and the screening it caused. */
    public record WatchChange(String person, boolean watched, List<String> warnings, ScreeningResult screening) {}

    /** Puts a person (by name or alias) on the watch list, or takes them off it, and screens again. */
    public WatchChange watch(String nameOrAlias, boolean on) {
        Access.requireWatchList(WATCH_LIST);
        WatchChange change = mark(nameOrAlias, on);
        return new WatchChange(change.person(), on, change.warnings(), screen());
    }

    /**
     * Puts a person on the watch list or off it without screening ({@code screening} is null): for the web, which
     * screens in the background. The corpus is screened again by the next {@link #screen}.
     */
    public WatchChange mark(String nameOrAlias, boolean on) {
        Access.requireWatchList(WATCH_LIST);
        CasePerson p = people.person(nameOrAlias == null ? "" : nameOrAlias.strip())
                .orElseThrow(() -> new NotFound("no person of the case has that name or alias; add them first with"
                        + " redress import people (names are left out of this message, as the watch list always is)"));
        people.savePerson(p.withWatched(on));
        List<String> warnings = on ? new WatchedPerson("", p.name(), p.aliases()).warnings() : List.of();
        return new WatchChange(p.name(), on, warnings, null);
    }

    /** Warnings about the names of everyone watched, each naming the person's place in the list, not the person. */
    public List<String> watchWarnings() {
        Access.requireWatchList(WATCH_LIST);
        List<String> out = new ArrayList<>();
        List<CasePerson> watched =
                people.people().stream().filter(CasePerson::watched).toList();
        for (int i = 0; i < watched.size(); i++) {
            CasePerson p = watched.get(i);
            for (String w : new WatchedPerson("", p.name(), p.aliases()).warnings()) {
                out.add("watched person " + (i + 1) + ": " + w);
            }
        }
        return out;
    }

    // --- listing and summaries ---------------------------------------------------------------

    /** Hits and summaries, as `redress mentions` prints them. */
    public record Listing(List<MentionRow> hits, List<PersonSummary> people) {}

    /** Hits of one person (name or alias; null for all) with one status (null for all), and the summaries. */
    public Listing list(String nameOrAlias, MentionStatus status) {
        Access.requireWatchList(WATCH_LIST);
        String person = null;
        if (nameOrAlias != null) {
            person = people.person(nameOrAlias)
                    .filter(CasePerson::watched)
                    .map(CasePerson::name)
                    .orElseThrow(() -> new NotFound("no watched person of the case has that name or alias"));
        }
        DocumentFacts facts = new DocumentFacts(documents, requests);
        List<MentionRow> rows = new ArrayList<>();
        for (Mention m : mentions.mentions(person, status)) rows.add(row(m, facts));
        List<PersonSummary> summaries = new ArrayList<>();
        List<String> watched = person != null
                ? List.of(person)
                : people.people().stream()
                        .filter(CasePerson::watched)
                        .map(CasePerson::name)
                        .toList();
        for (String p : watched) summaries.add(summary(p, mentions.mentions(p, null), facts));
        return new Listing(rows, summaries);
    }

    private static MentionRow row(Mention m, DocumentFacts facts) {
        DocumentFacts.Facts f = facts.of(m.documentId());
        return new MentionRow(
                m.id(),
                m.person(),
                m.documentId(),
                f.path(),
                m.page(),
                m.matched(),
                m.start(),
                m.end(),
                m.score(),
                m.rule(),
                m.status().code(),
                m.reason(),
                m.counts(NameMatcher.THRESHOLD),
                f.date() == null ? null : f.date().toString(),
                f.organisations(),
                m.explanation());
    }

    /** First and last date and a count of documents, widened hit by hit. */
    private static final class Span {
        LocalDate first;
        LocalDate last;
        long documents;

        void widen(LocalDate d) {
            if (d == null) return;
            if (first == null || d.isBefore(first)) first = d;
            if (last == null || d.isAfter(last)) last = d;
        }
    }

    private static PersonSummary summary(String person, List<Mention> hits, DocumentFacts facts) {
        Set<String> docs = new HashSet<>();
        Set<String> pages = new HashSet<>();
        Span all = new Span();
        Map<String, Span> byOrg = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Map<Source, Span> bySource = new LinkedHashMap<>();
        for (Mention m : hits) {
            if (!m.counts(NameMatcher.THRESHOLD)) continue;
            pages.add(m.documentId() + "#" + m.page());
            if (!docs.add(m.documentId())) continue;
            DocumentFacts.Facts f = facts.of(m.documentId());
            all.widen(f.date());
            List<String> orgs =
                    f.organisations().isEmpty() ? java.util.Collections.singletonList(null) : f.organisations();
            for (String o : orgs) {
                Span span = byOrg.computeIfAbsent(o, k -> new Span());
                span.widen(f.date());
                span.documents++;
            }
            for (Source s : f.sources()) bySource.computeIfAbsent(s, k -> new Span()).documents++;
        }
        List<PersonSummary.ByOrganisation> orgRows = new ArrayList<>();
        byOrg.forEach((o, span) ->
                orgRows.add(new PersonSummary.ByOrganisation(o, text(span.first), text(span.last), span.documents)));
        List<PersonSummary.BySource> sourceRows = new ArrayList<>();
        bySource.forEach(
                (s, span) -> sourceRows.add(new PersonSummary.BySource(s.name(), text(s.received()), span.documents)));
        return new PersonSummary(
                person, docs.size(), pages.size(), text(all.first), text(all.last), orgRows, sourceRows);
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /**
     * The chronology of the case, or of one person (name or alias), with the derived "first named in the agency's
     * records" entries among its events; {@code words} is that fact in the reader's language.
     */
    public List<org.redress.application.casemodel.Chronology.Row> chronologyWithKnowledge(String person, String words) {
        return withKnowledge(org.redress.application.casemodel.Chronology.rows(people, person), person, words);
    }

    /** The given chronology rows (of {@code person}, or everyone's) with the derived "first named" rows among them. */
    public List<org.redress.application.casemodel.Chronology.Row> withKnowledge(
            List<org.redress.application.casemodel.Chronology.Row> rows, String person, String words) {
        Set<String> only = person == null || person.isBlank()
                ? null
                : Set.of(people.person(person).map(CasePerson::name).orElse(""));
        return org.redress.application.casemodel.Chronology.withDerived(
                rows, FirstNamed.rows(firstNamed(), words, only));
    }

    /** When the records first named each watched person, per organisation where known (see {@link FirstNamed}). */
    public List<FirstNamed> firstNamed() {
        return FirstNamed.of(mentions.mentions(null, null), new DocumentFacts(documents, requests));
    }

    /** Every page that names a watched person by a hit that counts, dated by its document (undated ones left out). */
    public List<Naming> namings() {
        DocumentFacts facts = new DocumentFacts(documents, requests);
        List<Naming> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Mention m : mentions.mentions(null, null)) {
            if (!m.counts(NameMatcher.THRESHOLD)) continue;
            LocalDate date = facts.of(m.documentId()).date();
            if (date == null || !seen.add(m.person() + "|" + m.documentId() + "|" + m.page())) continue;
            out.add(new Naming(m.person(), date.toString(), m.documentId(), m.page()));
        }
        return out;
    }

    // --- knowledge in the claims --------------------------------------------------------------

    /**
     * Links a hit to an element of a claim (the element of knowledge: the agency knew of the person), checking the
     * claim and element as any finding, and that the hit exists and is not rejected.
     */
    public org.redress.core.casemodel.Finding cite(
            String claim, String element, String hitId, org.redress.core.casemodel.Weight weight, String note) {
        Access.requireWatchList(WATCH_LIST);
        String key = hitId == null ? "" : hitId.strip().toLowerCase(java.util.Locale.ROOT);
        Mention m = mentions.mention(key)
                .orElseThrow(() -> new NotFound("there is no hit '" + key + "'; list them with: redress mentions"));
        if (m.status() == MentionStatus.REJECTED) {
            throw new UserMistake("hit " + key + " was rejected in review: it is not evidence of knowledge");
        }
        return new org.redress.core.casemodel.CaseModel(people, documents)
                .link(new org.redress.core.casemodel.Finding(0, claim, element, null, null, weight, note, key));
    }

    // --- review ------------------------------------------------------------------------------

    /** Records a decision on a hit; it also covers the same words on identical pages, and survives screening again. */
    public Mention review(String id, MentionStatus status, String reason) {
        Access.requireWatchList(WATCH_LIST);
        String key = id == null ? "" : id.strip().toLowerCase(java.util.Locale.ROOT);
        return mentions.decide(new Decision(key, status, reason, clock.instant()))
                .orElseThrow(() -> new NotFound("there is no hit '" + key + "'; list them with: redress mentions"));
    }

    /** One line of a review sheet: a hit's id, the decision and a reason. */
    public record SheetRow(String where, String id, String status, String reason) {}

    /**
     * Applies a sheet of decisions, all or nothing: every row is checked first (the hit exists, the status is one of
     * confirm(ed), reject(ed), unsure, new), and a single bad row applies none. Returns how many were applied.
     */
    public int reviewAll(List<SheetRow> rows) {
        Access.requireWatchList(WATCH_LIST);
        List<String> problems = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        for (SheetRow r : rows) {
            String id = r.id() == null ? "" : r.id().strip().toLowerCase(java.util.Locale.ROOT);
            MentionStatus s = decisionStatus(r.status());
            if (s == null) {
                problems.add(r.where() + ": the status must be confirm, reject, unsure or new");
            }
            if (mentions.mention(id).isEmpty()) problems.add(r.where() + ": there is no hit '" + id + "'");
            if (s != null) decisions.add(new Decision(id, s, r.reason(), clock.instant()));
        }
        if (!problems.isEmpty()) {
            throw new UserMistake("nothing was reviewed; fix these rows first:\n  " + String.join("\n  ", problems));
        }
        decisions.forEach(mentions::decide);
        return decisions.size();
    }

    /** confirm, confirmed, reject, rejected, unsure, new (case ignored), or null. */
    public static MentionStatus decisionStatus(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "confirm", "confirmed" -> MentionStatus.CONFIRMED;
            case "reject", "rejected" -> MentionStatus.REJECTED;
            case "unsure" -> MentionStatus.UNSURE;
            case "new" -> MentionStatus.NEW;
            default -> null;
        };
    }
}
