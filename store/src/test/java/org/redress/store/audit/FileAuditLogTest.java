package org.redress.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.audit.AuditCheck;
import org.redress.core.audit.AuditEntry;
import org.redress.core.audit.RecordedEntry;

/** The chain and its seal on real files: each way of tampering is found and the first bad entry named. */
class FileAuditLogTest {
    @TempDir
    Path caseDir;

    FileAuditLog log;
    Path entries;

    @BeforeEach
    void fiveEntries() {
        log = FileAuditLog.of(caseDir);
        log.prepare();
        for (int i = 1; i <= 5; i++) log.record(entry("search", "", "query " + i));
        entries = caseDir.resolve("audit/entries.log");
    }

    static AuditEntry entry(String action, String target, String detail) {
        return new AuditEntry(Instant.parse("2024-05-01T10:00:00Z"), "ana", "cli", action, target, detail);
    }

    @Test
    void anUntouchedLogIsIntactAndReadsBackInOrder() {
        assertThat(log.verify()).isEqualTo(AuditCheck.intact(5));
        List<RecordedEntry> all = log.entries();
        assertThat(all).extracting(RecordedEntry::number).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(all.get(2).entry().detail()).isEqualTo("query 3");
    }

    @Test
    void tabsLineBreaksAndBackslashesInAFieldStayOneEntry() {
        log.record(entry("search", "a\tb", "line one\nline two \\ end"));
        assertThat(log.verify().isIntact()).isTrue();
        RecordedEntry last = log.entries().get(5);
        assertThat(last.entry().target()).isEqualTo("a\tb");
        assertThat(last.entry().detail()).isEqualTo("line one\nline two \\ end");
    }

    @Test
    void anEditedEntryIsNamed() throws IOException {
        rewrite(lines -> lines.set(2, lines.get(2).replace("query 3", "query X")));
        AuditCheck check = log.verify();
        assertThat(check.firstBad()).isEqualTo(3);
        assertThat(check.problem()).contains("entry 3 was altered");
    }

    @Test
    void anEditWhoseHashesWereRecomputedIsCaughtByTheSeal() throws IOException {
        // Someone without the key rewrites entry 3 and every hash after it: the chain holds, the seal does not.
        List<String> lines = Files.readAllLines(entries);
        String previous = AuditLine.GENESIS;
        List<String> forged = new ArrayList<>();
        for (String text : lines) {
            AuditLine l = AuditLine.parse(text).orElseThrow();
            AuditEntry e = l.number() == 3 ? entry("search", "", "nothing to see") : l.entry();
            AuditLine again = AuditLine.chain(l.number(), e, previous);
            forged.add(again.text());
            previous = again.hash();
        }
        Files.write(entries, forged);
        AuditCheck check = log.verify();
        assertThat(check.isIntact()).isFalse();
        assertThat(check.problem()).contains("entry 5 is not the entry that was sealed");
    }

    @Test
    void aDeletedEntryIsNamed() throws IOException {
        rewrite(lines -> lines.remove(2));
        AuditCheck check = log.verify();
        assertThat(check.firstBad()).isEqualTo(3);
        assertThat(check.problem()).contains("entry 3 is missing or out of place");
    }

    @Test
    void reorderedEntriesAreNamed() throws IOException {
        rewrite(lines -> Collections.swap(lines, 1, 3));
        AuditCheck check = log.verify();
        assertThat(check.firstBad()).isEqualTo(2);
        assertThat(check.problem()).contains("entry 2 is missing or out of place: entry 4 stands where it should be");
    }

    @Test
    void aCutOffTailIsNamed() throws IOException {
        rewrite(lines -> lines.subList(3, 5).clear());
        AuditCheck check = log.verify();
        assertThat(check.firstBad()).isEqualTo(4);
        assertThat(check.problem()).contains("entries 4 to 5 were cut off the end of the log");
    }

    @Test
    void aLineCutInHalfIsNamed() throws IOException {
        byte[] all = Files.readAllBytes(entries);
        Files.write(entries, java.util.Arrays.copyOf(all, all.length - 40));
        AuditCheck check = log.verify();
        assertThat(check.firstBad()).isEqualTo(5);
    }

    @Test
    void aReplacedSealIsFound() throws IOException {
        // A seal made with another key (an attacker's own) over the same chain.
        Seal forged = Seal.of(
                5,
                AuditLine.parse(Files.readAllLines(entries).get(4))
                        .orElseThrow()
                        .hash(),
                new byte[32]);
        Files.writeString(caseDir.resolve("audit/head"), forged.text());
        AuditCheck check = log.verify();
        assertThat(check.isIntact()).isFalse();
        assertThat(check.problem()).contains("was not made with this case's key");
    }

    @Test
    void aDeletedSealOrKeyIsFound() throws IOException {
        Files.delete(caseDir.resolve("audit/head"));
        assertThat(log.verify().problem()).contains("seal of the log (audit/head) is missing");
        Files.delete(caseDir.resolve("keys/audit.key"));
        assertThat(log.verify().problem()).contains("audit key (keys/audit.key) is missing");
    }

    @Test
    void aDeletedLogIsFoundBecauseTheEmptyChainWasSealedAtInit() throws IOException {
        Files.delete(entries);
        assertThat(log.verify().problem()).contains("entries 1 to 5 were cut off");
    }

    @Test
    void recordingAfterTamperingDoesNotHideIt() throws IOException {
        rewrite(lines -> lines.subList(3, 5).clear());
        log.record(entry("search", "", "later"));
        AuditCheck check = log.verify();
        assertThat(check.isIntact()).isFalse();
        assertThat(check.firstBad()).isEqualTo(4);
    }

    @Test
    void anAppendInterruptedBeforeItsSealIsSealedByTheNextOne() throws IOException {
        Path head = caseDir.resolve("audit/head");
        String sealOfFive = Files.readString(head);
        log.record(entry("search", "", "six"));
        Files.writeString(head, sealOfFive); // as if the process died after writing line 6
        assertThat(log.verify().problem()).contains("entry 6 is not sealed");
        log.record(entry("search", "", "seven"));
        assertThat(log.verify()).isEqualTo(AuditCheck.intact(7));
    }

    @Test
    void theKeyIsReadableByItsOwnerOnly() throws IOException {
        Path key = caseDir.resolve("keys/audit.key");
        assertThat(Files.size(key)).isEqualTo(32);
        if (key.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void threadsAppendingAtOnceKeepTheChain() throws Exception {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int id = t;
            Thread thread = new Thread(() -> {
                FileAuditLog own = FileAuditLog.of(caseDir); // each thread its own instance, as serve and a command
                for (int i = 0; i < 25; i++) own.record(entry("search", "t" + id, "n" + i));
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) t.join();
        assertThat(log.verify()).isEqualTo(AuditCheck.intact(105));
    }

    @Test
    void processesAppendingAtOnceKeepTheChain() throws Exception {
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            processes.add(new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            AuditAppender.class.getName(),
                            caseDir.toString(),
                            "40")
                    .redirectErrorStream(true)
                    .start());
        }
        for (int i = 0; i < 40; i++) log.record(entry("search", "here", "n" + i));
        for (Process p : processes) {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(out).isZero();
        }
        assertThat(log.verify()).isEqualTo(AuditCheck.intact(125));
    }

    private interface Edit {
        void apply(List<String> lines);
    }

    private void rewrite(Edit edit) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(entries));
        edit.apply(lines);
        Files.write(entries, lines);
    }
}
