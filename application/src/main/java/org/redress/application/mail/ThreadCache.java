package org.redress.application.mail;

import java.util.List;
import java.util.function.Supplier;
import org.redress.analysis.mail.MailMessage;
import org.redress.analysis.mail.Threads;

/**
 * The case's email threads, worked out once and kept until the corpus grows. Threading reads every email of the case,
 * so doing it on every view of an email page would cost a large mailbox seconds a page; documents are only ever
 * added, so their count tells when the threads must be worked out again.
 */
public final class ThreadCache {
    private long documents = -1;
    private Threads threads;

    /** The threads of {@code messages}, reused while the case holds {@code documentsNow} documents. */
    synchronized Threads threads(long documentsNow, Supplier<List<MailMessage>> messages) {
        if (threads == null || documentsNow != documents) {
            threads = Threads.of(messages.get(), Threads.DEFAULT_WINDOW);
            documents = documentsNow;
        }
        return threads;
    }
}
