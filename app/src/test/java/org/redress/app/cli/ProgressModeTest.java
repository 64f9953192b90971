package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the ingest progress bar is drawn, decided on links laid out as /proc/self/fd shows them. */
class ProgressModeTest {
    @TempDir
    Path fd;

    Path link(String name, String target) throws IOException {
        return Files.createSymbolicLink(fd.resolve(name), Path.of(target));
    }

    @Test
    void autoDrawsOnlyWhenStandardErrorIsATerminal() throws IOException {
        for (String tty : new String[] {"/dev/pts/3", "/dev/tty1", "/dev/tty", "/dev/ttyS0", "/dev/console"}) {
            assertThat(ProgressMode.AUTO.draws("xterm-256color", link("tty" + tty.hashCode(), tty)))
                    .as(tty)
                    .isTrue();
        }
        assertThat(ProgressMode.AUTO.draws("xterm", link("pipe", "pipe:[123456]")))
                .isFalse();
        assertThat(ProgressMode.AUTO.draws("xterm", link("null", "/dev/null"))).isFalse();
        assertThat(ProgressMode.AUTO.draws("xterm", link("log", "/home/me/ingest.log")))
                .isFalse();
        assertThat(ProgressMode.AUTO.draws("xterm", link("socket", "socket:[98765]")))
                .isFalse();
        assertThat(ProgressMode.AUTO.draws("xterm", link("ptmx", "/dev/ptmx")))
                .as("the master side is no terminal")
                .isFalse();
    }

    @Test
    void autoDrawsNothingWhereItCannotTell() throws IOException {
        assertThat(ProgressMode.AUTO.draws("xterm", fd.resolve("missing")))
                .as("no /proc")
                .isFalse();
        Path plain = Files.writeString(fd.resolve("2"), "not a link");
        assertThat(ProgressMode.AUTO.draws("xterm", plain))
                .as("a file, as /dev/fd/2 is on macOS")
                .isFalse();
        assertThat(ProgressMode.AUTO.draws("dumb", link("dumb", "/dev/pts/0")))
                .as("TERM=dumb cannot redraw a line")
                .isFalse();
        assertThat(ProgressMode.AUTO.draws(null, link("noterm", "/dev/pts/0")))
                .as("TERM unset, still a terminal")
                .isTrue();
    }

    @Test
    void alwaysAndNeverOverrideTheGuess() throws IOException {
        Path pipe = link("pipe", "pipe:[1]");
        Path tty = link("tty", "/dev/pts/1");
        assertThat(ProgressMode.ALWAYS.draws("dumb", pipe)).isTrue();
        assertThat(ProgressMode.NEVER.draws("xterm", tty)).isFalse();
    }

    @Test
    void theOptionAcceptsTheThreeWordsInAnyCase() {
        assertThat(ProgressMode.parse("auto")).isEqualTo(ProgressMode.AUTO);
        assertThat(ProgressMode.parse(" Always ")).isEqualTo(ProgressMode.ALWAYS);
        assertThat(ProgressMode.parse("NEVER")).isEqualTo(ProgressMode.NEVER);
        assertThatThrownBy(() -> ProgressMode.parse("sometimes"))
                .isInstanceOf(org.redress.core.UserMistake.class)
                .hasMessage("--progress is auto, always or never, not 'sometimes'");
    }

    @Test
    void anIngestWithAnUnknownProgressWordStopsBeforeWork(@TempDir Path tmp) {
        Cli.Run r =
                Cli.run("ingest", "--case", tmp.resolve("none").toString(), "--progress", "sometimes", tmp.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("--progress is auto, always or never, not 'sometimes'");
    }
}
