package org.redress.app.cli.requests;

import java.util.ArrayList;
import java.util.List;
import org.redress.application.requests.RequestInput;
import org.redress.core.requests.RequestStatus;
import picocli.CommandLine.Option;

/** The fields of a request as options, for add and update. */
final class RequestFields {
    @Option(
            names = "--law",
            paramLabel = "LAW",
            description = "us-foia, us-vt, us-ny, us-ca, us-wa, us-co, or a law added in the case's laws/ folder.")
    String law;

    @Option(
            names = "--agency",
            paramLabel = "AGENCY",
            description = "The agency asked, e.g. \"U.S. Immigration and Customs Enforcement\".")
    String agency;

    @Option(names = "--office", paramLabel = "OFFICE", description = "The office or component within the agency.")
    String office;

    @Option(
            names = {"--subject", "--asked"},
            paramLabel = "TEXT",
            description = "What was asked for.")
    String subject;

    @Option(names = "--filed", paramLabel = "DATE", description = "When the request was sent (YYYY-MM-DD).")
    String filed;

    @Option(
            names = "--received",
            paramLabel = "DATE",
            description = "When the agency received it: day 0 of the statutory clock.")
    String received;

    @Option(names = "--tracking", paramLabel = "NUMBER", description = "The agency's tracking number.")
    String tracking;

    @Option(
            names = "--status",
            paramLabel = "STATUS",
            description = "One of: ${COMPLETION-CANDIDATES}.",
            completionCandidates = StatusIds.class)
    String status;

    @Option(names = "--fees", paramLabel = "AMOUNT", description = "Fees assessed, e.g. 25.50 (empty to clear).")
    String fees;

    @Option(
            names = "--extension",
            paramLabel = "yes|no",
            arity = "0..1",
            fallbackValue = "yes",
            description = "The agency invoked the statutory extension (unusual circumstances).")
    String extension;

    @Option(
            names = "--expedited",
            paramLabel = "yes|no",
            arity = "0..1",
            fallbackValue = "yes",
            description = "Expedited processing was asked for.")
    String expedited;

    @Option(
            names = "--tolled",
            paramLabel = "FROM:TO",
            description = "A period the clock stopped (repeatable; replaces the stored periods; \"\" clears).")
    List<String> tolled;

    @Option(
            names = "--determined",
            paramLabel = "DATE",
            description = "Date of the agency's determination (starts the appeal window).")
    String determined;

    @Option(
            names = "--appealed",
            paramLabel = "DATE",
            description = "Date the appeal was received (starts the appeal decision clock).")
    String appealed;

    @Option(
            names = "--appeal-agency",
            paramLabel = "AGENCY",
            description = "Agency whose regulation sets the appeal window, e.g. DHS.")
    String appealAgency;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Free notes.")
    String notes;

    RequestInput input() {
        RequestInput in = new RequestInput();
        in.law = law;
        in.agency = agency;
        in.office = office;
        in.subject = subject;
        in.filed = filed;
        in.received = received;
        in.trackingNumber = tracking;
        in.status = status;
        in.fees = fees;
        in.extension = extension;
        in.expedited = expedited;
        in.tolled = tolled;
        in.determined = determined;
        in.appealed = appealed;
        in.appealAgency = appealAgency;
        in.notes = notes;
        return in;
    }

    /** The status ids, offered as completion candidates of --status. */
    static final class StatusIds extends ArrayList<String> {
        StatusIds() {
            for (RequestStatus s : RequestStatus.values()) add(s.id());
        }
    }
}
