package org.redress.analysis.retaliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.analysis.retaliation.Chronologies.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.chronology.Person;

/** The CLI prints these records with a plain ObjectMapper; the field names are part of the contract. */
class JsonShapeTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void rateComparisonFieldNames() throws Exception {
        JsonNode node = json.valueToTree(RateComparison.of("members", 6, 4, Benchmark.counts("activists", 194, 30)));
        assertThat(node.fieldNames())
                .toIterable()
                .contains(
                        "expected",
                        "rateRatio",
                        "ciLow",
                        "ciHigh",
                        "pOneSided",
                        "pTwoSided",
                        "fisherPOneSided",
                        "fisherPTwoSided",
                        "standardDeviations",
                        "fourFifthsRatio",
                        "benchmark",
                        "summary",
                        "notes");
        assertThat(node.get("rateRatio").asDouble()).isEqualTo(776 / 180.0);
        RatesReport report = new RatesReport(RateComparison.of("m", 1, 0, Benchmark.counts("b", 5, 0)), null, "s");
        JsonNode reportNode = json.valueToTree(report);
        assertThat(reportNode.get("group").get("rateRatio").isNull()).isTrue();
        assertThat(reportNode.get("leadersVsOthers").isNull()).isTrue();
    }

    @Test
    void clusteringFieldNames() {
        ClusteringResult r = ClusteringAnalysis.run(
                List.of(
                        event("p", "2017-01-02", "protected.protest", "A"),
                        event("a", "2017-01-03", "adverse.arrest", "A")),
                List.of(new Person("A", null, true, false)),
                3,
                99,
                5L,
                LocalDate.of(2017, 1, 1),
                LocalDate.of(2017, 1, 31));
        JsonNode node = json.valueToTree(r);
        assertThat(node.fieldNames())
                .toIterable()
                .contains(
                        "observed",
                        "expected",
                        "p",
                        "pLow",
                        "pHigh",
                        "windowDays",
                        "permutations",
                        "seed",
                        "periodStart",
                        "periodEnd",
                        "pExact",
                        "summary");
        assertThat(node.get("seed").asLong()).isEqualTo(5L);
    }

    @Test
    void proximityFieldNames() {
        ProximityReport report = ProximityAnalysis.run(
                List.of(
                        event("p", "2017-01", "protected.protest", "A"),
                        event("a", "2017-02-03", "adverse.arrest", "A")),
                List.of(new Person("A", "Org", true, false)));
        JsonNode row = json.valueToTree(report).get("rows").get(0);
        assertThat(row.fieldNames())
                .toIterable()
                .contains(
                        "event",
                        "person",
                        "date",
                        "kind",
                        "priorActivity",
                        "priorDate",
                        "gapDaysMin",
                        "gapDaysMax",
                        "orgPriorActivity",
                        "orgPriorDate",
                        "orgGapDaysMin",
                        "orgGapDaysMax",
                        "knowledgeDate",
                        "knowledgeDocumentId",
                        "knowledgePage",
                        "summary");
        assertThat(row.get("gapDaysMin").asLong()).isEqualTo(3);
        assertThat(row.get("gapDaysMax").asLong()).isEqualTo(33);
        assertThat(row.get("knowledgeDate").isNull()).isTrue();
    }
}
