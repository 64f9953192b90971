package org.redress.app.export;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.redress.app.json.CustodyJson;
import org.redress.app.json.Json;
import org.redress.application.custody.SignedManifest;
import org.redress.core.UserMistake;
import org.redress.core.corpus.Sha256;
import org.redress.core.custody.Manifest;
import org.redress.core.custody.ManifestFile;
import org.redress.core.custody.NotStored;

/**
 * A source's signed custody manifest for a declaration: JSON, or a PDF or DOCX a person reads, with the table of
 * originals and their digests, the key's fingerprint, the signature, and how to check it with openssl.
 */
public final class ManifestExport {
    public enum Format {
        JSON,
        PDF,
        DOCX;

        public static Format of(String text) {
            try {
                return valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserMistake("--format must be json, pdf or docx, not '" + text + "'");
            }
        }
    }

    private static final List<String> HEADER = List.of("Path", "SHA-256", "Bytes", "Extracted from");

    private ManifestExport() {}

    public static byte[] write(SignedManifest m, Format format) {
        return switch (format) {
            case JSON -> (Json.write(CustodyJson.manifest(m)) + "\n").getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf(m);
            case DOCX -> docx(m);
        };
    }

    private static String title(Manifest m) {
        return "Chain of custody: source \u201C" + m.sourceName() + "\u201D, manifest version " + m.version();
    }

    /** The facts above the table, as label and value. */
    static List<String[]> facts(SignedManifest s) {
        Manifest m = s.manifest();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Source", m.sourceName() + " (id " + m.sourceId() + ")"});
        facts.add(new String[] {
            "Received", m.received() == null ? "not recorded" : m.received().toString()
        });
        facts.add(new String[] {"First taken in", String.valueOf(m.firstIngested())});
        facts.add(new String[] {"This ingest", m.ingestStarted() + " to " + m.ingestFinished()});
        facts.add(new String[] {"Ingested by", String.valueOf(m.ingestedBy())});
        if (m.request() != null) {
            facts.add(new String[] {
                "Answers request",
                "#" + m.request().id()
                        + (m.request().trackingNumber() == null
                                ? ""
                                : " " + m.request().trackingNumber())
                        + " to " + m.request().agency()
            });
        }
        long extracted = m.files().stream().filter(ManifestFile::extracted).count();
        facts.add(new String[] {
            "Originals", m.files().size() + " (" + extracted + " extracted from containers in the source)"
        });
        facts.add(new String[] {
            "Previous version", m.previous() == null ? "none (first intake)" : "SHA-256 " + m.previous()
        });
        facts.add(new String[] {"Manifest file", s.name() + " (SHA-256 " + Sha256.of(s.json()) + ")"});
        facts.add(new String[] {"Signature", "Ed25519, " + Base64.getEncoder().encodeToString(s.signature())});
        facts.add(new String[] {"Public key", Base64.getEncoder().encodeToString(s.publicKey())});
        facts.add(new String[] {"Key fingerprint", s.fingerprint()});
        facts.add(new String[] {
            "To check",
            "base64 -d the signature into manifest.sig, then: openssl pkeyutl -verify -pubin -keyform DER "
                    + "-inkey keys/custody.pub -rawin -in " + s.name() + " -sigfile manifest.sig"
        });
        return facts;
    }

    private static String[] row(ManifestFile f) {
        return new String[] {
            f.path(), f.sha256(), Long.toString(f.size()), f.extractedFrom() == null ? "" : f.extractedFrom()
        };
    }

    static byte[] pdf(SignedManifest s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.LETTER.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(title(s.manifest()));
        doc.addCreator("Redress");
        doc.open();
        PdfFonts fonts = PdfFonts.forDocument();
        Font bold = fonts.bold(9);
        Font body = fonts.regular(9);
        Font small = fonts.regular(7);
        Paragraph t = new Paragraph(PdfFonts.text(title(s.manifest())), fonts.bold(14));
        t.setSpacingAfter(8);
        doc.add(t);
        PdfPTable facts = new PdfPTable(new float[] {18, 82});
        facts.setWidthPercentage(100);
        for (String[] f : facts(s)) {
            facts.addCell(new Phrase(f[0], bold));
            facts.addCell(new Phrase(PdfFonts.text(f[1]), body));
        }
        doc.add(facts);
        PdfPTable table = new PdfPTable(new float[] {34, 30, 8, 28});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(10);
        for (String h : HEADER) {
            PdfPCell c = new PdfPCell(new Phrase(h, bold));
            c.setGrayFill(0.9f);
            table.addCell(c);
        }
        for (ManifestFile f : s.manifest().files()) {
            String[] r = row(f);
            table.addCell(new Phrase(PdfFonts.text(r[0]), body));
            table.addCell(new Phrase(r[1], small));
            table.addCell(new Phrase(r[2], body));
            table.addCell(new Phrase(r[3], small));
        }
        doc.add(table);
        if (!s.manifest().notStored().isEmpty()) {
            doc.add(new Paragraph("Received but not kept as originals", bold));
            for (NotStored n : s.manifest().notStored())
                doc.add(new Paragraph(PdfFonts.text(n.path() + ": " + n.reason()), body));
        }
        doc.close();
        return out.toByteArray();
    }

    static byte[] docx(SignedManifest s) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFRun hr = doc.createParagraph().createRun();
            hr.setBold(true);
            hr.setFontSize(14);
            hr.setText(title(s.manifest()));
            List<String[]> facts = facts(s);
            XWPFTable factTable = doc.createTable(facts.size(), 2);
            for (int i = 0; i < facts.size(); i++) {
                cell(factTable.getRow(i), 0, facts.get(i)[0], true);
                cell(factTable.getRow(i), 1, facts.get(i)[1], false);
            }
            doc.createParagraph();
            List<ManifestFile> files = s.manifest().files();
            XWPFTable table = doc.createTable(files.size() + 1, HEADER.size());
            table.setWidth("100%");
            for (int c = 0; c < HEADER.size(); c++) cell(table.getRow(0), c, HEADER.get(c), true);
            table.getRow(0).setRepeatHeader(true);
            for (int i = 0; i < files.size(); i++) {
                String[] r = row(files.get(i));
                for (int c = 0; c < r.length; c++) cell(table.getRow(i + 1), c, r[c], false);
            }
            for (NotStored n : s.manifest().notStored())
                doc.createParagraph().createRun().setText("Not kept: " + n.path() + ": " + n.reason());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(XWPFTableRow row, int c, String text, boolean bold) {
        XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setFontSize(9);
        run.setText(text);
    }
}
