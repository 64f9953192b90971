package org.redress.analysis.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.analysis.mail.Mail.email;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.UserMistake;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Level;
import org.redress.core.casemodel.Role;
import org.redress.core.corpus.Document;

class MailGraphTest {
    static final OrganisationTable DOMAINS = OrganisationTable.parse("""
            # the case's domains
            dmv.example.gov = Department of Motor Vehicles, other agency
            ice.example.gov = Immigration Agency, headquarters
            field.ice.example.gov = Immigration Agency, Field_Office
            acme.example = Acme, Inc.
            """, "organisations.txt");

    static final List<CasePerson> PEOPLE = List.of(
            new CasePerson("Rosa Clerk", List.of("rclerk@dmv.example.gov"), Role.OFFICIAL, null, false, "")
                    .withLevel(Level.FIELD_OFFICE),
            new CasePerson("Tom Agent", List.of("T. Agent"), Role.OFFICIAL, "Immigration Agency", false, ""));

    static final List<Document> MAILBOXES = List.of(
            email(
                    "box1",
                    "Rosa <RClerk@dmv.example.gov>",
                    List.of("Tom Agent <tom@field.ice.example.gov>", "tom@field.ice.example.gov"),
                    "2017-01-02T10:00:00Z",
                    "plates",
                    "m1@dmv",
                    null,
                    null),
            // the same message in a second production: counted once, both documents cited
            email(
                    "box2",
                    "Rosa <rclerk@dmv.example.gov>",
                    List.of("tom@field.ice.example.gov"),
                    "2017-01-02T10:00:00Z",
                    "plates",
                    "m1@dmv",
                    null,
                    null),
            email(
                    "box1",
                    "tom@field.ice.example.gov",
                    List.of("boss@ice.example.gov, \"Clerk, Rosa\" <rclerk@dmv.example.gov>"),
                    "2017-01-09T08:00:00Z",
                    "FW: plates",
                    "m2@ice",
                    "m1@dmv",
                    "<m1@dmv>"),
            email(
                    "box1",
                    "rclerk@dmv.example.gov",
                    List.of("tom@field.ice.example.gov"),
                    "2017-02-20T08:00:00Z",
                    "more",
                    "m3@dmv",
                    null,
                    null));

    @Test
    void aMessageCountsOncePerPairHoweverManyCopiesAndRecipientsItHas() {
        List<MailMessage> messages = MailMessage.distinct(MAILBOXES);
        assertThat(messages).hasSize(3);
        MailGraph g = MailGraph.build(messages, new Directory(PEOPLE, DOMAINS), Grouping.ADDRESS, null, null);
        Edge first = edge(g, "rclerk@dmv.example.gov", "tom@field.ice.example.gov");
        assertThat(first.messages()).isEqualTo(2);
        assertThat(first.documentIds()).hasSize(3);
        assertThat(first.first()).hasToString("2017-01-02T10:00:00Z");
        assertThat(first.last()).hasToString("2017-02-20T08:00:00Z");
        assertThat(edge(g, "tom@field.ice.example.gov", "boss@ice.example.gov").messages())
                .isEqualTo(1);
        Node rosa = g.nodesById().get("rclerk@dmv.example.gov");
        assertThat(rosa.person()).isEqualTo("Rosa Clerk");
        assertThat(rosa.organisation()).isEqualTo("Department of Motor Vehicles");
        assertThat(rosa.level()).isEqualTo("field-office"); // the person's level wins over the domain's
        Node tom = g.nodesById().get("tom@field.ice.example.gov");
        assertThat(tom.person()).isEqualTo("Tom Agent"); // by the display name
        assertThat(tom.level()).isEqualTo("field-office"); // by the subdomain
        assertThat(g.nodesById().get("boss@ice.example.gov").level()).isEqualTo("headquarters");
    }

    @Test
    void groupedByOrganisationOrPersonAndFilteredByDate() {
        List<MailMessage> messages = MailMessage.distinct(MAILBOXES);
        Directory d = new Directory(PEOPLE, DOMAINS);
        MailGraph byOrg = MailGraph.build(messages, d, Grouping.ORGANISATION, null, null);
        assertThat(edge(byOrg, "Department of Motor Vehicles", "Immigration Agency")
                        .messages())
                .isEqualTo(2);
        assertThat(edge(byOrg, "Immigration Agency", "Immigration Agency").messages())
                .isEqualTo(1);
        MailGraph byPerson = MailGraph.build(messages, d, Grouping.PERSON, null, null);
        assertThat(edge(byPerson, "Rosa Clerk", "Tom Agent").messages()).isEqualTo(2);
        MailGraph january = MailGraph.build(
                messages, d, Grouping.ADDRESS, LocalDate.parse("2017-01-01"), LocalDate.parse("2017-01-31"));
        assertThat(edge(january, "rclerk@dmv.example.gov", "tom@field.ice.example.gov")
                        .messages())
                .isEqualTo(1);
        assertThat(Grouping.fromText(" Organization ")).isEqualTo(Grouping.ORGANISATION);
    }

    @Test
    void trafficBetweenTwoOrganisationsMonthByMonth() {
        MonthlyTraffic t = MonthlyTraffic.between(
                MailMessage.distinct(MAILBOXES),
                new Directory(PEOPLE, DOMAINS),
                "department of motor vehicles",
                "Immigration  Agency",
                null,
                null);
        assertThat(t.months()).extracting(MonthlyTraffic.Month::month).containsExactly("2017-01", "2017-02");
        assertThat(t.months().get(0).firstToSecond()).isEqualTo(1);
        assertThat(t.months().get(0).secondToFirst()).isEqualTo(1);
        assertThat(t.months().get(1).firstToSecond()).isEqualTo(1);
        assertThatThrownBy(() -> MonthlyTraffic.between(
                        MailMessage.distinct(MAILBOXES), new Directory(PEOPLE, DOMAINS), "Nobody", "Acme", null, null))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("'Nobody'");
    }

    @Test
    void theDomainTableReadsLevelsAsPeopleTypeThemAndSaysWhichLineItCannotRead() {
        assertThat(DOMAINS.lookup("ero.field.ice.example.gov").level()).isEqualTo(Level.FIELD_OFFICE);
        assertThat(DOMAINS.lookup("acme.example").organisation()).isEqualTo("Acme, Inc."); // the comma is the name's
        assertThat(DOMAINS.lookup("example.gov")).isNull();
        assertThatThrownBy(() -> OrganisationTable.parse("dmv.gov = DMV\nnot a line\n", "organisations.txt"))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("organisations.txt line 2");
    }

    @Test
    void addressesAsHeadersWriteThem() {
        assertThat(Address.parse("\"Ruiz, Ana\" <Ana@X.gov>, b@y.org (Bob); undisclosed-recipients:;"))
                .containsExactly(new Address("ana@x.gov", "Ruiz, Ana"), new Address("b@y.org", "Bob"));
        assertThat(Address.parse("/O=ENRON/OU=NA/CN=RECIPIENTS/CN=JSMITH")).isEmpty();
        assertThat(Address.parse("earlene.o'connell@enron.com"))
                .containsExactly(new Address("earlene.o'connell@enron.com", null));
        assertThat(Address.parse("jsmith@enron.com <jsmith@enron.com>"))
                .containsExactly(new Address("jsmith@enron.com", null));
    }

    static Edge edge(MailGraph g, String from, String to) {
        return g.edges().stream()
                .filter(e -> e.from().equals(from) && e.to().equals(to))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no edge " + from + " -> " + to + " in " + g.edges()));
    }
}
