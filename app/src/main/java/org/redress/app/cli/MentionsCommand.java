package org.redress.app.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseException;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.mentions.MentionRow;
import org.redress.application.mentions.MentionService;
import org.redress.application.mentions.PersonSummary;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import org.redress.core.mentions.Mention;
import org.redress.core.mentions.MentionStatus;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "mentions",
        mixinStandardHelpOptions = true,
        description = {
            "Where the corpus names the watched people: every hit with its score, rule and review status, and for each",
            "person when they were first and last named, by which organisation, in which sources. The corpus is",
            "screened first for anything not yet screened with the current watch list."
        },
        subcommands = {MentionsCommand.Review.class})
final class MentionsCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--person", paramLabel = "NAME", description = "Only this watched person (name or alias).")
    String person;

    @Option(
            names = "--status",
            paramLabel = "S",
            description = "Only hits with this status: new, confirmed, rejected, unsure.")
    String status;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        MentionStatus s = status == null ? null : MentionStatus.fromCode(status);
        try (CaseServices c = caseOption.open()) {
            MentionService mentions = c.mentions();
            mentions.screen();
            MentionService.Listing listing = mentions.list(person, s);
            if (json) {
                System.out.println(Json.write(listing));
                return 0;
            }
            mentions.watchWarnings().forEach(w -> System.err.println("warning: " + w));
            printText(listing);
        }
        return 0;
    }

    private static void printText(MentionService.Listing listing) {
        for (PersonSummary p : listing.people()) {
            System.out.printf(
                    "%s: %s, %s%s%n",
                    p.person(),
                    Count.of(p.documents(), "document", "documents"),
                    Count.of(p.pages(), "page", "pages"),
                    p.firstNamed() == null ? "" : ", first named " + p.firstNamed() + ", last named " + p.lastNamed());
            for (PersonSummary.ByOrganisation o : p.byOrganisation()) {
                System.out.printf(
                        "  %s: %s%s%n",
                        o.organisation() == null ? "(organisation unknown)" : o.organisation(),
                        Count.of(o.documents(), "document", "documents"),
                        o.firstNamed() == null ? "" : ", " + o.firstNamed() + " to " + o.lastNamed());
            }
        }
        if (!listing.hits().isEmpty()) System.out.println();
        for (MentionRow h : listing.hits()) {
            System.out.printf(
                    "%s  %-9s %.2f%s  %s p.%d  \"%s\"  (%s)%n",
                    h.id(),
                    h.status(),
                    h.score(),
                    h.counts() ? " " : "*",
                    h.path(),
                    h.page(),
                    h.matched().replaceAll("\\s+", " "),
                    h.rule());
        }
        if (listing.hits().stream().anyMatch(h -> !h.counts())) {
            System.out.println("* below the threshold or rejected: not counted in the dates above unless confirmed");
        }
    }

    @Command(
            name = "review",
            mixinStandardHelpOptions = true,
            description = {
                "Decide on a hit: --confirm, --reject or --unsure, with an optional --reason. The decision sticks when",
                "the corpus is screened again and covers the same words on an identical page of another document.",
                "With --sheet FILE.csv (columns id, status, reason; status confirm, reject, unsure or new), many at",
                "once, all or nothing."
            })
    static final class Review implements Callable<Integer>, Audited {
        @Mixin
        CaseOption caseOption;

        @Parameters(index = "0", arity = "0..1", paramLabel = "HIT_ID")
        String id;

        static final class Decision {
            @Option(names = "--confirm", required = true)
            boolean confirm;

            @Option(names = "--reject", required = true)
            boolean reject;

            @Option(names = "--unsure", required = true)
            boolean unsure;
        }

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        Decision decision;

        @Option(names = "--reason", paramLabel = "TEXT")
        String reason;

        @Option(names = "--sheet", paramLabel = "FILE", description = "A CSV of decisions: id, status, reason.")
        Path sheet;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            if (sheet != null) {
                if (id != null || decision != null) {
                    throw new CaseException("give either a hit and a decision, or --sheet FILE, not both");
                }
                return applySheet();
            }
            if (id == null || decision == null) {
                throw new CaseException("say which hit and what you decide: HIT_ID --confirm, --reject or --unsure");
            }
            MentionStatus s = decision.confirm
                    ? MentionStatus.CONFIRMED
                    : decision.reject ? MentionStatus.REJECTED : MentionStatus.UNSURE;
            try (CaseServices c = caseOption.open()) {
                Mention m = c.mentions().review(id, s, reason);
                if (json) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("id", m.id());
                    out.put("status", m.status().code());
                    out.put("reason", m.reason());
                    System.out.println(Json.write(out));
                } else {
                    System.out.printf("Hit %s is %s.%n", m.id(), m.status().code());
                }
            }
            return 0;
        }

        private int applySheet() throws IOException {
            if (!Files.isRegularFile(sheet)) throw new CaseException("'" + sheet + "' is not a file");
            List<MentionService.SheetRow> rows = new ArrayList<>();
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get();
            try (Reader in = Files.newBufferedReader(sheet, StandardCharsets.UTF_8);
                    CSVParser csv = CSVParser.parse(in, format)) {
                Map<String, Integer> header = new LinkedHashMap<>();
                csv.getHeaderMap().forEach((k, v) -> header.put(k.strip().toLowerCase(Locale.ROOT), v));
                if (!header.containsKey("id") || !header.containsKey("status")) {
                    throw new CaseException(sheet + ": the first line must name the columns id, status and reason");
                }
                for (CSVRecord r : csv) {
                    rows.add(new MentionService.SheetRow(
                            "line " + (r.getRecordNumber() + 1),
                            cell(r, header, "id"),
                            cell(r, header, "status"),
                            cell(r, header, "reason")));
                }
            }
            try (CaseServices c = caseOption.open()) {
                int n = c.mentions().reviewAll(rows);
                if (json) System.out.println(Json.write(Map.of("reviewed", n)));
                else System.out.println("Reviewed " + Count.of(n, "hit", "hits") + ".");
            }
            return 0;
        }

        private static String cell(CSVRecord r, Map<String, Integer> header, String column) {
            Integer i = header.get(column);
            return i == null || i >= r.size() ? "" : r.get(i);
        }

        @Override
        public AuditNote audit() {
            if (sheet != null)
                return new AuditNote(
                        AuditAction.REVIEW_DECISION, sheet.getFileName().toString(), "sheet");
            String d = decision == null ? "" : decision.confirm ? "confirmed" : decision.reject ? "rejected" : "unsure";
            return new AuditNote(AuditAction.REVIEW_DECISION, id, d);
        }
    }

    @Override
    public AuditNote audit() {
        return new AuditNote(
                AuditAction.MENTIONS_VIEW, person == null ? "" : person, status == null ? "" : "status " + status);
    }
}
