package org.redress.app.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.redress.app.cli.Cli;

/** What the watch-list tests share: a command that must succeed, a file written, the records they screen. */
public final class WatchCase {
    private WatchCase() {}

    public static Cli.Run ok(String... args) {
        Cli.Run r = Cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    public static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** An email from ICE of 16 March 2017 with this body. */
    public static String iceEmail(String body) {
        return """
                From: Agent Smith <asmith@ice.dhs.gov>
                To: records@dmv.vermont.gov
                Subject: plates
                Date: Thu, 16 Mar 2017 10:00:00 -0400
                Message-ID: <1@ice.dhs.gov>
                Content-Type: text/plain; charset=UTF-8

                """ + body + "\n";
    }

    /** A memo naming Balcázar (comma form), Zully Palacios and two look-alikes, and ICE's email naming him twice. */
    public static void firstProduction(Path dir) throws Exception {
        write(dir.resolve("memo.txt"), """
                MEMORANDUM
                Subject: BALCAZAR SANCHEZ, JOSE E
                The agent met Enrique Baltazar Sandoval and Rosa Palacios at the office.
                Zully Palacios was present.
                """);
        write(
                dir.resolve("request.eml"),
                iceEmail("Please run jbalcazar@migrantjustice.net and Enrique Balcazar through your system."));
    }
}
