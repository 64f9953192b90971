package org.redress.ingest.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.redress.core.Count;
import org.redress.core.corpus.DisplayPaths;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Failure;
import org.redress.core.corpus.IngestSummary;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.corpus.Source;
import org.redress.core.port.BlobStore;
import org.redress.core.port.DocumentStore;
import org.redress.ingest.extract.ExtractionRequest;
import org.redress.ingest.extract.ExtractionResult;
import org.redress.ingest.extract.Extractor;

/** The steps for one input file and, recursively, everything inside it. */
final class DocumentSteps {
    enum Outcome {
        NEW,
        DUPLICATE,
        FAILED
    }

    private final DocumentStore store;
    private final BlobStore blobs;
    private final Extractor extractor;
    private final IngestOptions options;
    private final Source source;
    private final Tally tally;
    private final Indexer indexer;
    private final InFlight inFlight;
    private final Path work;
    private final Rework rework;
    private ExpansionBudget budget;
    /** The containers above the item being read, to stop an archive that contains itself. */
    private final java.util.Set<String> ancestors = new java.util.HashSet<>();

    DocumentSteps(
            DocumentStore store,
            BlobStore blobs,
            Extractor extractor,
            IngestOptions options,
            Source source,
            Tally tally,
            Indexer indexer,
            InFlight inFlight,
            Path work,
            Rework rework) {
        this.store = store;
        this.blobs = blobs;
        this.extractor = extractor;
        this.options = options;
        this.source = source;
        this.tally = tally;
        this.indexer = indexer;
        this.inFlight = inFlight;
        this.work = work;
        this.rework = rework;
    }

    void topLevel(Path file, String displayPath) {
        tally.filesSeen.incrementAndGet();
        budget = new ExpansionBudget(options.maxExpandedBytes());
        Outcome outcome = item(file, displayPath, displayPath, null, 0);
        switch (outcome) {
            case NEW -> tally.filesNew.incrementAndGet();
            case DUPLICATE -> tally.filesDuplicate.incrementAndGet();
            case FAILED -> tally.filesFailed.incrementAndGet();
        }
    }

    private Outcome item(Path file, String name, String display, String parentId, int depth) {
        long size;
        String sha;
        try {
            size = Files.size(file);
            if (size == 0) return fail(display, null, "empty file (0 bytes)");
            if (size > options.maxFileBytes()) {
                return fail(
                        display, null, "larger than the limit of " + (options.maxFileBytes() >> 20) + " MB; not read");
            }
            if (depth > options.maxDepth()) {
                return fail(
                        display,
                        null,
                        "nested more than " + options.maxDepth() + " levels deep inside containers; not read");
            }
            sha = Sha256.of(file);
        } catch (IOException e) {
            return fail(display, null, "could not be read from disk: " + e.getMessage());
        }
        if (ancestors.contains(sha)) {
            return fail(display, sha, "contains a copy of its own container (a recursive archive); not unpacked again");
        }
        while (!inFlight.claim(sha)) {
            Optional<Document> read = store.document(sha);
            if (read.isPresent() && !rework.needed(read.get())) return known(read.get(), name, display, parentId);
            // its reader stopped before storing it, or another run read it without what this one has (passwords,
            // OCR): this thread reads it
        }
        try {
            Optional<Document> existing = store.document(sha);
            if (existing.isPresent() && !rework.needed(existing.get()))
                return known(existing.get(), name, display, parentId);
            return extract(sha, size, file, name, display, parentId, depth);
        } catch (IOException e) {
            return fail(display, null, "could not be stored: " + e.getMessage());
        } finally {
            inFlight.release(sha, store);
        }
    }

    /**
     * Bytes the case already holds: one more location, nothing extracted again. When that location is in a production
     * the document was not yet in (the same email released by a second agency), its pages are indexed again, so that
     * filtering the search by that production finds them.
     */
    private Outcome known(Document document, String name, String display, String parentId) {
        boolean newSource = store.locations(document.id()).stream().noneMatch(l -> l.sourceId() == source.id());
        if (store.addLocation(new Location(document.id(), source.id(), parentId, name))) {
            tally.locationsNew.incrementAndGet();
            if (newSource && document.status() == ExtractionStatus.DONE) indexer.refresh(document.id());
        }
        if (document.status() == ExtractionStatus.FAILED) return fail(display, document.id(), document.statusDetail());
        tally.documentsDuplicate.incrementAndGet();
        return Outcome.DUPLICATE;
    }

    private Outcome extract(String sha, long size, Path file, String name, String display, String parentId, int depth)
            throws IOException {
        blobs.put(sha, file);
        Path childDir =
                work.resolve(sha.substring(0, 16) + "-" + Thread.currentThread().getId());
        long allowance = budget.allowanceFor(size);
        ExtractionResult result = extractor.extract(new ExtractionRequest(
                file.toString(),
                leafName(name),
                options.passwords(),
                options.ocr(),
                childDir.toString(),
                allowance,
                options.maxTextChars()));
        try {
            if (!result.ok()) {
                store.saveExtraction(document(sha, size, result, ExtractionStatus.FAILED, result.failure()), List.of());
                store.addLocation(new Location(sha, source.id(), parentId, name));
                return fail(display, sha, result.failure());
            }
            List<Page> pages = new ArrayList<>();
            for (ExtractionResult.PageText p : result.pages()) pages.add(new Page(sha, p.number(), p.text(), p.ocr()));
            // PENDING until the children are in: a crash before then re-extracts this document.
            store.saveExtraction(document(sha, size, result, ExtractionStatus.PENDING, null), pages);
            store.addLocation(new Location(sha, source.id(), parentId, name));
            store.clearFailure(source.id(), display);
            store.clearFailuresOf(sha); // read now (a password, OCR): earlier failures of these bytes are void
            ancestors.add(sha);
            for (ExtractionResult.Child child : result.children()) {
                String childDisplay = display + DisplayPaths.SEPARATOR + child.name();
                if (child.failure() != null) {
                    fail(childDisplay, null, child.failure());
                } else {
                    budget.spend(Files.size(Path.of(child.file())));
                    item(Path.of(child.file()), child.name(), childDisplay, sha, depth + 1);
                    Files.deleteIfExists(Path.of(child.file()));
                }
            }
            ancestors.remove(sha);
            finish(sha, size, display, result, pages);
            return Outcome.NEW;
        } finally {
            deleteTree(childDir);
        }
    }

    private void finish(String sha, long size, String display, ExtractionResult result, List<Page> pages) {
        List<String> notes = new ArrayList<>(result.notes());
        ExtractionStatus status = ExtractionStatus.DONE;
        if (!result.pagesNeedingOcr().isEmpty()) {
            status = ExtractionStatus.NEEDS_OCR;
            int waiting = result.pagesNeedingOcr().size();
            notes.add(Count.noun(waiting, "page ", "pages ") + result.pagesNeedingOcr() + " "
                    + Count.noun(waiting, "needs", "need") + " OCR: Tesseract is not installed");
            for (int n : result.pagesNeedingOcr()) tally.notOcrd.add(display + " (page " + n + ")");
        }
        String detail = notes.isEmpty() ? null : String.join("; ", notes);
        store.setStatus(sha, status, detail);
        tally.documentsNew.incrementAndGet();
        tally.pages.addAndGet(pages.size());
        tally.ocrPages.addAndGet(pages.stream().filter(Page::ocr).count());
        indexer.add(document(sha, size, result, status, detail), pages); // as stored: nothing read back
    }

    private Document document(String sha, long size, ExtractionResult r, ExtractionStatus status, String detail) {
        return new Document(
                sha,
                size,
                r.mediaType(),
                r.title(),
                r.author(),
                r.created(),
                r.modified(),
                r.language(),
                r.email(),
                status,
                detail,
                r.openedWith(),
                r.pages().size());
    }

    private Outcome fail(String display, String documentId, String reason) {
        store.recordFailure(new Failure(source.id(), display, documentId, reason, Instant.now()));
        tally.failures.add(new IngestSummary.FailureRow(display, reason));
        return Outcome.FAILED;
    }

    private static String leafName(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
