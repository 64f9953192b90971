package org.redress.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code redress encrypt} in a real process, killed with SIGKILL at several moments of its run, then run again until
 * it finishes: the case ends encrypted, verifies, its audit log verifies, and it finds what it held.
 */
class EncryptKilledTest {
    @TempDir
    Path tmp;

    @Test
    void killedAgainAndAgainItFinishesAndLosesNothing() throws Exception {
        Path ram = MemoryFolder.create("redress-kill-test-");
        RedressProcess redress = new RedressProcess(
                Files.createDirectories(tmp.resolve("tmpdir")),
                Map.of("REDRESS_PASSPHRASE", "a passphrase for the kill test", "REDRESS_RAM_DIR", ram.toString()));
        String dir = tmp.resolve("case").toString();
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 40; i++)
            Files.writeString(in.resolve("memo-" + i + ".txt"), "Memo " + i + ": Itzel Quetzalcanary was seen.");
        assertThat(redress.run("init", "--case", dir).code()).isZero();
        assertThat(redress.run("ingest", "--case", dir, in.toString()).code()).isZero();

        List<String> outcomes = new ArrayList<>();
        for (long delay : new long[] {900, 1800, 2700, 3600, 4500, 5400}) {
            Process p = redress.builder("encrypt", "--case", dir)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                outcomes.add(delay + " ms: exited " + p.exitValue());
            } else {
                p.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs
                p.waitFor();
                outcomes.add(delay + " ms: killed");
            }
        }
        System.out.println("redress encrypt runs before the last: " + outcomes);
        RedressProcess.Run last = redress.run("encrypt", "--case", dir);
        assertThat(last.code() == 0 || last.err().contains("already encrypted"))
                .as(outcomes + "\n" + last)
                .isTrue();
        assertThat(outcomes).as("at least one run was killed part-way").anyMatch(o -> o.endsWith("killed"));

        assertThat(Files.exists(Path.of(dir, "keys", "case-key.json"))).isTrue();
        assertThat(Files.exists(Path.of(dir, ".encrypting"))).isFalse();
        assertThat(Files.exists(Path.of(dir, ".plain-old"))).isFalse();
        RedressProcess.Run verify = redress.run("verify", "--case", dir);
        assertThat(verify.code()).as(verify.toString()).isZero();
        RedressProcess.Run audit = redress.run("audit", "verify", "--case", dir);
        assertThat(audit.code()).as(audit.toString()).isZero();
        RedressProcess.Run search = redress.run("search", "--case", dir, "--json", "Quetzalcanary");
        assertThat(search.code()).as(search.toString()).isZero();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(search.out())
                        .get("total")
                        .asLong())
                .isEqualTo(40);
        assertThat(new ByteScan("Quetzalcanary").filesHolding(Path.of(dir))).isEmpty();
        MemoryFolder.remove(ram);
    }
}
