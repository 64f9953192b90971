package org.redress.application.reuse;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.redress.analysis.reuse.FoldedWords;
import org.redress.analysis.reuse.ReuseFinder;
import org.redress.application.access.Access;
import org.redress.core.UserMistake;
import org.redress.core.corpus.DisplayPaths;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Page;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.ReuseStore;
import org.redress.core.reuse.RecordToCompare;
import org.redress.core.reuse.ReferenceDocument;
import org.redress.core.reuse.ReferenceSource;
import org.redress.core.reuse.ReuseMatch;

/**
 * Text reuse: compares agency records with the group's reference material and lists what it found. Comparison is
 * standing and incremental: a record is compared once with every reference it has not met, so a new production is
 * compared with all references and a new reference with all records, and nothing twice.
 */
public final class ReuseService {
    /** Passages shorter than this are not kept by standing comparison: the default. */
    public static final int DEFAULT_MIN_WORDS = 40;
    /** Below this a passage is too short to tell quotation from shared phrasing. */
    public static final int LOWEST_MIN_WORDS = 12;

    private static final int BATCH = 200;

    private final DocumentStore documents;
    private final ReuseStore reuse;

    public ReuseService(DocumentStore documents, ReuseStore reuse) {
        this.documents = documents;
        this.reuse = reuse;
    }

    /** What a comparison did: records compared, references they were compared with, new passages. */
    public record Comparison(long records, long references, long passagesNew) {}

    /** Compares every record not yet compared with every reference; a no-op when nothing is new. */
    public Comparison compare(LongConsumer progress) {
        // Over the whole corpus whoever asks: a role's view would record hidden documents as done with nothing.
        return Access.asCase(() -> compareAll(progress));
    }

    private Comparison compareAll(LongConsumer progress) {
        List<ReferenceDocument> refs = reuse.references();
        if (refs.isEmpty()) return new Comparison(0, 0, 0);
        long upTo = refs.get(refs.size() - 1).seq();
        Map<Long, LoadedReferences> byAfter = new HashMap<>();
        long records = 0;
        long fresh = 0;
        for (List<RecordToCompare> batch = reuse.recordsToCompare(upTo, BATCH);
                !batch.isEmpty();
                batch = reuse.recordsToCompare(upTo, BATCH)) {
            for (RecordToCompare r : batch) {
                LoadedReferences loaded = byAfter.computeIfAbsent(
                        r.comparedUpTo(), after -> LoadedReferences.after(refs, after, documents, DEFAULT_MIN_WORDS));
                List<ReuseMatch> found = find(r.documentId(), loaded);
                fresh += reuse.replaceMatches(r.documentId(), r.comparedUpTo(), upTo, found);
                progress.accept(++records);
            }
        }
        return new Comparison(records, refs.size(), fresh);
    }

    private List<ReuseMatch> find(String documentId, LoadedReferences refs) {
        List<ReuseMatch> out = new ArrayList<>();
        if (refs.documents.isEmpty()) return out;
        ReuseFinder.Matcher matcher = refs.finder.matcher();
        for (Page page : documents.pages(documentId)) {
            FoldedWords words = FoldedWords.of(page.text());
            for (ReuseFinder.Passage p : matcher.find(words)) {
                ReferenceDocument ref = refs.documents.get(p.reference());
                if (ref.documentId().equals(documentId)) continue; // a reference is not evidence of itself
                FoldedWords rw = refs.words.get(p.reference());
                var a = p.alignment();
                out.add(new ReuseMatch(
                        null,
                        ref.documentId(),
                        rw.start(a.referenceFrom()),
                        rw.end(a.referenceTo()),
                        documentId,
                        page.number(),
                        words.start(a.pageFrom()),
                        words.end(a.pageTo()),
                        a.referenceWords(),
                        Math.round(a.similarity() * 1000) / 1000.0,
                        p.kind()));
            }
        }
        return out;
    }

    /**
     * Every passage of at least {@code minWords} words, the stored ones when {@code minWords} is at least the
     * default; below it the records are compared again at that length (nothing stored).
     */
    public List<MatchRow> matches(int minWords) {
        if (minWords < LOWEST_MIN_WORDS)
            throw new UserMistake("--min-words must be at least " + LOWEST_MIN_WORDS
                    + ": shorter passages cannot be told from phrasing any two texts share");
        List<ReuseMatch> found;
        if (minWords >= DEFAULT_MIN_WORDS) {
            found = reuse.matches().stream().filter(m -> m.words() >= minWords).toList();
        } else {
            LoadedReferences all = LoadedReferences.after(reuse.references(), 0, documents, minWords);
            List<ReuseMatch> fresh = new ArrayList<>();
            for (RecordToCompare r : reuse.recordsToCompare(Long.MAX_VALUE, Integer.MAX_VALUE))
                fresh.addAll(find(r.documentId(), all));
            found = fresh;
        }
        Map<String, Boolean> privacy = new HashMap<>();
        for (ReferenceDocument r : reuse.references()) privacy.put(r.documentId(), r.isPrivate());
        Facts facts = new Facts();
        return found.stream()
                .map(m -> row(m, privacy.getOrDefault(m.referenceDocumentId(), false), facts))
                .toList();
    }

    /** The match a row shows (its id is derived from the same fields). */
    public static ReuseMatch matchOf(MatchRow r) {
        return new ReuseMatch(
                null,
                r.referenceDocumentId(),
                r.referenceStart(),
                r.referenceEnd(),
                r.documentId(),
                r.page(),
                r.start(),
                r.end(),
                r.words(),
                r.similarity(),
                org.redress.core.reuse.MatchKind.fromCode(r.kind()));
    }

    /** The stored passage with this id. */
    public Optional<ReuseMatch> match(String id) {
        return reuse.match(id);
    }

    /** The row of one stored passage. */
    public MatchRow row(ReuseMatch m) {
        boolean isPrivate = reuse.references().stream()
                .anyMatch(r -> r.documentId().equals(m.referenceDocumentId()) && r.isPrivate());
        return row(m, isPrivate, new Facts());
    }

    /** Both passages' words, with the differences marked. */
    public PassagePair pair(ReuseMatch m) {
        String refText = org.redress.core.reuse.ReferenceText.of(documents.pages(m.referenceDocumentId()));
        String pageText =
                documents.page(m.documentId(), m.page()).map(Page::text).orElse("");
        return PassagePair.of(refText, m.referenceStart(), m.referenceEnd(), pageText, m.start(), m.end());
    }

    public List<ReferenceSource> referenceSources() {
        return reuse.referenceSources();
    }

    /** Marks a source as the group's own material. */
    public void markReference(long sourceId, boolean isPrivate) {
        reuse.markReference(sourceId, isPrivate);
    }

    /** Whether a document is a private reference: never exported unless asked. */
    public boolean isPrivateReference(String documentId) {
        return reuse.references().stream().anyMatch(r -> r.documentId().equals(documentId) && r.isPrivate());
    }

    private MatchRow row(ReuseMatch m, boolean isPrivate, Facts facts) {
        LocalDate refDate = facts.date(m.referenceDocumentId(), true);
        LocalDate recDate = facts.date(m.documentId(), false);
        return new MatchRow(
                m.referenceDocumentId(),
                facts.path(m.referenceDocumentId()),
                m.referenceStart(),
                m.referenceEnd(),
                m.documentId(),
                facts.path(m.documentId()),
                m.page(),
                m.start(),
                m.end(),
                m.words(),
                m.similarity(),
                m.kind().code(),
                isPrivate,
                refDate,
                recDate,
                ReuseTiming.privateBeforeRecord(isPrivate, refDate, recDate),
                ReuseTiming.inconsistent(refDate, recDate));
    }

    /** Paths and dates of documents, read once each. */
    private final class Facts {
        private final Map<String, String> paths = new HashMap<>();
        private final Map<String, Optional<LocalDate>> dates = new HashMap<>();

        String path(String documentId) {
            return paths.computeIfAbsent(documentId, id -> {
                List<Location> at = documents.locations(id);
                return at.isEmpty() ? "" : DisplayPaths.of(documents, at.get(0));
            });
        }

        /** The document's own date; for a reference without one, the date its source was received. */
        LocalDate date(String documentId, boolean reference) {
            return dates.computeIfAbsent(documentId, id -> {
                        Optional<Document> d = documents.document(id);
                        if (d.isPresent() && d.get().date() != null)
                            return Optional.of(LocalDate.ofInstant(d.get().date(), ZoneOffset.UTC));
                        if (!reference) return Optional.empty();
                        return documents.locations(id).stream()
                                .map(l -> documents.sourceById(l.sourceId()))
                                .flatMap(Optional::stream)
                                .map(s -> s.received())
                                .filter(java.util.Objects::nonNull)
                                .findFirst();
                    })
                    .orElse(null);
        }
    }
}
