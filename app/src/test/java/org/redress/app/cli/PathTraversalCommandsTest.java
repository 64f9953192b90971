package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every argument of a command that names a thing inside the case (a document, a source, a claim template, a
 * request) given the name of a file outside it: a plain mistake (exit 1), and the file's contents are never printed.
 * The arguments that name the user's own files (what to ingest, where to write) are the user's to choose.
 */
class PathTraversalCommandsTest {
    private static final String SECRET = "SECRET-OUTSIDE-THE-CASE-c41e";

    @TempDir
    static Path tmp;

    static String caseDir;
    static List<String> hostile;

    @BeforeAll
    static void makeCase() throws Exception {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, SECRET + "\n");
        caseDir = tmp.resolve("case").toString();
        assertThat(Cli.run("init", "--case", caseDir).code()).isZero();
        hostile = List.of(
                "../secret.txt",
                "../../secret.txt",
                "..\\secret.txt",
                secret.toAbsolutePath().toString(),
                "originals/../../secret.txt",
                "a\u0000../secret.txt");
    }

    @Test
    void namesOfThingsInTheCaseNeverReachAFileOutsideIt() {
        List<String> wrong = new ArrayList<>();
        for (String value : hostile) {
            List<String[]> commands = List.of(
                    new String[] {"show", "--case", caseDir, value},
                    new String[] {"export", "manifest", "--case", caseDir, "--source", value},
                    new String[] {"claims", "adopt", "--case", caseDir, value},
                    new String[] {"requests", "show", "--case", caseDir, value},
                    new String[] {"requests", "letter", "--case", caseDir, value},
                    new String[] {"mentions", "--case", caseDir, "--person", value},
                    new String[] {"chronology", "--case", caseDir, "--person", value});
            for (String[] args : commands) {
                Cli.Run run = Cli.run(args);
                if (run.code() != 1 || (run.out() + run.err()).contains(SECRET))
                    wrong.add(String.join(" ", args) + " -> " + run);
            }
        }
        assertThat(wrong).isEmpty();
    }
}
