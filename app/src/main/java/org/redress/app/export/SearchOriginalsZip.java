package org.redress.app.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.redress.core.corpus.Location;
import org.redress.core.port.BlobStore;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.SearchIndex;
import org.redress.core.search.SearchQuery;

/**
 * The originals of the documents a search matched, as a zip written as it goes: each original is read through the
 * case's blob store (an encrypted case decrypts it for this download only) and copied into the zip, never held
 * whole in memory. Each document once, in the order of its first hit, under the name it was found with, made safe
 * (no folders, no characters a file system refuses) and unique.
 */
public final class SearchOriginalsZip {
    private static final int BATCH = 2000;
    private static final int LONGEST_NAME = 120;

    private SearchOriginalsZip() {}

    /** Writes the zip and returns the number of originals in it. */
    public static int write(
            SearchIndex index, DocumentStore store, BlobStore blobs, SearchQuery query, OutputStream out)
            throws IOException {
        Set<String> documents = new LinkedHashSet<>();
        index.scan(query, BATCH, false, hits -> hits.forEach(h -> documents.add(h.documentId())));
        Set<String> taken = new HashSet<>();
        int written = 0;
        ZipOutputStream zip = new ZipOutputStream(out);
        for (String id : documents) {
            if (!blobs.contains(id)) continue; // a document known only from its index entry has no original here
            List<Location> found = store.locations(id);
            String name = unique(safe(found.isEmpty() ? id : found.get(0).path(), id), id, taken);
            zip.putNextEntry(new ZipEntry(name));
            try (InputStream in = blobs.open(id)) {
                in.transferTo(zip);
            }
            zip.closeEntry();
            written++;
        }
        zip.finish();
        zip.flush();
        return written;
    }

    /** The last part of a path, without characters that zip tools or file systems treat specially. */
    static String safe(String path, String id) {
        String leaf = path.replace('\\', '/');
        leaf = leaf.substring(leaf.lastIndexOf('/') + 1);
        StringBuilder b = new StringBuilder();
        leaf.codePoints()
                .forEach(cp -> b.appendCodePoint(cp < 0x20 || cp == 0x7f || ":*?\"<>|".indexOf(cp) >= 0 ? '_' : cp));
        String name = b.toString().strip().replaceAll("^\\.+", "");
        if (name.isEmpty()) name = id;
        if (name.length() > LONGEST_NAME) {
            String ext = extension(name);
            name = name.substring(0, LONGEST_NAME - ext.length()) + ext;
        }
        return name;
    }

    /** The name, or the name with part of the document id before its extension when two documents share it. */
    static String unique(String name, String id, Set<String> taken) {
        String candidate = name;
        String ext = extension(name);
        String stem = name.substring(0, name.length() - ext.length());
        for (int n = 1; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + " (" + id.substring(0, 12) + (n == 1 ? "" : "-" + n) + ")" + ext;
        }
        return candidate;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || name.length() - dot > 10 ? "" : name.substring(dot);
    }
}
