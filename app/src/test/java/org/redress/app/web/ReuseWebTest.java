package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;

/** The text-reuse pages over a real served case: the list, and our words beside theirs with the differences marked. */
class ReuseWebTest {
    static final String NOTES = "Notes of the closed meeting. Graciela proposed that the coalition ask for a public"
            + " hearing on the agreement with immigration, and that volunteers go with the families to the Olmedo"
            + " court every Thursday, telling the press nothing until the lawyer has reviewed the sworn statements of"
            + " the witnesses and the list of people who will speak.";

    @TempDir
    Path tmp;

    @Test
    void thePassagePageShowsBothSidesWithTheDamagedWordsMarkedInBothLanguages() throws Exception {
        Path caseDir = tmp.resolve("case");
        Path minutes = Files.createDirectories(tmp.resolve("minutes"));
        Path production = Files.createDirectories(tmp.resolve("production"));
        Files.writeString(minutes.resolve("minutes.txt"), NOTES);
        Files.writeString(
                production.resolve("report.txt"),
                "Informant report.\n\n" + NOTES.replace("hearing", "heanng").replace("<", "") + "\n<script>x</script>");
        assertThat(Cli.run("init", "--case", caseDir.toString()).code()).isZero();
        assertThat(Cli.run(
                                "ingest",
                                "--case",
                                caseDir.toString(),
                                "--reference",
                                "--private",
                                "--source",
                                "minutes",
                                minutes.toString())
                        .code())
                .isZero();
        assertThat(Cli.run("ingest", "--case", caseDir.toString(), production.toString())
                        .code())
                .isZero();

        try (ServedCase served = ServedCase.open(caseDir)) {
            HttpResponse<String> list = served.send(served.request("/reuse"));
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains("report.txt", "minutes.txt", "badge private");
            Matcher link = Pattern.compile("href=\"/reuse/([0-9a-f]{16})\"").matcher(list.body());
            assertThat(link.find()).as(list.body()).isTrue();

            HttpResponse<String> page = served.send(served.request("/reuse/" + link.group(1)));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<mark>hearing</mark>", "<mark>heanng</mark>", "Graciela proposed");
            assertThat(page.body()).doesNotContain("<script>x");

            HttpResponse<String> es = served.send(served.request("/reuse/" + link.group(1) + "?lang=es"));
            assertThat(es.body()).contains("Nuestras palabras junto a su registro", "privado");

            assertThat(served.send(served.request("/reuse/0000000000000000")).statusCode())
                    .isEqualTo(404);
            assertThat(served.send(served.anonymous("/reuse")).statusCode()).isNotEqualTo(200);
        }
    }
}
