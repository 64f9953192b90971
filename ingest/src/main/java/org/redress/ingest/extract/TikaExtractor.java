package org.redress.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.PasswordProvider;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.redress.ingest.ocr.Pdftoppm;
import org.redress.ingest.ocr.Tesseract;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads one file with Apache Tika: detects its type from its bytes, extracts text page by page
 * and metadata, saves embedded items as children, tries the team's passwords on encrypted files,
 * and OCRs images and PDF pages that have no text layer. Runs inside the isolated worker.
 */
public final class TikaExtractor implements Extractor {
    private final AutoDetectParser parser;
    private final KnownTypeDetector detector;
    private final Utf8FirstEncodingDetector encodings;
    private final Optional<Tesseract> tesseract;
    private final Optional<Pdftoppm> pdftoppm;
    private final LanguageGuesser languages = LanguageGuesser.shared();
    private final Runnable heartbeat;

    /** With {@code pdftoppm} to render the PDF pages PDFBox cannot draw (JPEG 2000 scans). */
    public TikaExtractor(Optional<Tesseract> tesseract, Optional<Pdftoppm> pdftoppm, Runnable heartbeat) {
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.parser = new AutoDetectParser(config);
        this.detector = new KnownTypeDetector(config.getDetector());
        this.parser.setDetector(detector);
        this.encodings = new Utf8FirstEncodingDetector(config.getEncodingDetector());
        this.tesseract = tesseract;
        this.pdftoppm = pdftoppm;
        this.heartbeat = heartbeat;
    }

    @Override
    public ExtractionResult extract(ExtractionRequest request) {
        Path file = Path.of(request.file());
        String mediaType = null;
        try {
            if (Files.size(file) == 0) return ExtractionResult.failed(null, "empty file (0 bytes)");
            mediaType = detect(file, request.name());
            Attempt attempt = parse(request, file, mediaType, null);
            if (attempt.error instanceof EncryptedDocumentException) {
                // Try every password until one reads the file cleanly: a wrong password does not
                // always say so (a 7z archive decrypted with the wrong key reads as "corrupt data").
                int tried = 0;
                Attempt opened = null;
                for (String password : request.passwords()) {
                    tried++;
                    Attempt a = parse(request, file, mediaType, password);
                    if (a.error == null || FailureReasons.isWriteLimit(a.error)) {
                        opened = a;
                        break;
                    }
                }
                if (opened == null)
                    return ExtractionResult.failed(mediaType, FailureReasons.encrypted(mediaType, tried));
                attempt = opened;
            }
            if (attempt.error != null && !FailureReasons.isWriteLimit(attempt.error)) {
                return ExtractionResult.failed(mediaType, FailureReasons.of(attempt.error, mediaType));
            }
            if (noReader(attempt.metadata) && !mediaType.startsWith("image/")) {
                return ExtractionResult.failed(mediaType, FailureReasons.noReader(mediaType));
            }
            return result(request, file, mediaType, attempt);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return ExtractionResult.failed(mediaType, FailureReasons.of(e, mediaType));
        }
    }

    private String detect(Path file, String name) throws IOException {
        Metadata metadata = new Metadata();
        // The name is only a hint after the bytes: a PDF named .txt is still a PDF.
        if (name != null) metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            return detector.detectFresh(in, metadata).toString();
        }
    }

    private record Attempt(
            Metadata metadata, PageSplitter pages, ChildSaver children, String password, Throwable error) {}

    private Attempt parse(ExtractionRequest request, Path file, String mediaType, String password) throws IOException {
        Path childDir = Path.of(request.childDir());
        clear(childDir);
        Metadata metadata = new Metadata();
        if (request.name() != null) metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, request.name());
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        PageSplitter pages = new PageSplitter(request.maxTextChars());
        ParseContext context = new ParseContext();
        ChildSaver children = new ChildSaver(childDir, request.maxChildBytes(), new EmailBodies(mediaType, context))
                .ooxmlParts(mediaType.startsWith("application/vnd.openxmlformats-officedocument.")
                        || mediaType.contains("ooxml"));
        configure(context, children, password);
        context.set(EncodingDetector.class, encodings); // text parsers (plain, HTML, mail parts) ask the context first
        // POI reads the password of binary Office files (.doc, .ppt, .xls) from a thread-local that
        // Tika leaves set: without this, one file's password silently opens the next file, and whether
        // a file opens (and the password recorded for it) would depend on the order files were read.
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(password);
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            detector.nextIs(org.apache.tika.mime.MediaType.parse(mediaType));
            parser.parse(in, pages, metadata, context);
            return new Attempt(metadata, pages, children, password, null);
        } catch (Exception | StackOverflowError e) {
            return new Attempt(metadata, pages, children, password, e);
        } finally {
            detector.forget(); // if the parser failed before detecting, the answer must not leak to the next file
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    private static void configure(ParseContext context, ChildSaver children, String password) {
        context.set(EmbeddedDocumentExtractor.class, children);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true); // OCR is done per page below, where we can flag it
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        pdf.setExtractAnnotationText(true);
        context.set(PDFParserConfig.class, pdf);
        if (password != null) context.set(PasswordProvider.class, metadata -> password);
    }

    /**
     * The text/plain or text/html parts of an email that have no file name are its body (Tika
     * labels them attachments, but a lawyer reads them as the message).
     */
    private final class EmailBodies implements ChildSaver.InlineBodies {
        private final boolean email;
        private final ParseContext context;

        EmailBodies(String mediaType, ParseContext context) {
            this.email = mediaType.startsWith("message/");
            this.context = context;
        }

        @Override
        public boolean isBody(Metadata part) {
            if (!email || part.get(TikaCoreProperties.RESOURCE_NAME_KEY) != null) return false;
            String disposition = part.get("Content-Disposition");
            if (disposition != null
                    && disposition.toLowerCase(java.util.Locale.ROOT).contains("filename")) return false;
            String type = part.get(Metadata.CONTENT_TYPE);
            return type != null && (type.startsWith("text/plain") || type.startsWith("text/html"));
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata part) throws IOException {
            try {
                parser.parse(stream, new EmbeddedContentHandler(new BodyContentHandler(handler)), part, context);
            } catch (SAXException | TikaException e) {
                throw new IOException("the email body could not be read: " + e.getMessage(), e);
            }
        }
    }

    /** Tika found no parser for the type and read nothing: say so rather than store an empty document. */
    private static boolean noReader(Metadata metadata) {
        String[] parsedBy = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
        return parsedBy.length > 0
                && java.util.Arrays.stream(parsedBy)
                        .allMatch(p -> p.endsWith(".EmptyParser")
                                || p.endsWith(".DefaultParser")
                                || p.endsWith(".AutoDetectParser"));
    }

    private ExtractionResult result(ExtractionRequest request, Path file, String mediaType, Attempt a)
            throws IOException {
        List<String> texts = new ArrayList<>(a.pages.pages());
        Integer declared = a.metadata.getInt(org.apache.tika.metadata.PagedText.N_PAGES);
        while (declared != null
                && declared > 0
                && texts.size() > declared
                && texts.get(texts.size() - 1).isBlank()) {
            texts.remove(texts.size() - 1);
        }
        List<ExtractionResult.PageText> pages = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) pages.add(new ExtractionResult.PageText(i + 1, texts.get(i), false));
        List<String> notes = new ArrayList<>();
        if (a.pages.truncated()) notes.add("text cut at " + request.maxTextChars() + " characters");

        List<Integer> needOcr = new ArrayList<>();
        if (request.ocr()) {
            // Beside the child folder, which is unique per document and reader: named after the file
            // (every first attachment is "child-1"), two readers overwrote each other's page images.
            PageOcr ocr = new PageOcr(tesseract, pdftoppm, heartbeat, Path.of(request.childDir() + "-ocr"));
            if (mediaType.startsWith("image/")) pages = ocr.image(file, needOcr, notes);
            else if (mediaType.equals("application/pdf")) pages = ocr.pdf(file, a.password, pages, needOcr, notes);
        }

        Metadata m = a.metadata;
        String joined = String.join(
                "\n", pages.stream().map(ExtractionResult.PageText::text).toList());
        return new ExtractionResult(
                true,
                null,
                mediaType,
                MetadataReader.title(m),
                MetadataReader.author(m),
                MetadataReader.created(m),
                MetadataReader.modified(m),
                languages.guess(joined),
                MetadataReader.email(m, mediaType),
                pages,
                a.children.children(),
                needOcr,
                a.password,
                notes);
    }

    /** Removes what an earlier attempt saved; the folder itself is made only for a first child (most files have none). */
    private static void clear(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
