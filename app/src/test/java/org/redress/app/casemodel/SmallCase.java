package org.redress.app.casemodel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.redress.app.cli.Cli;
import org.redress.app.wiring.CaseFolder;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;

/**
 * A small case for tests: a real case folder with one two-page document in the corpus, three subjects of one group,
 * an official with a hostile name, and five events whose gaps are checked by hand in the tests.
 */
public final class SmallCase {
    public static final String HOSTILE = "Agent <script>alert(1)</script> & \"Co\"";

    public final Path dir;
    public final String docId;

    private SmallCase(Path dir, String docId) {
        this.dir = dir;
        this.docId = docId;
    }

    public static SmallCase create(Path tmp) throws IOException {
        Path dir = tmp.resolve("case");
        Cli.Run init = Cli.run("init", "--case", dir.toString());
        if (init.code() != 0) throw new IllegalStateException(init.toString());
        byte[] bytes = "DMV to ICE, March 2017".getBytes(StandardCharsets.UTF_8);
        String id = Sha256.of(bytes);
        try (CaseFolder c = CaseFolder.open(dir)) {
            c.store()
                    .saveExtraction(
                            new Document(
                                    id,
                                    bytes.length,
                                    "application/pdf",
                                    "DMV emails",
                                    "DMV",
                                    Instant.parse("2017-03-02T14:14:00Z"),
                                    null,
                                    "eng",
                                    null,
                                    ExtractionStatus.DONE,
                                    null,
                                    null,
                                    2),
                            List.of(
                                    new Page(id, 1, "Balcazar spoke at the press conference", false),
                                    new Page(id, 2, "arrest him", false)));
        }
        return new SmallCase(dir, id);
    }

    public Path peopleCsv() throws IOException {
        return write("people.csv", """
                name,aliases,role,organisation,leader
                Enrique Balcázar,Kike;E. Balcazar,subject,Migrant Justice,yes
                Zully Palacios,,subject,Migrant Justice,yes
                Victor Diaz,,subject,Migrant Justice,no
                "%s",,official,ICE,no
                """.formatted(HOSTILE.replace("\"", "\"\"")));
    }

    /** E1 press conference 03-01; E2 arrest of Kike 03-17 (16 days); E3 the group's march in 2017-03; E4 Zully 03-20; E5 ~04-10. */
    public Path eventsCsv() throws IOException {
        return write("events.csv", """
                date,kind,people,description,source,place,disputed,quote,actors
                2017-03-01,protected.press_conference,Enrique Balcázar,Press conference on DMV data sharing,%1$s#p1,Burlington,no,spoke at the press conference,
                2017-03-17T07:30,adverse.arrest,Kike,Arrested leaving his office,%2$s#p2,Burlington,yes,arrest him,"%3$s"
                2017-03,protected.protest,Migrant Justice,March at the Statehouse,,Montpelier,,,
                2017-03-20,adverse.arrest,Zully Palacios,Arrested at a traffic stop,https://example.org/news,,,,
                ~2017-04-10,adverse.detention,Victor Diaz,Detained,,,,,
                """.formatted(
                        docId.substring(0, 8), docId.substring(0, 10), HOSTILE.replace("\"", "\"\"")));
    }

    public Path write(String name, String content) throws IOException {
        Path f = dir.getParent().resolve(name);
        Files.writeString(f, content);
        return f;
    }

    /** Initialised, people and events imported. */
    public static SmallCase imported(Path tmp) throws IOException {
        SmallCase c = create(tmp);
        check(Cli.run(
                "import", "--case", c.dir.toString(), "people", c.peopleCsv().toString()));
        check(Cli.run(
                "import", "--case", c.dir.toString(), "events", c.eventsCsv().toString()));
        return c;
    }

    static void check(Cli.Run r) {
        if (r.code() != 0) throw new IllegalStateException(r.toString());
    }
}
