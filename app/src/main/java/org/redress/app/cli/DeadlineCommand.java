package org.redress.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.redress.analysis.deadline.Deadline;
import org.redress.analysis.deadline.DeadlineCalculator;
import org.redress.analysis.deadline.DeadlineInputException;
import org.redress.analysis.deadline.Holiday;
import org.redress.analysis.deadline.LawLibrary;
import org.redress.analysis.deadline.Tolling;
import org.redress.core.Count;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code redress deadline}: the statutory due date of a public-records request. */
@Command(
        name = "deadline",
        mixinStandardHelpOptions = true,
        description = "Compute the statutory deadline of a public-records request (business or calendar days, "
                + "holidays and tolling as the law says).",
        exitCodeOnInvalidInput = 1,
        exitCodeOnExecutionException = 2)
public final class DeadlineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--law",
            required = true,
            paramLabel = "LAW",
            description = "Law id, e.g. us-foia, us-vt, us-ny, us-ca, us-wa, us-co.")
    String law;

    @Option(
            names = "--received",
            required = true,
            paramLabel = "DATE",
            description = "Date the agency received the request (YYYY-MM-DD).")
    String received;

    @Option(names = "--extension", description = "Apply the law's extension (e.g. unusual circumstances).")
    boolean extension;

    @Option(
            names = "--tolled",
            paramLabel = "FROM:TO",
            description = "A period (both days included) during which the clock stopped; repeatable.")
    List<String> tolled = new ArrayList<>();

    @Option(
            names = "--determination",
            paramLabel = "DATE",
            description = "Date of the agency's determination: also report when the appeal window closes.")
    String determination;

    @Option(
            names = "--appeal-received",
            paramLabel = "DATE",
            description = "Date the appeal was received: also report when the appeal decision is due.")
    String appealReceived;

    @Option(
            names = "--agency",
            paramLabel = "AGENCY",
            description = "Agency whose own regulation sets the appeal window, e.g. DHS.")
    String agency;

    @Option(
            names = "--calendar-option",
            paramLabel = "OPTION",
            description = "Optional holidays to count, e.g. inauguration-dc, executive-closures; repeatable.")
    List<String> calendarOptions = new ArrayList<>();

    @Option(
            names = "--laws-dir",
            paramLabel = "DIR",
            description = "Folder with laws/*.json and calendars/*.json that add to or replace the built-in ones.")
    Path lawsDir;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    private final ObjectMapper mapper = org.redress.app.json.Json.MAPPER;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            LocalDate receivedDate = date("--received", received);
            LocalDate determinationDate = determination == null ? null : date("--determination", determination);
            LocalDate appealDate = appealReceived == null ? null : date("--appeal-received", appealReceived);
            List<Tolling> tolling = tolled.stream().map(Tolling::parse).toList();
            Set<String> options = new LinkedHashSet<>(calendarOptions);
            DeadlineCalculator calc = new DeadlineCalculator(LawLibrary.load(lawsDir));

            Deadline main = calc.compute(law, receivedDate, extension, tolling, options);
            List<Deadline> more = new ArrayList<>();
            if (determinationDate != null)
                more.add(calc.appealWindowCloses(law, receivedDate, determinationDate, agency, options));
            if (appealDate != null) more.add(calc.appealDecisionDue(law, receivedDate, appealDate, List.of(), options));

            if (json) {
                out.println(mapper.writeValueAsString(toJson(main, more)));
            } else {
                out.println(sentence(main));
                for (Deadline d : more) out.println(sentence(d));
            }
            out.flush();
            return 0;
        } catch (org.redress.core.UserMistake e) {
            err.println("redress deadline: " + e.getMessage());
            err.flush();
            return 1;
        } catch (Exception e) {
            err.println("redress deadline: internal error: " + e);
            err.flush();
            return 2;
        }
    }

    private static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new DeadlineInputException("bad date for " + option + ": '" + value + "' (use YYYY-MM-DD)");
        }
    }

    private ObjectNode toJson(Deadline main, List<Deadline> more) {
        ObjectNode o = deadlineJson(main);
        o.put("extension", extension);
        ArrayNode tolledNode = o.putArray("tolled");
        tolled.forEach(tolledNode::add);
        ArrayNode others = o.putArray("otherDeadlines");
        more.forEach(d -> others.add(deadlineJson(d)));
        return o;
    }

    private ObjectNode deadlineJson(Deadline d) {
        ObjectNode o = mapper.createObjectNode();
        o.put("kind", d.kind().id());
        o.put("due", d.due().toString());
        o.put("days", d.businessDays());
        o.put("counting", d.counting().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode skipped = o.putArray("skipped");
        for (Holiday h : d.skipped()) {
            ObjectNode s = skipped.addObject();
            s.put("date", h.date().toString());
            s.put("name", h.displayName());
            s.put("statute", h.statute());
        }
        o.put("tolledDays", d.tolledDays());
        o.put("start", d.start().toString());
        o.put("law", d.lawId());
        o.put("lawVersion", d.version());
        o.put("citation", d.citation());
        o.put("lawCitation", d.lawCitation());
        o.put("calendar", d.calendar());
        if (d.missedDeadline() != null) {
            ObjectNode m = o.putObject("ifMissed");
            m.put("meaning", d.missedDeadline().meaning());
            m.put("text", d.missedDeadline().text());
            m.put("citation", d.missedDeadline().citation());
        }
        ArrayNode notes = o.putArray("notes");
        d.notes().forEach(notes::add);
        return o;
    }

    private static String sentence(Deadline d) {
        String what = switch (d.kind()) {
            case INITIAL_RESPONSE -> "The agency's response to a request received " + d.start() + " is due";
            case EXTENDED_RESPONSE -> "With the extension, the response to a request received " + d.start() + " is due";
            case EXPEDITED_DECISION -> "The decision on expedited processing is due";
            case APPEAL_WINDOW -> "The appeal of the determination of " + d.start() + " must be filed by";
            case APPEAL_DECISION -> "The decision on the appeal received " + d.start() + " is due";
        };
        StringBuilder s = new StringBuilder(what)
                .append(' ')
                .append(d.due())
                .append(" (")
                .append(d.businessDays())
                .append(' ')
                .append(d.counting().name().equals("BUSINESS") ? "business" : "calendar")
                .append(" days under ")
                .append(d.citation())
                .append(", ")
                .append(d.lawId())
                .append(" version ")
                .append(d.version())
                .append(").");
        if (!d.skipped().isEmpty()) {
            s.append(" Holidays skipped: ")
                    .append(String.join(
                            ", ",
                            d.skipped().stream()
                                    .map(h -> h.displayName() + " " + h.date())
                                    .toList()))
                    .append('.');
        }
        if (d.tolledDays() > 0)
            s.append(" The clock was stopped for ")
                    .append(Count.of(d.tolledDays(), "day", "days"))
                    .append('.');
        if (d.missedDeadline() != null)
            s.append(" If missed: ").append(d.missedDeadline().text());
        return s.toString();
    }
}
