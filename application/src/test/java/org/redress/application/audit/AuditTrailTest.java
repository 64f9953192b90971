package org.redress.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.audit.AuditAction;
import org.redress.core.audit.AuditCheck;
import org.redress.core.audit.AuditEntry;
import org.redress.core.audit.RecordedEntry;
import org.redress.core.port.AuditLog;

class AuditTrailTest {
    /** A log in a list: the chain is the store adapter's business, this test is about what the trail writes. */
    static final class ListLog implements AuditLog {
        final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public void record(AuditEntry entry) {
            entries.add(entry);
        }

        @Override
        public List<RecordedEntry> entries() {
            List<RecordedEntry> out = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) out.add(new RecordedEntry(i + 1, entries.get(i)));
            return out;
        }

        @Override
        public AuditCheck verify() {
            return AuditCheck.intact(entries.size());
        }
    }

    @Test
    void recordsTheActionCodeWhoAndWhenWithControlCharactersRemovedAndLongTextCut() {
        ListLog log = new ListLog();
        Clock clock = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
        AuditTrail trail = new AuditTrail(log, clock);
        trail.record(
                new Actor("ana", "web 127.0.0.1"),
                new AuditNote(AuditAction.SEARCH, "", "q=Rosa\u001b[2J" + "x".repeat(400)));
        AuditEntry e = log.entries.get(0);
        assertThat(e.action()).isEqualTo("search");
        assertThat(e.at()).isEqualTo(clock.instant());
        assertThat(e.who()).isEqualTo("ana");
        assertThat(e.detail()).startsWith("q=Rosa [2J").endsWith("…").hasSize(AuditTrail.MAX_FIELD + 1);
    }

    @Test
    void listsTheEntriesOfTheDaysAsked() {
        ListLog log = new ListLog();
        for (String day : List.of("2024-04-30", "2024-05-01", "2024-05-02")) {
            new AuditTrail(log, Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC))
                    .record(Actor.commandLine(), AuditNote.of(AuditAction.STATUS_VIEW));
        }
        AuditTrail trail = new AuditTrail(log, Clock.systemUTC());
        ZoneId utc = ZoneOffset.UTC;
        assertThat(trail.entries(LocalDate.parse("2024-05-01"), null, utc))
                .extracting(RecordedEntry::number)
                .containsExactly(2L, 3L);
        assertThat(trail.entries(null, LocalDate.parse("2024-05-01"), utc))
                .extracting(RecordedEntry::number)
                .containsExactly(1L, 2L);
        assertThat(Actor.commandLine().from()).isEqualTo("cli");
        assertThat(Actor.commandLine().who()).isEqualTo(System.getProperty("user.name"));
    }
}
