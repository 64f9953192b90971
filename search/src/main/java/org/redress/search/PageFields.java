package org.redress.search;

/** The fields of a page in the Lucene index. One Lucene document is one page of one case document. */
final class PageFields {
    private PageFields() {}

    static final String ID = "id"; // documentId/page, unique
    static final String DOCUMENT_ID = "documentId";
    static final String PAGE = "page";
    static final String PATH = "path";
    static final String TITLE = "title";
    static final String TYPE = "type"; // friendly type: pdf, email, word, spreadsheet, image, ...
    static final String MEDIA_TYPE = "mediaType";
    static final String SOURCE = "source";
    static final String DOMAIN = "domain"; // sender's mail domain
    static final String YEAR = "year";
    static final String DATE = "date"; // epoch millis: point, doc values and stored
    static final String LANGUAGE = "language";
    static final String OCR = "ocr";

    /** Page text analysed three ways: accents folded only, English stems, Spanish stems. */
    static final String TEXT = "text";

    static final String TEXT_EN = "text_en";
    static final String TEXT_ES = "text_es";

    static final String FROM = "from";
    static final String TO = "to"; // to, cc and bcc
    static final String SUBJECT = "subject";
}
