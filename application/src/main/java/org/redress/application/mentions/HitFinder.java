package org.redress.application.mentions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.redress.analysis.names.NameHit;
import org.redress.analysis.names.NameMatcher;
import org.redress.analysis.names.PageWords;
import org.redress.analysis.names.WatchedPerson;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.mentions.Mention;
import org.redress.core.port.PageScreen;

/**
 * The work of screening that needs no store: a document's pages in, the watched people's hits on them out. The
 * screen names the candidates of a page and the matcher reads each; several documents are read at once, on as many
 * threads as asked, while the caller reads the next ones and records the last ones' hits, in the order given.
 */
final class HitFinder implements AutoCloseable {
    private final WatchList list;
    private final PageScreen.Prepared screen;
    private final NameMatcher matcher;
    private final ExecutorService threads;
    private final int ahead;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private int inFlight;

    /** A document's pages are read in parts of this many, so one long document keeps every thread busy too. */
    static final int PAGES_A_PART = 4;

    private record Pending(String documentId, List<Future<List<Mention>>> parts) {}

    /** {@code threads}: 1 reads every document on the caller's thread. */
    HitFinder(WatchList list, PageScreen.Prepared screen, NameMatcher matcher, int threads) {
        this.list = list;
        this.screen = screen;
        this.matcher = matcher;
        this.threads = threads > 1 ? Executors.newFixedThreadPool(threads, HitFinder::daemon) : null;
        // Enough parts in hand to keep every thread busy while the caller waits for the oldest, and no more: each
        // document given holds all its pages' text.
        this.ahead = 4 * threads;
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "redress-screening");
        t.setDaemon(true);
        return t;
    }

    /**
     * Finds the hits on one document's pages; {@code done} is called with each document's hits, in the order the
     * documents were given, on the caller's thread, once they are found.
     */
    void find(String documentId, List<Page> pages, BiConsumer<String, List<Mention>> done) {
        if (threads == null) {
            done.accept(documentId, hitsIn(documentId, pages));
            return;
        }
        List<Future<List<Mention>>> parts = new ArrayList<>();
        for (int from = 0; from < pages.size(); from += PAGES_A_PART) {
            List<Page> part = pages.subList(from, Math.min(pages.size(), from + PAGES_A_PART));
            parts.add(threads.submit(() -> hitsIn(documentId, part)));
        }
        pending.add(new Pending(documentId, parts));
        inFlight += parts.size();
        while (inFlight > ahead && pending.size() > 1) next(done);
    }

    /** Waits for every document given so far and hands over its hits. */
    void finish(BiConsumer<String, List<Mention>> done) {
        while (!pending.isEmpty()) next(done);
    }

    private void next(BiConsumer<String, List<Mention>> done) {
        Pending p = pending.removeFirst();
        inFlight -= p.parts().size();
        List<Mention> hits = new ArrayList<>();
        for (Future<List<Mention>> part : p.parts()) hits.addAll(result(part));
        done.accept(p.documentId(), hits);
    }

    private static List<Mention> result(Future<List<Mention>> hits) {
        try {
            return hits.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("screening was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private List<Mention> hitsIn(String documentId, List<Page> pages) {
        List<Mention> out = new ArrayList<>();
        for (Page page : pages) {
            Set<String> candidates = screen.candidates(page.text(), page.ocr());
            if (candidates.isEmpty()) continue;
            PageWords words = PageWords.of(page.text(), page.ocr());
            String sha = Sha256.of(page.text().getBytes(StandardCharsets.UTF_8));
            for (String key : candidates) {
                WatchedPerson p = list.person(key);
                if (p == null) continue;
                for (NameHit h : matcher.find(p, words)) {
                    out.add(new Mention(
                            null,
                            key,
                            documentId,
                            page.number(),
                            h.start(),
                            h.end(),
                            h.matched(),
                            h.score(),
                            h.rule(),
                            h.explanation(),
                            sha,
                            null,
                            null));
                }
            }
        }
        return out;
    }

    /** Stops the threads; documents still pending are dropped (their hits were never recorded). */
    @Override
    public void close() {
        if (threads == null) return;
        for (Pending p : pending) p.parts().forEach(part -> part.cancel(true));
        pending.clear();
        threads.shutdownNow();
    }
}
