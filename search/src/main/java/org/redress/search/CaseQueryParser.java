package org.redress.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.redress.core.search.PageSetField;
import org.redress.core.search.PageSetFields;

/**
 * The query language that Datashare and Aleph users know: words, "phrases", "a b"~10,
 * wildcards, word~, AND/OR/NOT, and fields (from:, to:, subject:, type:, source:,
 * date:[2014-01-01 TO 2016-12-31]). Bare words search the page text in all three analyses.
 * A field registered in {@link PageSetFields} ({@code person:"NAME"}) becomes a filter on the pages its store names.
 */
final class CaseQueryParser extends MultiFieldQueryParser {
    private static final String[] TEXT_FIELDS = {PageFields.TEXT, PageFields.TEXT_EN, PageFields.TEXT_ES};
    private static final Map<String, Float> BOOSTS =
            Map.of(PageFields.TEXT, 1.5f, PageFields.TEXT_EN, 1f, PageFields.TEXT_ES, 1f);

    private final PageSetFields pageSets;

    CaseQueryParser(Analyzer analyzer, PageSetFields pageSets) {
        super(TEXT_FIELDS, analyzer, BOOSTS);
        this.pageSets = pageSets;
        setDefaultOperator(QueryParser.Operator.AND);
        setAllowLeadingWildcard(false); // a leading wildcard scans every term of a million pages
        setSplitOnWhitespace(true);
    }

    private static String canonical(String field) {
        if (field == null) return null;
        return switch (field.toLowerCase(Locale.ROOT)) {
            case "cc", "bcc" -> PageFields.TO;
            case "content" -> null; // "content:" means the page text, in all its analyses
            default -> field.toLowerCase(Locale.ROOT);
        };
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        java.util.Optional<PageSetField> pageSet = pageSets.find(field);
        if (pageSet.isPresent()) return PageSetQueries.pages(pageSet.get().pages(queryText));
        String f = canonical(field);
        if (PageFields.DATE.equals(f)) return dateRange(queryText, queryText, true, true);
        if (PageFields.YEAR.equals(f)) return dateRange(queryText, queryText, true, true);
        if (f == null && quoted) return super.getFieldQuery(PageFields.TEXT, queryText, true);
        return super.getFieldQuery(f, queryText, quoted);
    }

    /**
     * Phrases, proximity, wildcards and fuzzy words search the exact (accent-folded) words only:
     * a phrase is the words as written, and running them over the stemmed analyses as well tripled
     * the slowest queries (the benchmark's p95) for nothing a reader would want.
     */
    private static String exactIfBare(String field) {
        String f = canonical(field);
        return f == null ? PageFields.TEXT : f;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (pageSets.find(field).isPresent()) return getFieldQuery(field, queryText, true);
        return super.getFieldQuery(exactIfBare(field), queryText, slop);
    }

    @Override
    protected Query getRangeQuery(
            String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        String f = canonical(field);
        if (PageFields.DATE.equals(f) || PageFields.YEAR.equals(f))
            return dateRange(part1, part2, startInclusive, endInclusive);
        return super.getRangeQuery(f, part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return super.getWildcardQuery(exactIfBare(field), termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return super.getPrefixQuery(exactIfBare(field), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(exactIfBare(field), termStr, minSimilarity);
    }

    /** A range of days; each end may be a day, a month (2016-03) or a year (2016), or * for open. */
    private static Query dateRange(String from, String to, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        long low = Long.MIN_VALUE;
        long high = Long.MAX_VALUE;
        if (from != null && !from.equals("*")) {
            low = start(from).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            if (!startInclusive)
                low = end(from)
                        .plusDays(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .toEpochMilli();
        }
        if (to != null && !to.equals("*")) {
            high = end(to).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
            if (!endInclusive)
                high = start(to).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
        }
        return LongPoint.newRangeQuery(PageFields.DATE, low, high);
    }

    private static LocalDate start(String text) throws ParseException {
        String t = text.trim();
        try {
            if (t.matches("\\d{4}")) return LocalDate.of(Integer.parseInt(t), 1, 1);
            if (t.matches("\\d{4}-\\d{2}")) return YearMonth.parse(t).atDay(1);
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new ParseException("'" + text + "' is not a date; write it as 2016-03-17, 2016-03 or 2016");
        }
    }

    private static LocalDate end(String text) throws ParseException {
        String t = text.trim();
        LocalDate start = start(t);
        if (t.matches("\\d{4}")) return start.withDayOfYear(start.lengthOfYear());
        if (t.matches("\\d{4}-\\d{2}")) return start.withDayOfMonth(start.lengthOfMonth());
        return start;
    }
}
