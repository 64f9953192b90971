package org.redress.search;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.EmailHeaders;
import org.redress.core.corpus.Page;
import org.redress.core.search.IndexedDocument;

/** Turns a case document into one Lucene document per page. */
public final class PageDocuments {
    /** The facets every search counts, in the order they are shown. */
    public static final java.util.List<String> FACETS = java.util.List.of("type", "source", "domain", "year");

    /** A facet's value is also indexed whole under this prefix ({@code f_type}): what a facet filter matches. */
    public static final String FACET_FILTER_PREFIX = "f_";

    /** Page text with offsets in the postings: the highlighter then needs no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final FacetsConfig facets;

    PageDocuments(FacetsConfig facets) {
        this.facets = facets;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("source", true);
        return config;
    }

    public static String pageId(String documentId, int page) {
        return documentId + "/" + page;
    }

    List<org.apache.lucene.document.Document> of(IndexedDocument indexed) throws java.io.IOException {
        Document d = indexed.document();
        List<Page> pages = indexed.pages().isEmpty() ? List.of(new Page(d.id(), 1, "", false)) : indexed.pages();
        List<org.apache.lucene.document.Document> out = new ArrayList<>(pages.size());
        for (Page page : pages) out.add(facets.build(page(indexed, d, page)));
        return out;
    }

    private org.apache.lucene.document.Document page(IndexedDocument indexed, Document d, Page page) {
        var doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(PageFields.ID, pageId(d.id(), page.number()), Field.Store.YES));
        doc.add(new StringField(PageFields.DOCUMENT_ID, d.id(), Field.Store.YES));
        doc.add(new IntPoint(PageFields.PAGE, page.number()));
        doc.add(new StoredField(PageFields.PAGE, page.number()));
        if (page.ocr()) doc.add(new StringField(PageFields.OCR, "true", Field.Store.NO));

        String path = indexed.path() == null ? "" : indexed.path();
        doc.add(new TextField(PageFields.PATH, path, Field.Store.YES));
        String title = title(d, path);
        doc.add(new TextField(PageFields.TITLE, title, Field.Store.YES));

        String type = DocumentTypes.of(d.mediaType());
        doc.add(new TextField(PageFields.TYPE, type, Field.Store.YES));
        facet(doc, "type", type);
        if (d.mediaType() != null) doc.add(new StringField(PageFields.MEDIA_TYPE, d.mediaType(), Field.Store.NO));
        if (d.language() != null) doc.add(new TextField(PageFields.LANGUAGE, d.language(), Field.Store.NO));
        for (String source : indexed.sourceNames()) {
            doc.add(new TextField(PageFields.SOURCE, source, Field.Store.NO));
            facet(doc, "source", source);
        }

        Instant date = d.date();
        if (date != null) {
            long millis = date.toEpochMilli();
            doc.add(new LongPoint(PageFields.DATE, millis));
            doc.add(new NumericDocValuesField(PageFields.DATE, millis));
            doc.add(new StoredField(PageFields.DATE, millis));
            facet(doc, "year", Integer.toString(date.atZone(ZoneOffset.UTC).getYear()));
        }

        EmailHeaders email = d.email();
        if (email != null) {
            if (email.from() != null) doc.add(new TextField(PageFields.FROM, email.from(), Field.Store.NO));
            for (List<String> list : List.of(email.to(), email.cc(), email.bcc())) {
                for (String to : list) doc.add(new TextField(PageFields.TO, to, Field.Store.NO));
            }
            if (email.subject() != null) doc.add(new TextField(PageFields.SUBJECT, email.subject(), Field.Store.NO));
            String domain = email.senderDomain();
            if (domain != null) facet(doc, "domain", domain);
        }

        doc.add(new Field(PageFields.TEXT, page.text(), TEXT_WITH_OFFSETS));
        doc.add(new TextField(PageFields.TEXT_EN, page.text(), Field.Store.NO));
        doc.add(new TextField(PageFields.TEXT_ES, page.text(), Field.Store.NO));
        return doc;
    }

    private static void facet(org.apache.lucene.document.Document doc, String dimension, String value) {
        if (value == null || value.isBlank()) return;
        doc.add(new SortedSetDocValuesFacetField(dimension, value));
        doc.add(new StringField(FACET_FILTER_PREFIX + dimension, value, Field.Store.NO));
    }

    /** The title a hit shows: an email's subject, else the document's title, else its file name. */
    public static String title(Document d, String path) {
        String shown = d.shownTitle(path);
        return shown == null ? path : shown;
    }
}
