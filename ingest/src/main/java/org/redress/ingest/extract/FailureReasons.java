package org.redress.ingest.extract;

import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;

/** Turns what went wrong while reading a file into a reason a person understands. */
final class FailureReasons {
    private FailureReasons() {}

    static String kind(String mediaType) {
        if (mediaType == null) return "file";
        String m = mediaType.toLowerCase(Locale.ROOT);
        if (m.contains("pdf")) return "PDF";
        if (m.contains("zip")) return "zip archive";
        if (m.contains("7z")) return "7z archive";
        if (m.contains("rar")) return "RAR archive";
        if (m.contains("wordprocessing") || m.contains("msword")) return "Word document";
        if (m.contains("spreadsheet") || m.contains("excel")) return "spreadsheet";
        if (m.contains("presentation") || m.contains("powerpoint")) return "presentation";
        if (m.contains("outlook-pst")) return "Outlook mailbox (PST)";
        if (m.contains("outlook")) return "Outlook message";
        if (m.startsWith("message/")) return "email";
        if (m.startsWith("image/")) return "image";
        return "file (" + mediaType + ")";
    }

    static String encrypted(String mediaType, int passwordsTried) {
        String what = "password-protected " + kind(mediaType);
        if (passwordsTried == 0)
            return what
                    + ": no password was given (list the passwords the agency sent in a file and pass it with --passwords FILE)";
        return what + ": none of the " + passwordsTried + " passwords given opened it";
    }

    static String of(Throwable e, String mediaType) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) return encrypted(mediaType, 0);
            if (t instanceof ZeroByteFileException) return "empty file (0 bytes)";
            if (t instanceof ChildSaver.ExpansionLimitException x) {
                return kind(mediaType) + " expands to more than " + (x.limit >> 20)
                        + " MB (possible zip bomb); not unpacked";
            }
            if (t instanceof OutOfMemoryError) return "ran out of memory while reading this " + kind(mediaType);
            if (t instanceof StackOverflowError) return kind(mediaType) + " is nested too deeply to read";
            root = t;
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb"))
            return kind(mediaType) + " looks like a zip bomb (" + message + "); not unpacked";
        if (lower.contains("password") || lower.contains("encrypt")) return encrypted(mediaType, 0);
        if (lower.contains("truncated") || lower.contains("unexpected end") || root instanceof java.io.EOFException) {
            return "damaged or truncated " + kind(mediaType) + ": " + shorten(message);
        }
        return "could not read this " + kind(mediaType) + ": " + shorten(message);
    }

    static String noReader(String mediaType) {
        String m = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (m.contains("rar"))
            return "RAR archive: this version of Redress has no RAR reader, so its contents were not unpacked; "
                    + "the original is kept (unpack it with unrar and ingest the folder)";
        if (m.contains("pgp")) return "encrypted with PGP: Redress cannot decrypt it; the original is kept";
        return "no reader for this kind of file (" + mediaType + "); the original is kept and can be downloaded";
    }

    static boolean isWriteLimit(Throwable e) {
        return WriteLimitReachedException.isWriteLimitReached(e);
    }

    private static String shorten(String message) {
        String oneLine = message.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }
}
