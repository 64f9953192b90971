package org.redress.search;

/**
 * The fields of a page in the index. One Lucene document (or OpenSearch document) is one page of one case document;
 * the OpenSearch adapter maps the same names, so the one query language reaches both.
 */
public final class PageFields {
    private PageFields() {}

    public static final String ID = "id"; // documentId/page, unique
    public static final String DOCUMENT_ID = "documentId";
    public static final String PAGE = "page";
    public static final String PATH = "path";
    public static final String TITLE = "title";
    public static final String TYPE = "type"; // friendly type: pdf, email, word, spreadsheet, image, ...
    public static final String MEDIA_TYPE = "mediaType";
    public static final String SOURCE = "source";
    public static final String DOMAIN = "domain"; // sender's mail domain
    public static final String YEAR = "year";
    public static final String DATE = "date"; // epoch millis: point, doc values and stored
    public static final String LANGUAGE = "language";
    public static final String OCR = "ocr";

    /** Page text analysed three ways: accents folded only, English stems, Spanish stems. */
    public static final String TEXT = "text";

    public static final String TEXT_EN = "text_en";
    public static final String TEXT_ES = "text_es";

    public static final String FROM = "from";
    public static final String TO = "to"; // to, cc and bcc
    public static final String SUBJECT = "subject";
}
