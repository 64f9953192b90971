package org.redress.app.cli.requests;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code redress requests …}: the case's public-records requests, their deadlines and productions. */
@Command(
        name = "requests",
        mixinStandardHelpOptions = true,
        description = {
            "Track public-records requests: their statutory deadlines, status, correspondence and productions.",
            "%nStatuses: draft, filed, acknowledged, processing, fee_dispute, partial_release, completed, no_records, "
                    + "denied, appealed, in_litigation, withdrawn. A request is named by its number or its tracking number. "
                    + "Laws and holiday calendars are the ones of `redress deadline`; a case's own laws/ and calendars/ "
                    + "folders add to or correct them, and its letters/ folder replaces letter templates.%n"
        },
        subcommands = {
            AddCommand.class,
            ListCommand.class,
            ShowCommand.class,
            UpdateCommand.class,
            CorrespondCommand.class,
            ProduceCommand.class,
            LetterCommand.class,
            CalendarCommand.class,
            ExportCommand.class
        })
public final class RequestsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
