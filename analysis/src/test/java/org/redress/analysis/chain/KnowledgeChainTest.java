package org.redress.analysis.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.analysis.mail.Mail.email;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redress.analysis.mail.Directory;
import org.redress.analysis.mail.MailMessage;
import org.redress.analysis.mail.OrganisationTable;
import org.redress.analysis.mail.Threads;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.Part;
import org.redress.core.casemodel.Participant;
import org.redress.core.chronology.EventDate;
import org.redress.core.chronology.EventKind;
import org.redress.core.corpus.Document;

class KnowledgeChainTest {
    @Test
    void theSubjectTravelsFromTheClerkToHeadquartersEachHopCited() {
        OrganisationTable domains = OrganisationTable.parse("""
                dmv.example.gov = DMV, other agency
                field.ice.example.gov = ICE, field office
                ice.example.gov = ICE, headquarters
                """, "organisations.txt");
        List<Document> docs = List.of(
                email(
                        "a",
                        "clerk@dmv.example.gov",
                        List.of("agent@field.ice.example.gov"),
                        "2016-12-20T15:00:00Z",
                        "Record for Ana Ruiz",
                        "1@dmv",
                        null,
                        null),
                email(
                        "a",
                        "agent@field.ice.example.gov",
                        List.of("chief@ice.example.gov"),
                        "2017-01-09T09:00:00Z",
                        "FW: Record",
                        "2@ice",
                        "1@dmv",
                        "<1@dmv>"),
                email(
                        "a",
                        "other@dmv.example.gov",
                        List.of("x@dmv.example.gov"),
                        "2016-12-01T09:00:00Z",
                        "Unrelated",
                        "9@dmv",
                        null,
                        null));
        List<MailMessage> messages = MailMessage.distinct(docs);
        KnowledgeChain chain = new KnowledgeChain(
                messages, Threads.of(messages, Threads.DEFAULT_WINDOW), new Directory(List.of(), domains));
        CaseEvent arrest = new CaseEvent(
                "arrest-1",
                EventDate.parse("2017-03-19"),
                EventKind.of("adverse.arrest"),
                List.of(new Participant("Ana Ruiz", Part.TARGET)),
                "",
                "",
                false,
                List.of());
        SubjectChain c =
                chain.of("Ana Ruiz", Map.of(docs.get(0).id(), Instant.parse("2016-12-20T15:00:00Z")), List.of(arrest));
        assertThat(c.words())
                .containsExactly(
                        "named at another agency (DMV) on 2016-12-20, 89 days before the arrest",
                        "named at field office (ICE) on 2016-12-20, 89 days before the arrest",
                        "discussed at headquarters (ICE) on 2017-01-09, 69 days before the arrest");
        assertThat(c.path()).extracting(Step::kind).containsExactly("message", "forward");
        assertThat(c.path().get(1).documentId()).isEqualTo(docs.get(1).id());
        assertThat(c.path().get(1).from()).isEqualTo("agent@field.ice.example.gov (ICE, field office)");
        assertThat(c.adverseAction().date()).isEqualTo("2017-03-19");
    }
}
