package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.redress.core.audit.AuditEntry;
import org.redress.core.audit.RecordedEntry;
import org.redress.core.corpus.Sha256;
import org.redress.core.privilege.PrivilegeKind;
import org.redress.core.privilege.PrivilegeMark;

/**
 * The document page's privilege mark on the demo case (issue 13): marked and lifted from the page through the same
 * use case as {@code redress privilege}, shown in English and Spanish, every bad form refused with nothing changed,
 * and each change in the audit log with the document and the kind but never the reason.
 */
class PrivilegeWebTest {
    /** A search whose hits include the memo. */
    private static final String SEARCH = "/?q=%22confidential+source%22&lang=en";

    private static final String REASON = "Counsel's notes on the Quintero interview";

    @TempDir
    static Path tmp;

    static ServedCase served;
    static Path caseDir;
    static String memo;

    @BeforeAll
    static void start() throws Exception {
        caseDir = tmp.resolve("case");
        Path production = tmp.resolve("demo");
        Cli.demoCase(caseDir, production);
        memo = Sha256.of(production.resolve("003-field-office-memo.pdf"));
        served = ServedCase.open(caseDir);
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    private static HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        return served.send(served.form(path, fields).header("Origin", served.base()));
    }

    private static List<PrivilegeMark> marks() {
        return served.folder.privileges().list();
    }

    private static List<AuditEntry> audited(String action) {
        return served.folder.audit().entries(null, null, java.time.ZoneId.systemDefault()).stream()
                .map(RecordedEntry::entry)
                .filter(e -> e.action().equals(action))
                .toList();
    }

    @Test
    void aDocumentIsMarkedAndLiftedFromItsPageAndEachChangeIsRecordedWithoutItsReason() throws Exception {
        String before = served.get("/documents/" + memo + "?lang=en").body();
        assertThat(before).contains("id=\"privilege\"", "Not marked privileged", "Mark privileged");
        assertThat(served.get(SEARCH).body()).contains(memo).doesNotContain("badge privileged");

        // By its prefix, with the kind written as people type it: the full id and the stored kind are kept.
        HttpResponse<String> marked = post(
                "/documents/" + memo.substring(0, 10) + "/privilege",
                Map.of("kind", "Attorney_Client", "reason", REASON));
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(303);
        assertThat(marked.headers().firstValue("Location")).hasValue("/documents/" + memo + "#privilege");
        assertThat(marks()).singleElement().satisfies(m -> {
            assertThat(m.item().id()).isEqualTo(memo);
            assertThat(m.kind()).isEqualTo(PrivilegeKind.ATTORNEY_CLIENT);
            assertThat(m.reason()).isEqualTo(REASON);
        });

        String page = served.get("/documents/" + memo + "?lang=en").body();
        assertThat(page)
                .contains("Attorney–client privileged", REASON, "Lift the mark")
                .doesNotContain("Mark privileged");
        assertThat(served.get("/documents/" + memo + "?lang=es").body())
                .contains("Privilegio abogado–cliente", "Quitar la marca");
        assertThat(served.get(SEARCH).body()).contains("<span class=\"badge privileged\">privileged</span>");

        HttpResponse<String> lifted = post("/documents/" + memo + "/privilege/lift", Map.of());
        assertThat(lifted.statusCode()).isEqualTo(303);
        assertThat(marks()).isEmpty();

        assertThat(audited("privilege.mark")).singleElement().satisfies(e -> {
            assertThat(e.target()).isEqualTo(memo);
            assertThat(e.detail()).isEqualTo("attorney-client");
            assertThat(e.from()).startsWith("web");
        });
        assertThat(audited("privilege.unmark"))
                .singleElement()
                .extracting(AuditEntry::target)
                .isEqualTo(memo);
        assertThat(Files.readString(caseDir.resolve("audit/entries.log"))).doesNotContain("Quintero interview");
    }

    @Test
    void aBadFormIsRefusedAndMarksNothing() throws Exception {
        List<PrivilegeMark> before = marks();
        HttpResponse<String> kind = post("/documents/" + memo + "/privilege", Map.of("kind", "secret"));
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(kind.body()).contains("attorney-client or work-product");
        HttpResponse<String> longReason = post(
                "/documents/" + memo + "/privilege",
                Map.of("kind", "work-product", "reason", "x".repeat(PrivilegePanel.MAX_REASON + 1)));
        assertThat(longReason.statusCode()).isEqualTo(400);
        HttpResponse<String> unknown =
                post("/documents/" + "0".repeat(64) + "/privilege", Map.of("kind", "work-product"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        // Without the form token a page of another site could have sent it: refused before the handler.
        HttpResponse<String> forged =
                served.send(served.formWithout("/documents/" + memo + "/privilege", Map.of("kind", "work-product"))
                        .header("Origin", served.base()));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(marks()).isEqualTo(before);
    }
}
