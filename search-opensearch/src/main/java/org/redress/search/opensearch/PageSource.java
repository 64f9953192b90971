package org.redress.search.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.EmailHeaders;
import org.redress.core.corpus.Page;
import org.redress.core.search.IndexedDocument;
import org.redress.search.DocumentTypes;
import org.redress.search.PageDocuments;
import org.redress.search.PageFields;

/** A case document as one OpenSearch document per page, with the fields the Lucene adapter indexes. */
final class PageSource {
    private PageSource() {}

    static List<ObjectNode> of(IndexedDocument indexed) {
        Document d = indexed.document();
        List<Page> pages = indexed.pages().isEmpty() ? List.of(new Page(d.id(), 1, "", false)) : indexed.pages();
        List<ObjectNode> out = new ArrayList<>(pages.size());
        for (Page page : pages) out.add(page(indexed, d, page));
        return out;
    }

    private static ObjectNode page(IndexedDocument indexed, Document d, Page page) {
        ObjectNode doc = OpenSearchCluster.JSON.createObjectNode();
        doc.put(PageFields.ID, PageDocuments.pageId(d.id(), page.number()));
        doc.put(PageFields.DOCUMENT_ID, d.id());
        doc.put(PageFields.PAGE, page.number());
        if (page.ocr()) doc.put(PageFields.OCR, "true");
        String path = indexed.path() == null ? "" : indexed.path();
        doc.put(PageFields.PATH, path);
        doc.put(PageFields.TITLE, PageDocuments.title(d, path));
        String type = DocumentTypes.of(d.mediaType());
        doc.put(PageFields.TYPE, type);
        facet(doc, "type", type);
        if (d.mediaType() != null) doc.put(PageFields.MEDIA_TYPE, d.mediaType());
        if (d.language() != null) doc.put(PageFields.LANGUAGE, d.language());
        if (!indexed.sourceNames().isEmpty()) {
            ArrayNode sources = doc.putArray(PageFields.SOURCE);
            indexed.sourceNames().forEach(sources::add);
            indexed.sourceNames().forEach(s -> facet(doc, "source", s));
        }
        if (d.date() != null) {
            doc.put(PageFields.DATE, d.date().toEpochMilli());
            facet(doc, "year", Integer.toString(d.date().atZone(ZoneOffset.UTC).getYear()));
        }
        EmailHeaders email = d.email();
        if (email != null) {
            if (email.from() != null) doc.put(PageFields.FROM, email.from());
            ArrayNode to = doc.putArray(PageFields.TO);
            for (List<String> list : List.of(email.to(), email.cc(), email.bcc())) list.forEach(to::add);
            if (email.subject() != null) doc.put(PageFields.SUBJECT, email.subject());
            facet(doc, "domain", email.senderDomain());
        }
        doc.put(PageFields.TEXT, page.text());
        return doc;
    }

    private static void facet(ObjectNode doc, String dimension, String value) {
        if (value == null || value.isBlank()) return;
        String field = PageDocuments.FACET_FILTER_PREFIX + dimension;
        ArrayNode values = doc.has(field) ? (ArrayNode) doc.get(field) : doc.putArray(field);
        values.add(value);
    }
}
