package org.redress.analysis.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.analysis.mail.Mail.email;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.corpus.Document;

class ThreadsTest {
    @Test
    void threadsFromHeadersThenFromSubjectsWithinTheWindow() {
        List<Document> docs = List.of(
                email("a", "a@x.gov", List.of("b@x.gov"), "2017-01-01T00:00:00Z", "Plates", "1@x", null, null),
                // answers a message nobody produced: still joins its sibling through References
                email(
                        "a",
                        "b@x.gov",
                        List.of("c@x.gov"),
                        "2017-01-02T00:00:00Z",
                        "RE: Plates",
                        "2@x",
                        "missing@x",
                        "<1@x> <missing@x>"),
                email(
                        "a",
                        "c@x.gov",
                        List.of("d@x.gov"),
                        "2017-01-03T00:00:00Z",
                        "RV: RE: [EXTERNAL] plates",
                        "3@x",
                        null,
                        null),
                email(
                        "a",
                        "d@x.gov",
                        List.of("e@x.gov"),
                        "2017-01-04T00:00:00Z",
                        "Reenviar: Plates",
                        "4@x",
                        null,
                        null),
                // the same subject months later, and a new message with the same words: other threads
                email("a", "d@x.gov", List.of("e@x.gov"), "2017-06-04T00:00:00Z", "Fwd: Plates", "5@x", null, null),
                email("a", "f@x.gov", List.of("e@x.gov"), "2017-01-05T00:00:00Z", "Plates", "6@x", null, null));
        List<MailMessage> messages = MailMessage.distinct(docs);
        Threads threads = Threads.of(messages, Threads.DEFAULT_WINDOW);
        Threads.Thread t = threads.ofDocument(docs.get(0).id());
        assertThat(t.messages()).extracting(MailMessage::messageId).containsExactly("1@x", "2@x", "3@x", "4@x");
        assertThat(threads.ofDocument(docs.get(4).id()).messages()).hasSize(1);
        assertThat(threads.ofDocument(docs.get(5).id()).messages()).hasSize(1);
    }

    @Test
    void subjectsLoseTheirMarksInEnglishAndSpanish() {
        assertThat(Subjects.normalised("RE[2]: Fwd:  RV: Reenviado: [EXTERNAL]  Placas  "))
                .isEqualTo("placas");
        assertThat(Subjects.normalised("Re: RES: AW: Meeting")).isEqualTo("meeting");
        assertThat(Subjects.normalised("Reunión")).isEqualTo("reunión");
        assertThat(Subjects.kind("RV: placas")).isEqualTo("forward");
        assertThat(Subjects.kind("Re: placas")).isEqualTo("reply");
        assertThat(Subjects.kind("Regarding plates")).isEqualTo("message");
    }
}
