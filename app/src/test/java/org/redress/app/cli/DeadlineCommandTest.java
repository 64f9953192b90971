package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DeadlineCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new DeadlineCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void jsonIsOneDocumentWithDueDaysAndSkippedHolidays() throws Exception {
        int code = run("--law", "us-foia", "--received", "2024-12-20", "--json");
        assertThat(code).isEqualTo(0);
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(doc.get("due").asText()).isEqualTo("2025-01-22");
        assertThat(doc.get("days").asInt()).isEqualTo(20);
        assertThat(doc.get("kind").asText()).isEqualTo("response_due");
        assertThat(doc.get("counting").asText()).isEqualTo("business");
        assertThat(doc.has("lawVersion")).isTrue();
        assertThat(doc.get("skipped")).hasSize(3);
        assertThat(doc.get("skipped").get(0).get("name").asText()).isEqualTo("Christmas Day");
        assertThat(doc.get("citation").asText()).isEqualTo("5 U.S.C. § 552(a)(6)(A)(i)");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void extensionAndTollingInPlainEnglish() {
        int code =
                run("--law", "us-vt", "--received", "2024-03-01", "--extension", "--tolled", "2024-03-11:2024-03-12");
        assertThat(code).isEqualTo(0);
        assertThat(out.toString())
                .contains("due 2024-03-25")
                .contains("Town Meeting Day 2024-03-05")
                .contains("stopped for 2 days.");
    }

    @Test
    void userErrorsExitOneNamingTheValue() {
        assertThat(run("--law", "us-zz", "--received", "2024-03-01")).isEqualTo(1);
        assertThat(err.toString()).contains("us-zz");
        assertThat(run("--law", "us-vt", "--received", "2024-02-30")).isEqualTo(1);
        assertThat(err.toString()).contains("2024-02-30");
        assertThat(run("--law", "us-vt")).isEqualTo(1); // missing --received: invalid input
        assertThat(out.toString()).isEmpty();
    }
}
