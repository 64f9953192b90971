package org.redress.app.export;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.redress.analysis.mail.Edge;
import org.redress.analysis.mail.MailGraph;
import org.redress.analysis.mail.MonthlyTraffic;
import org.redress.analysis.mail.Node;
import org.redress.app.json.Json;
import org.redress.core.UserMistake;

/**
 * The mail graph as JSON, CSV (one row per edge), GraphML and GEXF 1.3 (both open in Gephi; node and edge fields are
 * declared attributes, the message count is the edge weight), and the month-by-month traffic as JSON or CSV.
 */
public final class GraphFormats {
    /** The formats {@code redress graph --format} takes. */
    public enum Format {
        JSON,
        CSV,
        GRAPHML,
        GEXF;

        public static Format of(String text) {
            String k = text == null
                    ? "json"
                    : text.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
            return switch (k) {
                case "json" -> JSON;
                case "csv" -> CSV;
                case "graphml", "graph-ml", "graph_ml" -> GRAPHML;
                case "gexf" -> GEXF;
                default ->
                    throw new UserMistake("'" + text + "' is not a graph format: use json, csv, graphml or gexf");
            };
        }
    }

    private static final String[] NODE_FIELDS = {"address", "name", "person", "organisation", "level"};
    private static final String[] EDGE_FIELDS = {"messages", "first", "last", "documentIds"};

    private GraphFormats() {}

    public static String write(MailGraph g, Format f) {
        return switch (f) {
            case JSON -> Json.write(g);
            case CSV -> csv(g);
            case GRAPHML -> xml(w -> graphml(w, g));
            case GEXF -> xml(w -> gexf(w, g));
        };
    }

    public static String write(MonthlyTraffic t, Format f) {
        return switch (f) {
            case JSON -> Json.write(Map.of("between", t.first(), "and", t.second(), "months", t.months()));
            case CSV -> {
                List<List<?>> rows = new ArrayList<>();
                for (MonthlyTraffic.Month m : t.months())
                    rows.add(List.of(
                            m.month(), m.firstToSecond(), m.secondToFirst(), String.join(" ", m.documentIds())));
                yield SpreadsheetCsv.write(
                        List.of(
                                "month",
                                t.first() + " to " + t.second(),
                                t.second() + " to " + t.first(),
                                "documentIds"),
                        rows);
            }
            default -> throw new UserMistake("--between writes json or csv");
        };
    }

    private static String csv(MailGraph g) {
        Map<String, Node> nodes = g.nodesById();
        List<List<?>> rows = new ArrayList<>();
        for (Edge e : g.edges()) {
            Node a = nodes.get(e.from());
            Node b = nodes.get(e.to());
            rows.add(List.of(
                    e.from(),
                    orEmpty(a.name()),
                    orEmpty(a.organisation()),
                    e.to(),
                    orEmpty(b.name()),
                    orEmpty(b.organisation()),
                    e.messages(),
                    text(e.first()),
                    text(e.last()),
                    String.join(" ", e.documentIds())));
        }
        return SpreadsheetCsv.write(
                List.of(
                        "from",
                        "fromName",
                        "fromOrganisation",
                        "to",
                        "toName",
                        "toOrganisation",
                        "messages",
                        "first",
                        "last",
                        "documentIds"),
                rows);
    }

    private static void graphml(XMLStreamWriter w, MailGraph g) throws XMLStreamException {
        String ns = "http://graphml.graphdrawing.org/xmlns";
        w.writeStartElement("graphml");
        w.writeDefaultNamespace(ns);
        w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        w.writeAttribute(
                "http://www.w3.org/2001/XMLSchema-instance",
                "schemaLocation",
                ns + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        for (String k : NODE_FIELDS) key(w, k, "node", "string");
        key(w, "messages", "edge", "int");
        key(w, "weight", "edge", "double");
        for (String k : List.of("first", "last", "documentIds")) key(w, k, "edge", "string");
        w.writeStartElement("graph");
        w.writeAttribute("id", "mail");
        w.writeAttribute("edgedefault", "directed");
        for (Node n : g.nodes()) {
            w.writeStartElement("node");
            w.writeAttribute("id", n.id());
            String[] values = {n.address(), n.name(), n.person(), n.organisation(), n.level()};
            for (int i = 0; i < values.length; i++) data(w, NODE_FIELDS[i], values[i]);
            w.writeEndElement();
        }
        int i = 0;
        for (Edge e : g.edges()) {
            w.writeStartElement("edge");
            w.writeAttribute("id", "e" + i++);
            w.writeAttribute("source", e.from());
            w.writeAttribute("target", e.to());
            data(w, "messages", Integer.toString(e.messages()));
            data(w, "weight", Integer.toString(e.messages()));
            data(w, "first", text(e.first()));
            data(w, "last", text(e.last()));
            data(w, "documentIds", String.join(" ", e.documentIds()));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void key(XMLStreamWriter w, String name, String on, String type) throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", name);
        w.writeAttribute("for", on);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) return;
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void gexf(XMLStreamWriter w, MailGraph g) throws XMLStreamException {
        String ns = "http://gexf.net/1.3";
        w.writeStartElement("gexf");
        w.writeDefaultNamespace(ns);
        w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        w.writeAttribute(
                "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation", ns + " http://gexf.net/1.3/gexf.xsd");
        w.writeAttribute("version", "1.3");
        w.writeStartElement("meta");
        w.writeAttribute("lastmodifieddate", LocalDate.now(ZoneOffset.UTC).toString());
        w.writeStartElement("creator");
        w.writeCharacters("Redress");
        w.writeEndElement();
        w.writeStartElement("description");
        w.writeCharacters("Who wrote to whom: each edge counts the messages from one node to another");
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("graph");
        w.writeAttribute("defaultedgetype", "directed");
        w.writeAttribute("mode", "static");
        attributes(w, "node", List.of(NODE_FIELDS), "string");
        w.writeStartElement("attributes");
        w.writeAttribute("class", "edge");
        gexfAttribute(w, "messages", "integer");
        for (String k : List.of("first", "last", "documentIds")) gexfAttribute(w, k, "string");
        w.writeEndElement();
        w.writeStartElement("nodes");
        w.writeAttribute("count", Integer.toString(g.nodes().size()));
        for (Node n : g.nodes()) {
            w.writeStartElement("node");
            w.writeAttribute("id", n.id());
            w.writeAttribute("label", n.name() != null ? n.name() : n.id());
            String[] values = {n.address(), n.name(), n.person(), n.organisation(), n.level()};
            attvalues(w, List.of(NODE_FIELDS), java.util.Arrays.asList(values));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement("edges");
        w.writeAttribute("count", Integer.toString(g.edges().size()));
        int i = 0;
        for (Edge e : g.edges()) {
            w.writeStartElement("edge");
            w.writeAttribute("id", Integer.toString(i++));
            w.writeAttribute("source", e.from());
            w.writeAttribute("target", e.to());
            w.writeAttribute("weight", Integer.toString(e.messages()));
            attvalues(
                    w,
                    List.of(EDGE_FIELDS),
                    java.util.Arrays.asList(
                            Integer.toString(e.messages()),
                            text(e.first()),
                            text(e.last()),
                            String.join(" ", e.documentIds())));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void attributes(XMLStreamWriter w, String on, List<String> names, String type)
            throws XMLStreamException {
        w.writeStartElement("attributes");
        w.writeAttribute("class", on);
        for (String n : names) gexfAttribute(w, n, type);
        w.writeEndElement();
    }

    private static void gexfAttribute(XMLStreamWriter w, String name, String type) throws XMLStreamException {
        w.writeEmptyElement("attribute");
        w.writeAttribute("id", name);
        w.writeAttribute("title", name);
        w.writeAttribute("type", type);
    }

    private static void attvalues(XMLStreamWriter w, List<String> names, List<String> values)
            throws XMLStreamException {
        w.writeStartElement("attvalues");
        for (int i = 0; i < names.size(); i++) {
            String v = values.get(i);
            if (v == null || v.isEmpty()) continue;
            w.writeEmptyElement("attvalue");
            w.writeAttribute("for", names.get(i));
            w.writeAttribute("value", v);
        }
        w.writeEndElement();
    }

    private interface XmlBody {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String xml(XmlBody body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static String text(Instant i) {
        return i == null ? "" : i.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
