package org.redress.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A small, entirely fictional records production, in the shape real ones arrive: agency emails
 * with attachments, memos, a scanned page, a spreadsheet and a zip. Every person and agency in
 * it is invented.
 */
public final class DemoProduction {
    /** The source name {@code redress demo} ingests the production as: the home page knows the demo case by it. */
    public static final String SOURCE = "Demo production (fictional)";

    private static final ZoneId EASTERN = ZoneId.of("America/New_York");

    private DemoProduction() {}

    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path attachments = Files.createDirectories(dir.resolve(".attachments"));

        Path lookup = attachments.resolve("records-lookup-log.xlsx");
        DocumentWriters.xlsx(
                lookup,
                "Lookups",
                List.of(
                        List.of("Date", "Requested by", "Subject of lookup", "Purpose"),
                        List.of("2017-03-02", "Agent R. Whitcomb (ICE)", "Luz Elena Balcázar", "investigation"),
                        List.of("2017-03-09", "Agent R. Whitcomb (ICE)", "Enrique Balcázar Jiménez", "investigation"),
                        List.of("2017-03-21", "Agent T. Marsh (ICE)", "Zully Palacios Rodríguez", "other")));

        DocumentWriters.email(
                dir.resolve("001-dmv-to-ice.eml"),
                "Dana Kimball <dkimball@dmv.example.gov>",
                "Robert Whitcomb <robert.whitcomb@ice.example.gov>",
                null,
                ZonedDateTime.of(2017, 3, 2, 9, 14, 0, 0, EASTERN),
                "Photos and addresses you asked for",
                "demo-001@dmv.example.gov",
                null,
                "Rob,\n\nAttached are the license photos and current addresses for the two organizers from Migrant "
                        + "Justice you asked about, Luz Elena Balcazar and Enrique Balcazar. They were at the press "
                        + "conference at the State House on Tuesday.\n\nLet me know if you need the plates too.\n\nDana\n"
                        + "Department of Motor Vehicles, Investigations Unit",
                List.of(lookup));

        DocumentWriters.email(
                dir.resolve("002-ice-reply.eml"),
                "Robert Whitcomb <robert.whitcomb@ice.example.gov>",
                "Dana Kimball <dkimball@dmv.example.gov>",
                "Tom Marsh <thomas.marsh@ice.example.gov>",
                ZonedDateTime.of(2017, 3, 2, 16, 40, 0, 0, EASTERN),
                "RE: Photos and addresses you asked for",
                "demo-002@ice.example.gov",
                "demo-001@dmv.example.gov",
                "Thanks Dana. These two have been all over the news about the milk with dignity campaign. "
                        + "We will be watching the march on the 17th. Please send anything on Palacios too.\n\nRW",
                List.of());

        Path memoPdf = dir.resolve("003-field-office-memo.pdf");
        DocumentWriters.textPdf(
                memoPdf,
                "Field office memorandum: community activity",
                List.of(
                        "MEMORANDUM FOR: Field Office Director\nFROM: Supervisory Detention and Deportation Officer\n"
                                + "SUBJECT: Community activity, Burlington area\n\n(b)(6);(b)(7)(C)\n\n"
                                + "1. On March 14, 2017, members of the advocacy group Migrant Justice held a press conference "
                                + "criticising enforcement operations on dairy farms. Speakers included Enrique Balcázar.",
                        "2. A confidential source reports that the group will hold a march on March 17. Officers will be "
                                + "present. The source has attended organising meetings since January.\n\n"
                                + "3. Recommend that arrests of the identified leaders be prioritised.",
                        "Page intentionally left with a Bates stamp only. DHS-ICE-000123"));

        Path scan = dir.resolve("004-arrest-report-scan.pdf");
        DocumentWriters.scannedPdf(
                scan,
                List.of("FIELD ARREST REPORT\nDate of arrest: March 17, 2017\nSubject: BALCAZAR, Enrique\n"
                        + "Location: Route 2, Burlington, after the march\nArresting officer: T. Marsh\n"
                        + "Remarks: subject is a known organizer with Migrant Justice."));

        Path letter = attachments.resolve("carta-a-la-comunidad.docx");
        DocumentWriters.docx(
                letter,
                "Carta a la comunidad",
                List.of(
                        "Queridos compañeros y compañeras:",
                        "El 17 de marzo marcharemos por la dignidad de los trabajadores lecheros. Después de la rueda de prensa "
                                + "en la Casa del Estado, varios organizadores fueron detenidos por agentes de inmigración.",
                        "Pedimos la liberación inmediata de Enrique Balcázar y de Zully Palacios."));
        Path notes = attachments.resolve("meeting-notes.txt");
        Files.writeString(
                notes,
                "Organising meeting, 2017-03-10\nPresent: L. E. Balcazar, E. Balcazar, Z. Palacios\n"
                        + "Agenda: press conference on the 14th, march on the 17th.\n");
        DocumentWriters.zip(dir.resolve("005-community-materials.zip"), List.of(letter, notes));

        // The same memo sent twice, as productions often do: stored once, found in two places.
        Files.copy(
                memoPdf, dir.resolve("006-duplicate-of-memo.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(
                dir.resolve("007-hostile-note.html"),
                "<html><body><h1>Note</h1>"
                        + "<p>This record contains markup that must never run: <script>alert('x')</script> "
                        + "&lt;img src=x onerror=alert(1)&gt; ICE contact list follows.</p></body></html>");

        try (var files = Files.list(attachments)) {
            for (Path p : files.toList()) Files.delete(p);
        }
        Files.delete(attachments);
        return dir;
    }
}
