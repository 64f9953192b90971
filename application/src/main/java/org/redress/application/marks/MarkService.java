package org.redress.application.marks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.redress.analysis.marks.AnimusFlags;
import org.redress.analysis.marks.ExemptionMarks;
import org.redress.analysis.marks.Found;
import org.redress.analysis.marks.Lexicon;
import org.redress.analysis.marks.PatternEntities;
import org.redress.application.access.Access;
import org.redress.core.NotFound;
import org.redress.core.casemodel.CaseModel;
import org.redress.core.casemodel.Citation;
import org.redress.core.casemodel.Finding;
import org.redress.core.casemodel.Weight;
import org.redress.core.corpus.Page;
import org.redress.core.marks.Mark;
import org.redress.core.marks.MarkStage;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.MarkStore;
import org.redress.core.port.RequestStore;

/**
 * The marking use cases: mark what is not yet marked with the current rules (a standing stage of every ingest), mark
 * everything again, and read the marks back: the marks of one page, the flags, the redaction report. No message of
 * this class quotes a page.
 */
public final class MarkService {
    /** The rules of the entity and exemption stages; a new version here marks the whole corpus again. */
    static final String ENTITIES_RULES = "entities-v1";

    static final String EXEMPTIONS_RULES = "exemptions-v1";
    private static final int BATCH = 200;

    /** Progress of a run over the corpus: how many documents there are to mark, and how far it got. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void started(long documents) {}

            @Override
            public void documentDone(long done, long pages) {}
        };

        void started(long documents);

        void documentDone(long done, long pages);
    }

    private final DocumentStore documents;
    private final RequestStore requests;
    private final MarkStore marks;
    private final Supplier<Lexicon> lexicon;

    /** {@code lexicon} is read when a run starts, so an edited {@code lexicon.txt} takes effect on the next one. */
    public MarkService(DocumentStore documents, RequestStore requests, MarkStore marks, Supplier<Lexicon> lexicon) {
        this.documents = documents;
        this.requests = requests;
        this.marks = marks;
        this.lexicon = lexicon;
    }

    // --- marking ----------------------------------------------------------------------------------------------------

    /** Marks every document some stage has not marked with its current rules; a no-op when nothing changed. */
    public MarkingResult mark(Progress progress) {
        // Over the whole corpus whoever asks: a role's view would record hidden documents as done with nothing.
        return Access.asCase(() -> markAll(progress));
    }

    private MarkingResult markAll(Progress progress) {
        Lexicon words = lexicon.get();
        AnimusFlags flags = new AnimusFlags(words);
        Map<MarkStage, String> rules = new EnumMap<>(MarkStage.class);
        rules.put(MarkStage.ENTITIES, ENTITIES_RULES);
        rules.put(MarkStage.EXEMPTIONS, EXEMPTIONS_RULES);
        rules.put(MarkStage.FLAGS, words.fingerprint());
        long total = marks.countToMark(rules);
        if (total == 0) return MarkingResult.NONE;
        progress.started(total);
        long done = 0;
        long pagesDone = 0;
        long[] fresh = new long[MarkStage.values().length];
        for (List<String> batch = marks.documentsToMark(rules, BATCH);
                !batch.isEmpty();
                batch = marks.documentsToMark(rules, BATCH)) {
            for (String id : batch) {
                Map<MarkStage, String> before = marks.markedWith(id);
                List<Page> pages = documents.pages(id);
                for (MarkStage stage : MarkStage.values()) {
                    if (Objects.equals(before.get(stage), rules.get(stage))) continue;
                    List<Mark> found = new ArrayList<>();
                    for (Page p : pages) {
                        for (Found f : find(stage, p.text(), flags)) found.add(mark(id, p.number(), stage, f));
                    }
                    fresh[stage.ordinal()] += marks.replaceMarks(id, stage, rules.get(stage), found);
                }
                pagesDone += pages.size();
                progress.documentDone(++done, pagesDone);
            }
        }
        return new MarkingResult(done, fresh[0], fresh[1], fresh[2]);
    }

    /** Forgets what was marked, then marks the whole corpus with the current rules and lexicon. */
    public MarkingResult markAgain(Progress progress) {
        marks.forgetMarking();
        return mark(progress);
    }

    private static List<Found> find(MarkStage stage, String text, AnimusFlags flags) {
        return switch (stage) {
            case ENTITIES -> PatternEntities.find(text);
            case EXEMPTIONS -> ExemptionMarks.find(text);
            case FLAGS -> flags.find(text);
        };
    }

    private static Mark mark(String documentId, int page, MarkStage stage, Found f) {
        return new Mark(
                null,
                documentId,
                page,
                f.start(),
                f.end(),
                stage,
                f.kind(),
                f.code(),
                f.label(),
                f.value(),
                f.sentence());
    }

    // --- reading ----------------------------------------------------------------------------------------------------

    /** The marks on page {@code page} of document {@code documentId}, by offset, as the document page draws them. */
    public List<PageSpan> onPage(String documentId, int page) {
        return marks.marksOnPage(documentId, page).stream()
                .map(m -> new PageSpan(m.start(), m.end(), m.kind(), label(m)))
                .toList();
    }

    private static String label(Mark m) {
        return switch (m.stage()) {
            case EXEMPTIONS -> m.code();
            case FLAGS -> m.code() + " (" + m.label() + ")";
            case ENTITIES -> m.label().isEmpty() ? m.kind() : m.kind() + " (" + m.label() + ")";
        };
    }

    /** Every animus or profiling flag, by document, page and offset. */
    public List<FlagRow> flags() {
        List<FlagRow> out = new ArrayList<>();
        DocumentPaths paths = new DocumentPaths(documents);
        for (Mark m : marks.marks(MarkStage.FLAGS, null)) {
            out.add(new FlagRow(
                    m.id(),
                    m.code(),
                    m.documentId(),
                    paths.of(m.documentId()),
                    m.page(),
                    m.sentence(),
                    m.label(),
                    m.start(),
                    m.end()));
        }
        return out;
    }

    /** One flag by its id (as {@code redress flags} lists it). */
    public Mark flag(String id) {
        String key = id == null ? "" : id.strip().toLowerCase(java.util.Locale.ROOT);
        return marks.mark(key)
                .filter(m -> m.stage() == MarkStage.FLAGS)
                .orElseThrow(() -> new NotFound("there is no flag '" + key + "'; list them with: redress flags"));
    }

    /** A flag cited as evidence: the citation added to an event, and the finding when it was linked to a claim. */
    public record Cited(Citation citation, Finding finding) {}

    /**
     * Cites a flag as evidence of motive: its page with its sentence as the quote, added to an event; with a claim,
     * the citation is also linked to one of its elements ({@code motive} unless another is named).
     */
    public Cited cite(CaseModel model, String flagId, String eventId, String claim, String element, Weight weight) {
        Mark f = flag(flagId);
        Citation c = model.cite(eventId, Citation.document(f.documentId(), f.page(), f.sentence()));
        Finding finding = null;
        if (claim != null && !claim.isBlank()) {
            String el = element == null || element.isBlank() ? "motive" : element.strip();
            String note = "animus flag " + f.id() + ": " + f.code() + " (" + f.label() + ")";
            finding = model.link(new Finding(0, claim.strip(), el, null, c.id(), weight, note));
        }
        return new Cited(c, finding);
    }

    /** Pattern entities and exemption marks, of one kind (null for all) and one document (null for all). */
    public List<MarkRow> list(String kind, String documentId) {
        DocumentPaths paths = new DocumentPaths(documents);
        List<MarkRow> out = new ArrayList<>();
        for (Mark m : marks.marks(null, documentId)) {
            if (kind != null && !m.kind().equalsIgnoreCase(kind.strip())) continue;
            out.add(new MarkRow(
                    m.id(),
                    m.documentId(),
                    paths.of(m.documentId()),
                    m.page(),
                    m.start(),
                    m.end(),
                    m.kind(),
                    m.code(),
                    m.label(),
                    m.value()));
        }
        return out;
    }

    /** How much was withheld under which exemption, per source, agency or document. */
    public RedactionReport redactions(RedactionReport.By by) {
        return new RedactionTally(documents, requests).report(marks.marks(MarkStage.EXEMPTIONS, null), by);
    }
}
