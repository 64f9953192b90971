package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.store.crypto.CaseKeys;

/** {@code analyze rates --case} has its own --case option: it takes --key-file like every other case command. */
class EncryptedAnalyzeTest {
    @TempDir
    Path tmp;

    @Test
    void ratesOnAnEncryptedCaseUseTheKeyFile() throws Exception {
        String d = tmp.resolve("case").toString();
        Path key = Files.writeString(tmp.resolve("pass"), "the analysis passphrase\n");
        Path wrong = Files.writeString(tmp.resolve("wrong"), "not the passphrase at all\n");
        assertThat(Cli.run("init", "--case", d, "--encrypt", "--key-file", key.toString())
                        .code())
                .isZero();
        Path people = Files.writeString(
                tmp.resolve("people.csv"), "name,role,leader\nAna Ruiz,subject,yes\nLuis Mora,subject,no\n");
        Cli.Run imported = Cli.run("import", "--case", d, "--key-file", key.toString(), "people", people.toString());
        assertThat(imported.code()).as(imported.toString()).isZero();
        String[] rates = {
            "analyze", "rates", "--case", d, "--benchmark-size", "400", "--benchmark-events", "12", "--json"
        };

        Cli.Run bad = Cli.run(concat(rates, "--key-file", wrong.toString()));
        assertThat(bad.code()).as(bad.toString()).isEqualTo(1);
        assertThat(bad.err()).contains(CaseKeys.WRONG_PASSPHRASE);

        Cli.Run good = Cli.run(concat(rates, "--key-file", key.toString()));
        assertThat(good.err()).doesNotContain("passphrase");
        assertThat(good.code()).as(good.toString()).isZero();
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
