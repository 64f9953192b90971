package org.redress.application.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.redress.analysis.mail.MailMessage;
import org.redress.analysis.mail.Threads;

/**
 * The case's email threads, worked out once and kept until the corpus grows. Threading reads every email of the case,
 * so doing it on every view of an email page would cost a large mailbox seconds a page; documents are only ever
 * added, so their count tells when the threads must be worked out again. Threads are kept apart for each set of
 * documents hidden from whoever asks (a thread worked out with a privileged email in it is never shown to a role that
 * may not see that email), a few sets at most.
 */
public final class ThreadCache {
    private static final int VIEWS = 4;
    private final Supplier<Set<String>> hidden;
    private final Map<Set<String>, Kept> views = new LinkedHashMap<>(VIEWS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Set<String>, Kept> eldest) {
            return size() > VIEWS;
        }
    };

    private record Kept(long documents, Threads threads) {}

    /** Threads for callers who all see the same documents. */
    public ThreadCache() {
        this(Set::of);
    }

    /** {@code hidden} says which documents whoever asks may not see (the case's visibility). */
    public ThreadCache(Supplier<Set<String>> hidden) {
        this.hidden = hidden;
    }

    /** The threads of {@code messages}, reused while the case holds {@code documentsNow} documents. */
    synchronized Threads threads(long documentsNow, Supplier<List<MailMessage>> messages) {
        Set<String> view = Set.copyOf(hidden.get());
        Kept kept = views.get(view);
        if (kept == null || kept.documents() != documentsNow) {
            kept = new Kept(documentsNow, Threads.of(messages.get(), Threads.DEFAULT_WINDOW));
            views.put(view, kept);
        }
        return kept.threads();
    }
}
