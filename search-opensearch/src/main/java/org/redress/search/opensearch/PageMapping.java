package org.redress.search.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.redress.search.PageDocuments;
import org.redress.search.PageFields;

/**
 * The settings and mappings of a case's index, written out in full (dynamic mapping is off: a field nobody declared
 * is refused rather than guessed). The analyzers are the Lucene adapter's, built from the same Lucene filters
 * (org.redress.search.Analyzers), so a term the query parser makes is a term the index holds.
 */
final class PageMapping {
    /** Already-analysed terms separated by spaces: how a parsed phrase is handed over without analysing it twice. */
    static final String TERMS = "redress_terms";

    private PageMapping() {}

    static ObjectNode of(int shards, int replicas) {
        ObjectNode body = OpenSearchCluster.JSON.createObjectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("number_of_shards", shards).put("number_of_replicas", replicas);
        // commit() refreshes; in between, a worker's pages need not be searchable every second.
        index.put("refresh_interval", "30s");
        index.set("analysis", analysis());
        body.set("mappings", mappings());
        return body;
    }

    private static ObjectNode analysis() {
        ObjectNode analysis = OpenSearchCluster.JSON.createObjectNode();
        ObjectNode filter = analysis.putObject("filter");
        filter.putObject("redress_possessive").put("type", "stemmer").put("language", "possessive_english");
        filter.putObject("redress_spanish_light").put("type", "stemmer").put("language", "light_spanish");
        analysis.putObject("tokenizer")
                .putObject("redress_address")
                .put("type", "pattern")
                .put("pattern", "[^\\p{L}\\p{N}]+");
        ObjectNode analyzers = analysis.putObject("analyzer");
        custom(analyzers, "redress_folded", "standard", "lowercase", "asciifolding");
        custom(
                analyzers,
                "redress_english",
                "standard",
                "redress_possessive",
                "lowercase",
                "asciifolding",
                "porter_stem");
        // Stem before folding, as the Lucene analyzer does: the Spanish stemmer knows accented endings.
        custom(analyzers, "redress_spanish", "standard", "lowercase", "redress_spanish_light", "asciifolding");
        custom(analyzers, "redress_address", "redress_address", "lowercase", "asciifolding");
        custom(analyzers, "redress_keyword", "keyword", "lowercase");
        custom(analyzers, TERMS, "whitespace");
        return analysis;
    }

    private static void custom(ObjectNode analyzers, String name, String tokenizer, String... filters) {
        ObjectNode a = analyzers.putObject(name).put("type", "custom").put("tokenizer", tokenizer);
        var list = a.putArray("filter");
        for (String f : filters) list.add(f);
    }

    private static ObjectNode mappings() {
        ObjectNode mappings = OpenSearchCluster.JSON.createObjectNode().put("dynamic", "strict");
        ObjectNode p = mappings.putObject("properties");
        for (String f : List.of(PageFields.ID, PageFields.DOCUMENT_ID, PageFields.MEDIA_TYPE, PageFields.OCR))
            p.putObject(f).put("type", "keyword");
        p.putObject(PageFields.PAGE).put("type", "integer");
        p.putObject(PageFields.DATE).put("type", "long");
        Map<String, String> analysed = Map.of(
                PageFields.PATH, "redress_address",
                PageFields.FROM, "redress_address",
                PageFields.TO, "redress_address",
                PageFields.TITLE, "redress_folded",
                PageFields.SUBJECT, "redress_folded",
                PageFields.SOURCE, "redress_folded",
                PageFields.TYPE, "redress_keyword",
                PageFields.LANGUAGE, "redress_keyword",
                PageFields.TEXT_EN, "redress_english",
                PageFields.TEXT_ES, "redress_spanish");
        analysed.forEach((field, analyzer) -> text(p, field, analyzer));
        ObjectNode text = text(p, PageFields.TEXT, "redress_folded");
        text.putArray("copy_to").add(PageFields.TEXT_EN).add(PageFields.TEXT_ES); // the text is sent once
        for (String facet : PageDocuments.FACETS)
            p.putObject(PageDocuments.FACET_FILTER_PREFIX + facet).put("type", "keyword");
        return mappings;
    }

    private static ObjectNode text(ObjectNode properties, String field, String analyzer) {
        return properties.putObject(field).put("type", "text").put("analyzer", analyzer);
    }
}
