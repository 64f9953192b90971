package org.redress.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.EmailHeaders;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Page;
import org.redress.core.search.IndexedDocument;

/** The search benchmark's generated pages: documents of one to ten pages, mail and files, English and Spanish. */
final class SearchCorpus {
    private static final String[] SOURCES = {
        "production-2016-03 SMVB", "production-2017-01 REO", "witness uploads", "production-2018-07 NCSO"
    };

    private SearchCorpus() {}

    /** The documents that make up {@code pages} pages: {docIndex, firstPageSlot, pageCount}, one to ten pages each. */
    static List<int[]> cut(long seed, long pages) {
        List<int[]> docs = new ArrayList<>();
        java.util.SplittableRandom shape = new java.util.SplittableRandom(seed);
        int slot = 0;
        for (int d = 0; slot < pages; d++) {
            int n = (int) Math.min(1 + shape.nextInt(10), pages - slot);
            docs.add(new int[] {d, slot, n});
            slot += n;
        }
        return docs;
    }

    static IndexedDocument document(long seed, int index, int pageCount) {
        Prose prose = new Prose(seed * 1_000_003L + index);
        String id = HexFormat.of().toHexDigits((long) index) + "0".repeat(48);
        int kind = prose.random().nextInt(10);
        boolean es = prose.spanish();
        LocalDate day = prose.date();
        Instant date = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Page> pages = new ArrayList<>(pageCount);
        for (int p = 1; p <= pageCount; p++)
            pages.add(new Page(id, p, prose.text(170 + prose.random().nextInt(60), es), false));
        String source = SOURCES[index % SOURCES.length];
        Document d;
        String path;
        if (kind < 3) {
            String from = prose.name().toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + prose.domain();
            String to = prose.name().toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + prose.domain();
            EmailHeaders email = new EmailHeaders(
                    from,
                    List.of(to),
                    List.of(),
                    List.of(),
                    date,
                    (es ? "Asunto: " : "Re: ") + prose.text(5, es),
                    "m" + index + "@bench.example",
                    null);
            d = new Document(
                    id,
                    10_000,
                    "message/rfc822",
                    null,
                    from,
                    date,
                    date,
                    es ? "es" : "en",
                    email,
                    ExtractionStatus.DONE,
                    null,
                    null,
                    pageCount);
            path = source + "/mail-" + index + ".eml";
        } else if (kind < 8) {
            d = new Document(
                    id,
                    50_000L * pageCount,
                    "application/pdf",
                    "Report " + index + " - " + prose.agency(),
                    null,
                    date,
                    date,
                    es ? "es" : "en",
                    null,
                    ExtractionStatus.DONE,
                    null,
                    null,
                    pageCount);
            path = source + "/report-" + index + ".pdf";
        } else {
            d = new Document(
                    id,
                    20_000,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "Memorandum " + index,
                    prose.name(),
                    date,
                    date,
                    es ? "es" : "en",
                    null,
                    ExtractionStatus.DONE,
                    null,
                    null,
                    pageCount);
            path = source + "/memo-" + index + ".docx";
        }
        return new IndexedDocument(d, pages, List.of(source), path);
    }
}
