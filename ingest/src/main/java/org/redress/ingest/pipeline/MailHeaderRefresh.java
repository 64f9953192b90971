package org.redress.ingest.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.EmailHeaders;
import org.redress.core.port.BlobStore;
import org.redress.core.port.DocumentStore;

/**
 * Fills the References of emails stored before that header was kept, from the header block of each original
 * (mime4j reads only the headers; the text is not extracted again). Outlook items carry no RFC 822 header block and
 * are recorded as having none. Run by {@code redress reindex --mail-headers}; a case that has them all does nothing.
 */
public final class MailHeaderRefresh {
    private MailHeaderRefresh() {}

    /** Returns how many emails were read; {@code progress} hears each one. */
    public static int run(DocumentStore store, BlobStore blobs, IntConsumer progress) {
        List<String> ids = store.emailsWithoutReferences();
        int done = 0;
        for (String id : ids) {
            Document d = store.document(id).orElse(null);
            List<String> refs = d != null && isRfc822(d) && blobs.contains(id) ? references(blobs, id) : List.of();
            store.setEmailReferences(id, refs);
            progress.accept(++done);
        }
        return done;
    }

    private static boolean isRfc822(Document d) {
        return d.mediaType() != null && d.mediaType().startsWith("message/");
    }

    /** The References of one stored message; none when its header block cannot be read. */
    static List<String> references(BlobStore blobs, String id) {
        MimeConfig config = MimeConfig.custom()
                .setMaxHeaderLen(-1)
                .setMaxLineLen(-1)
                .setMaxHeaderCount(-1)
                .build();
        MimeTokenStream stream = new MimeTokenStream(config);
        try (InputStream in = blobs.open(id)) {
            stream.parse(in);
            for (EntityState s = stream.getState(); s != EntityState.T_END_OF_STREAM; s = stream.next()) {
                if (s == EntityState.T_FIELD) {
                    Field f = stream.getField();
                    if ("references".equalsIgnoreCase(f.getName())) return EmailHeaders.messageIds(f.getBody());
                } else if (s == EntityState.T_END_HEADER) {
                    return List.of();
                }
            }
            return List.of();
        } catch (MimeException unreadable) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
