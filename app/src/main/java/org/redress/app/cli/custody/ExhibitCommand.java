package org.redress.app.cli.custody;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.cli.CaseOption;
import org.redress.app.export.exhibit.ExhibitExport;
import org.redress.app.export.exhibit.RedactionLog;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.core.Count;
import org.redress.core.UserMistake;
import org.redress.core.audit.AuditAction;
import org.redress.core.corpus.DocumentView;
import org.redress.ingest.ocr.Tesseract;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code redress export exhibit}: a document as a court exhibit, redactions burned into its pixels. */
@Command(
        name = "exhibit",
        mixinStandardHelpOptions = true,
        description = {
            "A document as an exhibit PDF: its pages as images, with --redact the A-numbers, SSNs, birth dates,",
            "addresses and phone numbers painted over in the pixels (and any --mark TEXT), a new text layer read by",
            "OCR from the redacted images, Bates numbers stamped, no metadata. A log of what kind was redacted where",
            "(never the text) is written beside it as FILE.pdf.redactions.csv. Needs Tesseract."
        })
final class ExhibitCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Parameters(paramLabel = "DOCUMENT_ID", description = "The document's id, or its first 6 or more characters.")
    String id;

    @Option(names = "--pages", paramLabel = "RANGE", description = "Only these pages: 3, 3-5 or 1,3-5 (default: all).")
    String pages;

    @Option(names = "--redact", description = "Paint over A-numbers, SSNs, birth dates, addresses and phone numbers.")
    boolean redact;

    @Option(
            names = "--mark",
            paramLabel = "TEXT",
            description = "Also paint over this text wherever it occurs (any letter case); repeatable.")
    List<String> marks = new ArrayList<>();

    @Option(names = "--bates", paramLabel = "PREFIX", description = "Stamp PREFIX000001, PREFIX000002 … on the pages.")
    String bates;

    @Option(names = "--bates-start", paramLabel = "N", defaultValue = "1", description = "The first Bates number.")
    int batesStart;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The exhibit to write.")
    Path out;

    @Option(names = "--json", description = "Print one JSON document, the redaction log included.")
    boolean json;

    private String documentId;
    private String detail;

    @Override
    public Integer call() throws Exception {
        if (batesStart < 0) throw new UserMistake("--bates-start must be 0 or more");
        if (bates != null && bates.isBlank()) throw new UserMistake("--bates needs a prefix, such as DEF-");
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent))
            throw new UserMistake("The folder for '" + out + "' does not exist");
        Tesseract tesseract = Tesseract.find()
                .orElseThrow(() -> new UserMistake("An exhibit's text layer is read by Tesseract, which is not on"
                        + " this machine; install it with: " + Tesseract.INSTALL_COMMAND));
        ExhibitExport.Result result;
        try (CaseServices c = caseOption.open()) {
            DocumentView view = c.corpus()
                    .view(id)
                    .orElseThrow(() ->
                            new UserMistake("no document '" + id + "' in this case (or the prefix is not unique)"));
            documentId = view.document().id();
            ExhibitExport.Options options =
                    new ExhibitExport.Options(pages, redact, marks, bates == null ? null : bates.strip(), batesStart);
            ExhibitExport export = new ExhibitExport(
                    tesseract,
                    c.folder().workDir().resolve("exhibits"),
                    step -> System.err.println("Exhibit: " + step));
            result = export.write(view.document(), c.blobs(), view.pages(), options, out);
        }
        Path log = RedactionLog.beside(out);
        RedactionLog.write(log, result.redactions());
        detail = (pages == null ? "all pages" : "pages " + pages) + ", "
                + Count.of(result.redactions().size(), "redaction", "redactions")
                + (result.firstBates() == null ? "" : ", Bates " + range(result));
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("exhibit", out.toString());
            doc.put("log", log.toString());
            doc.put("documentId", documentId);
            doc.put("pages", result.pages());
            doc.put(
                    "bates",
                    result.firstBates() == null
                            ? null
                            : Map.of("first", result.firstBates(), "last", result.lastBates()));
            doc.put("redactions", result.redactions());
            System.out.println(Json.write(doc));
        } else {
            System.out.printf(
                    "Wrote the exhibit %s: %s%s, %s; the log is %s%n",
                    out,
                    Count.of(result.pages(), "page", "pages"),
                    result.firstBates() == null ? "" : ", Bates " + range(result),
                    Count.of(result.redactions().size(), "redaction", "redactions"),
                    log);
            if (!redact && marks.isEmpty())
                System.out.println("Nothing was redacted: add --redact (and --mark TEXT) to paint identifiers over.");
        }
        return 0;
    }

    private static String range(ExhibitExport.Result r) {
        return r.firstBates().equals(r.lastBates()) ? r.firstBates() : r.firstBates() + "–" + r.lastBates();
    }

    @Override
    public AuditNote audit() {
        return new AuditNote(AuditAction.EXHIBIT_EXPORT, documentId, detail);
    }
}
