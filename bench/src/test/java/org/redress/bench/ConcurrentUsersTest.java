package org.redress.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.redress.core.search.SearchQuery;
import org.redress.core.search.SearchResult;

class ConcurrentUsersTest {
    @Test
    void everyQueryIsSentOnceAndAFailureIsCountedNotTimed() throws Exception {
        List<SearchQuery> queries = new ArrayList<>();
        for (int i = 0; i < 200; i++)
            queries.add(new SearchQuery("q" + i, 20, 0, SearchQuery.Sort.RELEVANCE, Map.of()));
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Set<String> threads = ConcurrentHashMap.newKeySet();

        ConcurrentUsers.Outcome out = ConcurrentUsers.run(queries, 5, q -> {
            assertThat(seen.add(q.text())).as("sent twice: %s", q.text()).isTrue();
            threads.add(Thread.currentThread().getName());
            if (q.text().equals("q7")) throw new IllegalStateException("refused");
            return new SearchResult(Long.parseLong(q.text().substring(1)), List.of(), Map.of());
        });

        assertThat(seen).hasSize(200);
        assertThat(threads.size()).isBetween(1, 5);
        assertThat(out.failures()).isEqualTo(1);
        assertThat(out.firstFailure()).isEqualTo("IllegalStateException");
        assertThat(out.latencies().count()).isEqualTo(199);
        assertThat(out.totals()).hasSize(200);
        assertThat(out.totals().get(7)).isEqualTo(-1L);
        assertThat(out.totals().get(42)).isEqualTo(42L);
        assertThat(out.users()).isEqualTo(5);
    }
}
