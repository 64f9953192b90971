package org.redress.app.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Who wrote to whom and how far up it went, end to end through the real command line on real .eml files. */
class MailCliTest {
    @TempDir
    Path tmp;

    static Cli.Run ok(String... args) {
        Cli.Run r = Cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    static String eml(String from, String to, String date, String subject, String id, String inReplyTo, String body) {
        return "From: " + from + "\r\nTo: " + to + "\r\nDate: " + date + "\r\nSubject: " + subject + "\r\nMessage-ID: <"
                + id + ">\r\n"
                + (inReplyTo == null ? "" : "In-Reply-To: <" + inReplyTo + ">\r\nReferences: <" + inReplyTo + ">\r\n")
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
                + "\r\n";
    }

    /** A clerk sends a subject's record to a field agent, who forwards it to headquarters; one copy is produced twice. */
    Path mailCase() throws Exception {
        String dir = tmp.resolve("case").toString();
        ok("init", "--case", dir);
        Files.writeString(tmp.resolve("case/organisations.txt"), """
                dmv.example.gov = Department of Motor Vehicles, other agency
                field.ice.example.gov = Immigration Agency, field office
                ice.example.gov = Immigration Agency, HQ
                """);
        Path people = tmp.resolve("people.csv");
        Files.writeString(people, """
                name,aliases,role,organisation,level,addresses
                Ana Ruiz,,subject,Migrant Justice,,
                Rosa Clerk,,official,Department of Motor Vehicles,Field Office,rclerk@dmv.example.gov
                Tom Agent,,official,Immigration Agency,field_office,
                """);
        ok("import", "--case", dir, "people", people.toString());
        Path events = tmp.resolve("events.csv");
        Files.writeString(
                events,
                "date,kind,people,description,source\n2017-03-19,adverse.arrest,Ana Ruiz,arrested at home,witness account\n");
        ok("import", "--case", dir, "events", events.toString());
        Path a = Files.createDirectories(tmp.resolve("prod-a"));
        Path b = Files.createDirectories(tmp.resolve("prod-b"));
        String first = eml(
                "Rosa Clerk <rclerk@dmv.example.gov>",
                "Tom Agent <tom@field.ice.example.gov>",
                "Tue, 20 Dec 2016 10:00:00 -0500",
                "Records",
                "1@dmv.example.gov",
                null,
                "Attached is the record of Ana Ruiz, as asked.");
        Files.writeString(a.resolve("1.eml"), first);
        Files.writeString(b.resolve("copy-of-1.eml"), first.replace("as asked.", "as asked. [produced again]"));
        Files.writeString(
                a.resolve("2.eml"),
                eml(
                        "tom@field.ice.example.gov",
                        "chief@ice.example.gov, \"Clerk, Rosa\" <rclerk@dmv.example.gov>",
                        "Mon, 9 Jan 2017 09:00:00 -0500",
                        "RV: Records",
                        "2@ice.example.gov",
                        "1@dmv.example.gov",
                        "See below."));
        ok("ingest", "--case", dir, "--source", "production A", a.toString());
        ok("ingest", "--case", dir, "--source", "production B", b.toString());
        return tmp.resolve("case");
    }

    @Test
    void graphChainAndExportsOfOneSmallCase() throws Exception {
        String dir = mailCase().toString();
        JsonNode g = ok("graph", "--case", dir, "--format", "json").json();
        assertThat(fieldNames(g)).containsExactly("nodes", "edges");
        assertThat(fieldNames(g.get("nodes").get(0)))
                .containsExactly("id", "address", "name", "person", "organisation", "level");
        assertThat(fieldNames(g.get("edges").get(0)))
                .containsExactly("from", "to", "messages", "first", "last", "documentIds");
        JsonNode clerkToAgent = edge(g, "rclerk@dmv.example.gov", "tom@field.ice.example.gov");
        // two documents, one message: the copy in production B has other bytes but the same Message-ID
        assertThat(clerkToAgent.get("messages").asInt()).isEqualTo(1);
        assertThat(clerkToAgent.get("documentIds")).hasSize(2);
        assertThat(edge(g, "tom@field.ice.example.gov", "chief@ice.example.gov")
                        .get("messages")
                        .asInt())
                .isEqualTo(1);
        JsonNode rosa = node(g, "rclerk@dmv.example.gov");
        assertThat(rosa.get("person").asText()).isEqualTo("Rosa Clerk");
        assertThat(rosa.get("level").asText()).isEqualTo("field-office");
        assertThat(node(g, "chief@ice.example.gov").get("organisation").asText())
                .isEqualTo("Immigration Agency");

        JsonNode byOrg = ok("graph", "--case", dir, "--by", "Organization").json();
        assertThat(edge(byOrg, "Department of Motor Vehicles", "Immigration Agency")
                        .get("messages")
                        .asInt())
                .isEqualTo(1);
        JsonNode between = ok(
                        "graph",
                        "--case",
                        dir,
                        "--between",
                        "department of motor vehicles",
                        "--and",
                        "Immigration Agency")
                .json();
        assertThat(between.get("months").toString()).contains("\"2016-12\"").contains("\"2017-01\"");
        assertThat(ok("graph", "--case", dir, "--from", "2017-01-01").json().get("edges"))
                .hasSize(2);
        Cli.Run badDay = Cli.run("graph", "--case", dir, "--from", "9 January");
        assertThat(badDay.code()).isEqualTo(1);
        assertThat(badDay.err()).contains("--from '9 January' is not a day");

        JsonNode chain = ok("chain", "--case", dir, "--json").json();
        JsonNode ana = chain.get("subjects").get(0);
        assertThat(ana.get("person").asText()).isEqualTo("Ana Ruiz");
        assertThat(ana.get("words").toString())
                .contains("named at field office (Immigration Agency) on 2016-12-20, 89 days before the arrest")
                .contains("discussed at headquarters (Immigration Agency) on 2017-01-09, 69 days before the arrest");
        assertThat(ana.get("path")).hasSize(2);
        assertThat(ana.get("path").get(1).get("kind").asText()).isEqualTo("forward");

        // the References header was kept at ingest; an old case reads it again without extracting anything
        JsonNode reindex =
                ok("reindex", "--case", dir, "--mail-headers", "--json").json();
        assertThat(reindex.get("mailHeadersRead").asInt()).isZero();
    }

    @Test
    void graphMlAndGexfAreWellFormedWithTheShapeGephiReads() throws Exception {
        String dir = mailCase().toString();
        org.w3c.dom.Document gexf =
                xml(ok("graph", "--case", dir, "--format", "gexf").out());
        Element root = gexf.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("gexf");
        assertThat(root.getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        assertThat(root.getAttribute("version")).isEqualTo("1.3");
        var xp = XPathFactory.newInstance().newXPath();
        xp.setNamespaceContext(new Namespaces("g", "http://gexf.net/1.3"));
        assertThat(xp.evaluate("count(/g:gexf/g:graph[@defaultedgetype='directed']/g:nodes/g:node)", gexf))
                .isEqualTo("3");
        assertThat(xp.evaluate("/g:gexf/g:graph/g:edges/@count", gexf)).isEqualTo("3");
        // every edge names nodes that exist, and every attvalue an attribute that is declared
        NodeList edges = (NodeList) xp.evaluate("//g:edge", gexf, XPathConstants.NODESET);
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertThat(xp.evaluate("count(//g:node[@id='" + e.getAttribute("source") + "'])", gexf))
                    .isEqualTo("1");
            assertThat(xp.evaluate("count(//g:node[@id='" + e.getAttribute("target") + "'])", gexf))
                    .isEqualTo("1");
        }
        assertThat(xp.evaluate("count(//g:attvalue[not(@for = //g:attribute/@id)])", gexf))
                .isEqualTo("0");
        List<String> order = new ArrayList<>();
        NodeList children = ((Element) xp.evaluate("/g:gexf/g:graph", gexf, XPathConstants.NODE)).getChildNodes();
        for (int i = 0; i < children.getLength(); i++)
            if (children.item(i) instanceof Element c) order.add(c.getLocalName());
        assertThat(order).containsExactly("attributes", "attributes", "nodes", "edges");

        org.w3c.dom.Document graphml =
                xml(ok("graph", "--case", dir, "--format", "graphml").out());
        var gx = XPathFactory.newInstance().newXPath();
        gx.setNamespaceContext(new Namespaces("m", "http://graphml.graphdrawing.org/xmlns"));
        assertThat(gx.evaluate("count(/m:graphml/m:graph[@edgedefault='directed']/m:node)", graphml))
                .isEqualTo("3");
        assertThat(gx.evaluate("count(//m:data[not(@key = //m:key/@id)])", graphml))
                .isEqualTo("0");
        assertThat(gx.evaluate("//m:edge[@source='rclerk@dmv.example.gov']/m:data[@key='messages']", graphml))
                .isEqualTo("1");
        String csv = ok("graph", "--case", dir, "--format", "csv").out();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\"from\",\"fromName\"");
    }

    @Test
    void followTheMoneyLinesLeaveTheWatchListOutUnlessAsked() throws Exception {
        String dir = mailCase().toString();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> plain = new ArrayList<>();
        for (String line : ok("export", "ftm", "--case", dir).out().split("\n"))
            if (!line.isBlank()) plain.add(json.readTree(line));
        assertThat(plain)
                .extracting(n -> n.get("schema").asText())
                .contains("Person", "Organization", "Membership", "Email", "Event")
                .doesNotContain("Mention");
        JsonNode email = plain.stream()
                .filter(n -> n.get("schema").asText().equals("Email")
                        && n.get("properties").get("subject").get(0).asText().equals("RV: Records"))
                .findFirst()
                .orElseThrow();
        assertThat(email.get("properties").get("inReplyToEmail").get(0).asText())
                .startsWith("redress-doc-");
        assertThat(email.get("properties").has("bodyText")).isFalse();
        Path out = tmp.resolve("case.ftm.json");
        ok("export", "ftm", "--case", dir, "--include-watch-list", "--with-text", "--output", out.toString());
        String all = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(all).contains("\"bodyText\"").contains("\"schema\":\"Person\"");
    }

    static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static JsonNode edge(JsonNode g, String from, String to) {
        for (JsonNode e : g.get("edges"))
            if (e.get("from").asText().equals(from) && e.get("to").asText().equals(to)) return e;
        throw new AssertionError("no edge " + from + " -> " + to + " in " + g.get("edges"));
    }

    static JsonNode node(JsonNode g, String id) {
        for (JsonNode n : g.get("nodes")) if (n.get("id").asText().equals(id)) return n;
        throw new AssertionError("no node " + id);
    }

    static org.w3c.dom.Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    /** One prefix for XPath. */
    record Namespaces(String prefix, String uri) implements javax.xml.namespace.NamespaceContext {
        @Override
        public String getNamespaceURI(String p) {
            return p.equals(prefix) ? uri : null;
        }

        @Override
        public String getPrefix(String u) {
            return u.equals(uri) ? prefix : null;
        }

        @Override
        public java.util.Iterator<String> getPrefixes(String u) {
            return List.of(prefix).iterator();
        }
    }
}
