package org.redress.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.casefolder.CaseException;
import org.redress.app.casefolder.CaseFolder;
import org.redress.app.requests.ICalendar;
import org.redress.app.requests.RequestCsv;
import org.redress.app.requests.RequestDeadlines;
import org.redress.app.requests.RequestInput;
import org.redress.app.requests.RequestJson;
import org.redress.app.requests.RequestLetters;
import org.redress.app.requests.RequestService;
import org.redress.core.requests.Correspondence;
import org.redress.core.requests.Direction;
import org.redress.core.requests.Request;
import org.redress.core.requests.RequestStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code redress requests …}: the case's public-records requests, their deadlines and productions. */
@Command(name = "requests", mixinStandardHelpOptions = true,
        description = {"Track public-records requests: their statutory deadlines, status, correspondence and productions.",
                "%nStatuses: draft, filed, acknowledged, processing, fee_dispute, partial_release, completed, no_records, "
                        + "denied, appealed, in_litigation, withdrawn. A request is named by its number or its tracking number. "
                        + "Laws and holiday calendars are the ones of `redress deadline`; a case's own laws/ and calendars/ "
                        + "folders add to or correct them, and its letters/ folder replaces letter templates.%n"},
        subcommands = {RequestsCommand.Add.class, RequestsCommand.ListCmd.class, RequestsCommand.Show.class,
                RequestsCommand.Update.class, RequestsCommand.Correspond.class, RequestsCommand.Produce.class,
                RequestsCommand.Letter.class, RequestsCommand.Calendar.class, RequestsCommand.Export.class})
final class RequestsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Options every requests subcommand shares. */
    static class Common {
        @Mixin
        CaseOption caseOption;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Option(names = "--today", paramLabel = "DATE", description = "Judge deadlines as of this day (default: today).")
        String today;

        @Option(names = "--soon", paramLabel = "DAYS", defaultValue = "5",
                description = "A deadline within this many days is closing soon (default: ${DEFAULT-VALUE}).")
        int soonDays;

        RequestService service(CaseFolder c) {
            Clock clock = Clock.systemDefaultZone();
            if (today != null) {
                LocalDate d = RequestInput.date("today", today);
                clock = Clock.fixed(d.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
            }
            if (soonDays < 0) throw new CaseException("--soon must be 0 or more days");
            return RequestService.of(c, clock, soonDays);
        }

        static void print(Object json) {
            System.out.println(Json.write(json));
        }
    }

    /** The fields of a request, for add and update. */
    static class Fields {
        @Option(names = "--law", paramLabel = "LAW", description = "us-foia, us-vt, us-ny, us-ca, us-wa, us-co, or a law added in the case's laws/ folder.")
        String law;
        @Option(names = "--agency", paramLabel = "AGENCY", description = "The agency asked, e.g. \"U.S. Immigration and Customs Enforcement\".")
        String agency;
        @Option(names = "--office", paramLabel = "OFFICE", description = "The office or component within the agency.")
        String office;
        @Option(names = {"--subject", "--asked"}, paramLabel = "TEXT", description = "What was asked for.")
        String subject;
        @Option(names = "--filed", paramLabel = "DATE", description = "When the request was sent (YYYY-MM-DD).")
        String filed;
        @Option(names = "--received", paramLabel = "DATE", description = "When the agency received it: day 0 of the statutory clock.")
        String received;
        @Option(names = "--tracking", paramLabel = "NUMBER", description = "The agency's tracking number.")
        String tracking;
        @Option(names = "--status", paramLabel = "STATUS", description = "One of: ${COMPLETION-CANDIDATES}.",
                completionCandidates = StatusIds.class)
        String status;
        @Option(names = "--fees", paramLabel = "AMOUNT", description = "Fees assessed, e.g. 25.50 (empty to clear).")
        String fees;
        @Option(names = "--extension", paramLabel = "yes|no", arity = "0..1", fallbackValue = "yes",
                description = "The agency invoked the statutory extension (unusual circumstances).")
        String extension;
        @Option(names = "--expedited", paramLabel = "yes|no", arity = "0..1", fallbackValue = "yes",
                description = "Expedited processing was asked for.")
        String expedited;
        @Option(names = "--tolled", paramLabel = "FROM:TO", description = "A period the clock stopped (repeatable; replaces the stored periods; \"\" clears).")
        List<String> tolled;
        @Option(names = "--determined", paramLabel = "DATE", description = "Date of the agency's determination (starts the appeal window).")
        String determined;
        @Option(names = "--appealed", paramLabel = "DATE", description = "Date the appeal was received (starts the appeal decision clock).")
        String appealed;
        @Option(names = "--appeal-agency", paramLabel = "AGENCY", description = "Agency whose regulation sets the appeal window, e.g. DHS.")
        String appealAgency;
        @Option(names = "--notes", paramLabel = "TEXT", description = "Free notes.")
        String notes;

        RequestInput input() {
            RequestInput in = new RequestInput();
            in.law = law; in.agency = agency; in.office = office; in.subject = subject; in.filed = filed;
            in.received = received; in.trackingNumber = tracking; in.status = status; in.fees = fees;
            in.extension = extension; in.expedited = expedited; in.tolled = tolled; in.determined = determined;
            in.appealed = appealed; in.appealAgency = appealAgency; in.notes = notes;
            return in;
        }
    }

    static final class StatusIds extends ArrayList<String> {
        StatusIds() {
            for (RequestStatus s : RequestStatus.values()) add(s.id());
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a records request (--law, --agency and --subject are required).")
    static final class Add extends Common implements Callable<Integer> {
        @Mixin
        Fields fields = new Fields();

        @Override
        public Integer call() throws Exception {
            try (CaseFolder c = CaseFolder.open(caseOption.folder())) {
                RequestService s = service(c);
                Request r = s.add(fields.input());
                if (json) print(RequestJson.detail(s.detail(r)));
                else System.out.println("Added request " + r.id() + (r.trackingNumber() == null ? "" : " (" + r.trackingNumber() + ")")
                        + ": " + r.lawId() + ", " + r.agency() + ", " + r.status().id() + nextText(s.listed(r)));
            }
            return 0;
        }
    }

    static String nextText(RequestService.Listed l) {
        var next = l.schedule().next();
        if (next.isEmpty()) return l.schedule().problem() == null ? "" : "; no deadline yet (" + l.schedule().problem() + ")";
        var i = next.get();
        return "; next: " + ICalendarTitles.of(i.kind()) + " " + i.due() + flags(l);
    }

    static String flags(RequestService.Listed l) {
        if (l.schedule().overdue()) return " [OVERDUE]";
        if (l.schedule().closingSoon()) return " [closing soon]";
        return "";
    }

    /** Human titles of deadline kinds (shared with the calendar). */
    static final class ICalendarTitles {
        static String of(String kind) {
            return switch (kind) {
                case "response_due" -> "response due";
                case "extended_due" -> "extended response due";
                case "expedited_decision_due" -> "expedited decision due";
                case "appeal_window_closes" -> "last day to appeal";
                case "appeal_decision_due" -> "appeal decision due";
                default -> kind;
            };
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the requests, overdue ones first, then by their next deadline.")
    static final class ListCmd extends Common implements Callable<Integer> {
        @Option(names = "--overdue", description = "Only requests with an overdue deadline.")
        boolean overdue;

        @Override
        public Integer call() throws Exception {
            try (CaseFolder c = CaseFolder.open(caseOption.folder())) {
                RequestService s = service(c);
                List<RequestService.Listed> all = s.list(overdue);
                if (json) {
                    print(RequestJson.list(all, s.deadlines()));
                    return 0;
                }
                if (all.isEmpty()) {
                    System.out.println(overdue ? "No request is overdue." : "No requests yet; add one with: redress requests add --help");
                    return 0;
                }
                System.out.printf("%-5s %-20s %-8s %-16s %-24s %s%n", "ID", "TRACKING", "LAW", "STATUS", "NEXT DEADLINE", "AGENCY");
                for (RequestService.Listed l : all) {
                    Request r = l.request();
                    String next = l.schedule().next().map(i -> i.due() + " " + (l.schedule().overdue() ? "OVERDUE" : l.schedule().closingSoon() ? "soon" : ""))
                            .orElse("-");
                    System.out.printf("%-5d %-20s %-8s %-16s %-24s %s%n", r.id(), r.trackingNumber() == null ? "-" : r.trackingNumber(),
                            r.lawId(), r.status().id(), next.trim(), r.agency());
                }
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "A request with its deadlines, correspondence and productions.")
    static final class Show extends Common implements Callable<Integer> {
        @Parameters(paramLabel = "REQUEST", description = "Its number or tracking number.")
        String ref;

        @Override
        public Integer call() throws Exception {
            try (CaseFolder c = CaseFolder.open(caseOption.folder())) {
                RequestService s = service(c);
                RequestService.Detail d = s.detail(s.find(ref));
                if (json) print(RequestJson.detail(d));
                else System.out.print(plain(d));
            }
            return 0;
        }

        static String plain(RequestService.Detail d) {
            Request r = d.listed().request();
            StringBuilder out = new StringBuilder();
            out.append("Request ").append(r.id()).append(r.trackingNumber() == null ? "" : " · " + r.trackingNumber())
                    .append(" · ").append(r.lawId()).append(" · ").append(r.status().id()).append('\n');
            out.append("Agency: ").append(r.agency()).append(r.office() == null ? "" : " — " + r.office()).append('\n');
            out.append("Asked for: ").append(r.subject()).append('\n');
            out.append("Filed: ").append(or(r.filed())).append("   Received: ").append(or(r.received()))
                    .append("   Determined: ").append(or(r.determined())).append("   Appealed: ").append(or(r.appealed())).append('\n');
            if (r.fees() != null) out.append("Fees: ").append(r.fees().toPlainString()).append('\n');
            if (!r.tolled().isEmpty()) out.append("Clock stopped: ").append(r.tolled()).append('\n');
            if (r.notes() != null) out.append("Notes: ").append(r.notes()).append('\n');
            out.append("\nDeadlines:\n");
            if (d.listed().schedule().problem() != null) out.append("  none: ").append(d.listed().schedule().problem()).append('\n');
            for (RequestDeadlines.Item i : d.listed().schedule().items()) {
                out.append(String.format("  %-24s %s  %s%s (%d %s days, %s)%n", ICalendarTitles.of(i.kind()), i.due(),
                        i.overdue() ? "OVERDUE " : i.closingSoon() ? "closing soon " : "", i.applies() ? "" : "(does not apply)",
                        i.days(), i.counting(), i.citation()));
            }
            out.append("\nCorrespondence:\n");
            if (d.correspondence().isEmpty()) out.append("  none\n");
            for (Correspondence c : d.correspondence()) {
                out.append("  ").append(c.date()).append(' ').append(c.direction() == Direction.IN ? "from agency" : "to agency  ")
                        .append(' ').append(c.kind()).append(": ").append(c.summary());
                c.attachments().forEach(a -> out.append(" [").append(a.name()).append(']'));
                out.append('\n');
            }
            out.append("\nProductions:\n");
            if (d.productions().isEmpty()) out.append("  none\n");
            for (RequestService.ProductionView v : d.productions()) {
                var p = v.production();
                out.append("  ").append(p.number()).append(". ").append(p.sourceName()).append(", received ").append(or(p.received()))
                        .append(", ").append(v.documentIds().size()).append(" document(s)");
                if (p.batesFrom() != null) out.append(", Bates ").append(p.batesFrom()).append("..").append(p.batesTo());
                if (!p.exemptions().isEmpty()) out.append(", exemptions ").append(String.join(" ", p.exemptions()));
                out.append("\n     search: ").append(v.searchQuery()).append('\n');
            }
            return out.toString();
        }
    }

    static String or(Object o) {
        return o == null ? "-" : o.toString();
    }

    @Command(name = "update", mixinStandardHelpOptions = true, description = "Change fields of a request; options not given stay as they are.")
    static final class Update extends Common implements Callable<Integer> {
        @Parameters(paramLabel = "REQUEST", description = "Its number or tracking number.")
        String ref;

        @Mixin
        Fields fields = new Fields();

        @Override
        public Integer call() throws Exception {
            try (CaseFolder c = CaseFolder.open(caseOption.folder())) {
                RequestService s = service(c);
                Request r = s.update(s.find(ref), fields.input());
                if (json) print(RequestJson.detail(s.detail(r)));
                else System.out.println("Updated request " + r.id() + ": " + r.status().id() + nextText(s.listed(r)));
            }
            return 0;
        }
    }

    @Command(name = "correspond", mixinStandardHelpOptions = true,
            description = "Record a letter, email or call about a request; attached files are kept as originals.")
    static final class Correspond extends Common implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "REQUEST", description = "Its number or tracking number.")
        String ref;
        @Option(names = "--date", required = true, paramLabel = "DATE", description = "Date of the letter or call.")
        String date;
        @Option(names = "--direction", required = true, paramLabel = "in|out", description = "in: from the agency; out: to the agency.")
        String direction;
        @Option(names = "--kind", paramLabel = "KIND", defaultValue = "letter",
                description = "e.g. request, acknowledgment, fee_notice, clarification, determination, appeal, call (default: ${DEFAULT-VALUE}).")
        String kind;
        @Option(names = "--summary", paramLabel = "TEXT", description = "What it says.")
        String summary;
        @Parameters(index = "1..*", paramLabel = "ATTACHMENT", arity = "0..*", description = "Files attached to it.")
        List<Path> attachments = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            try (CaseFolder c = CaseFolder.open(caseOption.folder())) {
                RequestService s = service(c);
                Request r = s.find(ref);
                Correspondence added = s.correspond(r, RequestInput.date("date", date), Direction.parse(direction), kind,
                        summary, attachments);
                if (json) print(RequestJson.correspondence(added));
                else System.out.println("Recorded " + added.kind() + " of " + added.date() + " for request " + r.id()
                        + (added.attachments().isEmpty() ? "" : " with " + added.attachments().size() + " attachment(s)"));
            }
            return 0;
        }
    }

    @Command(name = "produce", mixinStandardHelpOptions = true,
            description = "Ingest a production received for a request into the corpus, as a source named "
                    + "\"<tracking number> production <n>\", and link it to the request.")
    static final class Produce extends Common implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "REQUEST", description = "Its number or tracking number.")
        String ref;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Files and folders of the production.")
        List<Path> paths;
        @Option(names = "--received", paramLabel = "DATE", description = "When the production was received.")
        String received;
        @Option(names = "--bates", paramLabel = "FROM-TO", description = "Bates range, e.g. ICE-000001-ICE-000250 (or FROM..TO).")
        String bates;
        @Option(names = "--exemptions", paramLabel = "LIST", description = "Exemptions claimed, e.g. \"(b)(6);(b)(7)(C)\".")
        String exemptions;
        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", description = "Give up on a file after this many seconds without progress.")
        int timeoutSeconds;
        @Option(names = "--worker-memory", paramLabel = "MB", defaultValue = "1024", description = "Memory limit of each isolated reader process.")
        int workerMemory;

        @Override
        public Integer call() throws Exception {
            try (CaseFolder c = CaseFolder.open(caseOption.folder())) {
                RequestService s = service(c);
                Request r = s.find(ref);
                RequestService.Produced p = s.produce(r, RequestInput.date("received", received), bates, exemptions, paths,
                        Duration.ofSeconds(timeoutSeconds), workerMemory);
                if (json) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("production", RequestJson.production(new RequestService.ProductionView(p.production(),
                            s.store().documentIds(p.production().id()))));
                    out.put("ingest", p.ingest());
                    print(out);
                } else {
                    System.out.println("Production " + p.production().number() + " of request " + r.id() + " is source \""
                            + p.production().sourceName() + "\".");
                    System.out.println(IngestReport.plain(p.ingest()));
                }
            }
            return 0;
        }
    }

    @Command(name = "letter", mixinStandardHelpOptions = true,
            description = "Write the request letter for a request from its law's template (text or DOCX).")
    static final class Letter extends Common implements Callable<Integer> {
        @Parameters(paramLabel = "REQUEST", description = "Its number or tracking number.")
        String ref;
        @Option(names = "--fee-waiver", description = "Include the fee-waiver paragraph.")
        boolean feeWaiver;
        @Option(names = "--expedited", description = "Include the expedited-processing paragraph (also when the request records it).")
        boolean expedited;
        @Option(names = "--requester", paramLabel = "NAME", description = "Who signs the letter.")
        String requester;
        @Option(names = "--contact", paramLabel = "TEXT", description = "Address, email, telephone under the signature.")
        String contact;
        @Option(names = "--date", paramLabel = "DATE", description = "Date of the letter (default: today).")
        String date;
        @Option(names = "--format", paramLabel = "text|docx", defaultValue = "text", description = "text (default) or docx.")
        String format;
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (required for docx).")
        Path output;

        @Override
        public Integer call() throws Exception {
            try (CaseFolder c = CaseFolder.open(caseOption.folder())) {
                RequestService s = service(c);
                Request r = s.find(ref);
                LocalDate day = date == null ? s.deadlines().today() : RequestInput.date("date", date);
                RequestLetters letters = new RequestLetters(c.root().resolve("letters"));
                RequestLetters.Options o = new RequestLetters.Options(day, requester, contact, feeWaiver, expedited);
                switch (format) {
                    case "text" -> {
                        String text = letters.text(r, o);
                        if (json) {
                            Map<String, Object> out = new LinkedHashMap<>();
                            out.put("request", r.id());
                            out.put("law", r.lawId());
                            out.put("text", text);
                            if (output != null) Files.writeString(output, text, StandardCharsets.UTF_8);
                            out.put("output", output == null ? null : output.toString());
                            print(out);
                        } else if (output != null) {
                            Files.writeString(output, text, StandardCharsets.UTF_8);
                            System.out.println("Wrote " + output);
                        } else {
                            System.out.print(text);
                        }
                    }
                    case "docx" -> {
                        if (output == null) throw new CaseException("a DOCX letter needs --output FILE.docx");
                        try (OutputStream out = Files.newOutputStream(output)) {
                            letters.docx(r, o, out);
                        }
                        if (json) print(Map.of("request", r.id(), "law", r.lawId(), "output", output.toString()));
                        else System.out.println("Wrote " + output);
                    }
                    default -> throw new CaseException("--format is text or docx, not '" + format + "'");
                }
            }
            return 0;
        }
    }

    @Command(name = "calendar", mixinStandardHelpOptions = true,
            description = "Every binding deadline of the case's requests as an iCalendar (.ics) file for the team's calendars.")
    static final class Calendar extends Common implements Callable<Integer> {
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (default: standard output).")
        Path output;

        @Override
        public Integer call() throws Exception {
            try (CaseFolder c = CaseFolder.open(caseOption.folder())) {
                RequestService s = service(c);
                String ics = ICalendar.of(s.list(false), java.time.Instant.now(), caseName(c));
                write(output, ics);
            }
            return 0;
        }
    }

    static String caseName(CaseFolder c) {
        Path name = c.root().toAbsolutePath().normalize().getFileName();
        return name == null ? "case" : name.toString();
    }

    static void write(Path output, String text) throws IOException {
        if (output != null) {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } else {
            PrintStream out = System.out;
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Export the requests with their next deadline (CSV).")
    static final class Export extends Common implements Callable<Integer> {
        @Option(names = "--format", paramLabel = "csv", defaultValue = "csv", description = "csv (the only format for now).")
        String format;
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (default: standard output).")
        Path output;

        @Override
        public Integer call() throws Exception {
            if (!"csv".equals(format)) throw new CaseException("--format is csv, not '" + format + "'");
            try (CaseFolder c = CaseFolder.open(caseOption.folder())) {
                RequestService s = service(c);
                write(output, RequestCsv.of(s.list(false), id -> s.store().productions(id).size()));
            }
            return 0;
        }
    }
}
