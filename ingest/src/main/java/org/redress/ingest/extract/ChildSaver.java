package org.redress.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.xml.sax.ContentHandler;

/**
 * Saves every embedded item (attachment, archive member, mailbox message) to its own file
 * instead of parsing it into the container's text, so each becomes a document of its own with
 * its own hash. Hostile containers are bounded: the bytes all children may take together are
 * capped (a zip bomb stops there), and member names are recorded, never used as paths.
 */
final class ChildSaver implements EmbeddedDocumentExtractor {
    private final Path dir;
    private final long maxTotalBytes;
    private final List<ExtractionResult.Child> children = new ArrayList<>();
    private long totalBytes;
    private boolean bomb;

    private final InlineBodies inlineBodies;

    private boolean ooxmlParts;

    ChildSaver(Path dir, long maxTotalBytes, InlineBodies inlineBodies) {
        this.dir = dir;
        this.maxTotalBytes = maxTotalBytes;
        this.inlineBodies = inlineBodies;
    }

    /** Parses an email's body parts into the email's own text: they are its content, not attachments. */
    interface InlineBodies {
        boolean isBody(Metadata part);

        void parse(InputStream stream, ContentHandler handler, Metadata part) throws IOException;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return !bomb;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws IOException {
        if (inlineBodies.isBody(metadata)) {
            inlineBodies.parse(stream, handler, metadata);
            return;
        }
        String name = name(metadata, children.size() + 1);
        // Office Open XML part names are absolute by definition ("/docProps/thumbnail.jpeg"): only
        // climbing out with ".." is hostile there.
        String escape = MemberNames.escapeReason(ooxmlParts ? name.replaceFirst("^/+", "") : name);
        if (escape != null) {
            children.add(new ExtractionResult.Child(null, name, escape));
            return;
        }
        Files.createDirectories(dir); // here, not per file: only a file that really has children needs the folder
        Path file = dir.resolve("child-" + (children.size() + 1));
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = stream.read(buffer)) > 0; ) {
                totalBytes += n;
                if (totalBytes > maxTotalBytes) {
                    bomb = true;
                    throw new ExpansionLimitException(maxTotalBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (ExpansionLimitException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        children.add(new ExtractionResult.Child(file.toString(), name, null));
    }

    /** The container is an Office Open XML package (docx, xlsx, pptx), whose part names start with "/". */
    ChildSaver ooxmlParts(boolean yes) {
        this.ooxmlParts = yes;
        return this;
    }

    List<ExtractionResult.Child> children() {
        return children;
    }

    private static String name(Metadata metadata, int ordinal) {
        String path = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (name == null || name.isBlank()) name = metadata.get(TikaCoreProperties.TITLE);
        if ((name == null || name.isBlank()) && path != null) name = path.replaceFirst("^/+", "");
        if (name == null || name.isBlank()) name = "item-" + ordinal;
        return name.replace('\u0000', '_');
    }

    /** Thrown through the parser to stop it as soon as the children exceed their allowance. */
    static final class ExpansionLimitException extends IOException {
        final long limit;

        ExpansionLimitException(long limit) {
            super("expands to more than " + limit + " bytes");
            this.limit = limit;
        }
    }
}
