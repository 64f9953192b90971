package org.redress.search;

import java.util.Locale;

/** The friendly type names people search and filter by (type:email), from a media type. */
public final class DocumentTypes {
    private DocumentTypes() {}

    public static String of(String mediaType) {
        if (mediaType == null) return "other";
        String m = mediaType.toLowerCase(Locale.ROOT);
        int semi = m.indexOf(';');
        if (semi >= 0) m = m.substring(0, semi).trim();
        if (m.equals("application/pdf")) return "pdf";
        if (m.equals("message/rfc822") || m.contains("outlook") || m.equals("application/vnd.ms-outlook"))
            return "email";
        if (m.equals("application/mbox") || m.contains("pst")) return "mailbox";
        if (m.startsWith("image/")) return "image";
        if (m.contains("wordprocessing")
                || m.equals("application/msword")
                || m.contains("opendocument.text")
                || m.equals("application/rtf")) return "word";
        if (m.contains("spreadsheet") || m.contains("excel") || m.equals("text/csv")) return "spreadsheet";
        if (m.contains("presentation") || m.contains("powerpoint")) return "presentation";
        if (m.equals("text/html") || m.equals("application/xhtml+xml")) return "html";
        if (m.startsWith("text/")) return "text";
        if (m.contains("zip")
                || m.contains("tar")
                || m.contains("7z")
                || m.contains("gzip")
                || m.contains("x-bzip")
                || m.contains("compress")) return "archive";
        return "other";
    }
}
