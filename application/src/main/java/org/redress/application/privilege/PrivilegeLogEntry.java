package org.redress.application.privilege;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.redress.core.privilege.PrivilegeKind;

/**
 * One line of the privilege log a party serves when it withholds material as privileged (in US federal courts, Rule
 * 26(b)(5)(A)): enough to assess the claim without revealing what is privileged. For a document: its date, author,
 * recipients, type and the file it was found as; for a finding's note, the claim and element it argues. The basis is
 * the reason given with the mark, for the lawyer to edit into the log's own words.
 *
 * @param number   the line's number in the log, from 1
 * @param date     the date sent (an email) or made; null when the document says none
 * @param author   who sent or wrote it; null when unknown
 * @param found    where it was found (its first path), or the finding's claim and element
 */
public record PrivilegeLogEntry(
        int number,
        String target,
        String id,
        LocalDate date,
        String author,
        List<String> recipients,
        String type,
        String found,
        PrivilegeKind kind,
        String basis,
        String markedBy,
        Instant markedAt) {
    public PrivilegeLogEntry {
        recipients = List.copyOf(recipients);
    }
}
