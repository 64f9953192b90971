package org.redress.application.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.redress.analysis.mail.MailMessage;

class ThreadCacheTest {
    @Test
    void threadsAreWorkedOutAgainOnlyWhenTheCorpusGrows() {
        ThreadCache cache = new ThreadCache();
        AtomicInteger reads = new AtomicInteger();
        java.util.function.Supplier<List<MailMessage>> messages = () -> {
            reads.incrementAndGet();
            return List.of();
        };
        var first = cache.threads(10, messages);
        assertThat(cache.threads(10, messages)).isSameAs(first);
        assertThat(reads).hasValue(1);
        assertThat(cache.threads(12, messages)).isNotSameAs(first); // a new production came in
        assertThat(reads).hasValue(2);
    }

    @Test
    void whoMayNotSeeADocumentNeverGetsThreadsWorkedOutWithIt() {
        java.util.concurrent.atomic.AtomicReference<java.util.Set<String>> hidden =
                new java.util.concurrent.atomic.AtomicReference<>(java.util.Set.of());
        ThreadCache cache = new ThreadCache(hidden::get);
        var whole = cache.threads(10, List::of);
        hidden.set(java.util.Set.of("letter")); // a reporter's request, with as many documents in the case
        var part = cache.threads(10, List::of);
        assertThat(part).isNotSameAs(whole);
        hidden.set(java.util.Set.of("memo")); // another mark, and another lifted: the same count, another view
        assertThat(cache.threads(10, List::of)).isNotSameAs(part).isNotSameAs(whole);
        hidden.set(java.util.Set.of());
        assertThat(cache.threads(10, List::of)).isSameAs(whole);
    }
}
