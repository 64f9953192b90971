package org.redress.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.redress.analysis.retaliation.ProximityAnalysis;
import org.redress.analysis.retaliation.ProximityRow;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Part;
import org.redress.core.casemodel.Participant;
import org.redress.core.casemodel.Role;
import org.redress.core.chronology.EventDate;
import org.redress.core.chronology.EventKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The timeline chart drawn from people and events in memory: one mark per dated event in each lane it is about,
 * protected activity and adverse actions told apart, imprecise dates as spans, hostile names escaped, and the PNG the
 * same picture as the SVG.
 */
class TimelineChartTest {
    static final String HOSTILE_NAME = "Zoë <b>O'Neil</b> & \"co\"\u0007";
    static final String HOSTILE_ORG = "<img src=x onerror=alert(1)>";
    static final String HOSTILE_ID = "E<10>&";

    static final List<CasePerson> PEOPLE = List.of(
            new CasePerson("Ana", List.of(), Role.SUBJECT, "Migrant Justice", true, ""),
            new CasePerson("Ben", List.of(), Role.SUBJECT, HOSTILE_ORG, false, ""),
            new CasePerson(HOSTILE_NAME, List.of(), Role.SUBJECT, null, false, ""),
            new CasePerson("Agent Smith", List.of(), Role.OFFICIAL, "ICE", false, ""));

    static final List<CaseEvent> EVENTS = List.of(
            event("E1", "2017-03-01", "protected.press_conference", "Ana"),
            event("E2", "2017-03-17", "adverse.arrest", "Ana"),
            event("E3", "2017-03", "protected.protest", "Migrant Justice"),
            event("E4", "~2017-04-10", "adverse.detention", "Ben"),
            event("E5", "2017-03-15..2017-03-20", "adverse.surveillance", "Ana", "Ben"),
            event("E6", "<2017-02-20", "adverse.records_lookup", "Ben"),
            event("E7", ">2017-04-20", "protected.publication", HOSTILE_NAME),
            event("E8", "2017-03-05", "other.communication", "Ana"), // neither protected nor adverse: no mark
            event("E9", "2017-03-06", "adverse.threat", "Agent Smith"), // about no subject: no lane
            event(HOSTILE_ID, "2017-03-10", "protected.social_media_post", HOSTILE_NAME));

    static CaseEvent event(String id, String date, String kind, String... targets) {
        List<Participant> people = new ArrayList<>();
        for (String t : targets) people.add(new Participant(t, Part.TARGET));
        people.add(new Participant("Agent Smith", Part.ACTOR)); // an actor is never a lane
        return new CaseEvent(id, EventDate.parse(date), EventKind.of(kind), people, "", "", false, List.of());
    }

    static List<ProximityRow> proximity(List<CasePerson> people, List<CaseEvent> events) {
        return ProximityAnalysis.run(
                        events.stream().map(CaseEvent::toEvent).toList(),
                        people.stream().map(CasePerson::toPerson).toList())
                .rows();
    }

    static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** A drawn mark: its shape, class, colour, where it is and the event it names (the first word of its tooltip). */
    record Mark(String shape, String cls, String fill, double x, double width, double y, String event) {
        boolean isSpan() {
            return cls.endsWith(" span");
        }

        /** Where a point stands: a circle's centre, a square's middle. */
        double centre() {
            return x + width / 2;
        }
    }

    static List<Mark> marks(Document svg) {
        List<Mark> out = new ArrayList<>();
        for (String shape : List.of("circle", "rect")) {
            NodeList nodes = svg.getElementsByTagName(shape);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                String label = e.getElementsByTagName("title").item(0).getTextContent();
                String event = label.substring(0, label.indexOf(' '));
                if (shape.equals("circle")) {
                    out.add(new Mark(
                            shape, e.getAttribute("class"), e.getAttribute("fill"), d(e, "cx"), 0, d(e, "cy"), event));
                } else {
                    double h = d(e, "height");
                    out.add(new Mark(
                            shape,
                            e.getAttribute("class"),
                            e.getAttribute("fill"),
                            d(e, "x"),
                            d(e, "width"),
                            d(e, "y") + h / 2,
                            event));
                }
            }
        }
        return out;
    }

    static double d(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    static Mark only(List<Mark> marks, String event) {
        List<Mark> of = marks.stream().filter(m -> m.event().equals(event)).toList();
        assertThat(of).as(event).hasSize(1);
        return of.get(0);
    }

    static String svg() {
        return TimelineChart.svg(PEOPLE, EVENTS, proximity(PEOPLE, EVENTS));
    }

    @Test
    void eachProtectedOrAdverseEventIsMarkedOnceInEveryLaneItIsAbout() throws Exception {
        List<Mark> marks = marks(parse(svg()));
        Map<String, Integer> perEvent = new LinkedHashMap<>();
        marks.forEach(m -> perEvent.merge(m.event(), 1, Integer::sum));
        // E5 is about Ana and Ben: one mark in each lane; E8 (other) and E9 (no subject) are not drawn
        assertThat(perEvent)
                .containsOnly(
                        Map.entry("E1", 1),
                        Map.entry("E2", 1),
                        Map.entry("E3", 1),
                        Map.entry("E4", 1),
                        Map.entry("E5", 2),
                        Map.entry("E6", 1),
                        Map.entry("E7", 1),
                        Map.entry(HOSTILE_ID, 1));
        // lanes: Ana, Ben, the third subject, then the subjects' organisations
        double ana = only(marks, "E1").y();
        assertThat(only(marks, "E2").y()).isEqualTo(ana);
        assertThat(marks.stream().filter(m -> m.event().equals("E5")).map(Mark::y))
                .containsExactlyInAnyOrder(ana, only(marks, "E4").y());
        assertThat(only(marks, "E4").y()).isGreaterThan(ana);
        assertThat(only(marks, HOSTILE_ID).y()).isGreaterThan(only(marks, "E4").y());
        assertThat(only(marks, "E3").y()).isGreaterThan(only(marks, HOSTILE_ID).y());
    }

    @Test
    void protectedActivityAndAdverseActionsAreToldApartByShapeAndColour() throws Exception {
        List<Mark> marks = marks(parse(svg()));
        for (Mark m : marks) {
            boolean isProtected = List.of("E1", "E3", "E7", HOSTILE_ID).contains(m.event());
            assertThat(m.cls()).as(m.event()).startsWith(isProtected ? "protected" : "adverse");
            assertThat(m.fill()).as(m.event()).isEqualTo(isProtected ? "#1b7f3b" : "#b3261e");
        }
        Mark conference = only(marks, "E1");
        Mark arrest = only(marks, "E2");
        assertThat(conference.shape()).isEqualTo("circle");
        assertThat(conference.isSpan()).isFalse();
        assertThat(arrest.shape()).isEqualTo("rect");
        assertThat(arrest.cls()).isEqualTo("adverse");
        assertThat(arrest.centre()).isGreaterThan(conference.centre()); // 03-17 after 03-01
    }

    @Test
    void anImpreciseDateIsDrawnAsTheSpanItMayFallIn() throws Exception {
        List<Mark> marks = marks(parse(svg()));
        Mark march = only(marks, "E3");
        Mark conference = only(marks, "E1");
        Mark arrest = only(marks, "E2");
        assertThat(march.isSpan()).isTrue();
        assertThat(march.x()).isCloseTo(conference.centre(), org.assertj.core.data.Offset.offset(0.1)); // from 03-01
        assertThat(march.x() + march.width()).isGreaterThan(arrest.centre()); // past 03-17
        Mark surveillance =
                marks.stream().filter(m -> m.event().equals("E5")).findFirst().orElseThrow();
        assertThat(surveillance.isSpan()).isTrue();
        assertThat(surveillance.x()).isLessThan(arrest.centre()); // 03-15 ..
        assertThat(surveillance.x() + surveillance.width()).isGreaterThan(arrest.centre()); // .. 03-20 holds 03-17
        for (String imprecise : List.of("E4", "E6", "E7")) { // around, before, after
            assertThat(only(marks, imprecise).isSpan()).as(imprecise).isTrue();
            assertThat(only(marks, imprecise).width()).as(imprecise).isPositive();
        }
        assertThat(marks.stream().filter(m -> !m.isSpan()).map(Mark::event))
                .containsExactlyInAnyOrder("E1", "E2", HOSTILE_ID);
    }

    /** A few days in a chart of years are less than a pixel wide, and are still not a point. */
    @Test
    void aNarrowImpreciseDateInALongChartIsStillASpan() throws Exception {
        List<CasePerson> people = List.of(new CasePerson("Ana", List.of(), Role.SUBJECT, null, false, ""));
        List<CaseEvent> events = List.of(
                event("E1", "2008-01-01", "protected.protest", "Ana"),
                event("E2", "2015-06-01..2015-06-02", "adverse.surveillance", "Ana"),
                event("E3", "~2016-02-10", "protected.testimony", "Ana"),
                event("E4", "2024-12-31", "adverse.arrest", "Ana"));
        List<Mark> marks = marks(parse(TimelineChart.svg(people, events, proximity(people, events))));
        assertThat(only(marks, "E2").isSpan()).isTrue();
        assertThat(only(marks, "E3").isSpan()).isTrue();
        assertThat(only(marks, "E1").isSpan()).isFalse();
        assertThat(only(marks, "E4").isSpan()).isFalse();
    }

    @Test
    void hostileNamesIdsAndWordsAreEscapedAndTheSvgIsWellFormed() throws Exception {
        TimelineChart.Words words = new TimelineChart.Words("Chart <script>alert(1)</script>", "d<ías>", "grupo & co");
        String svg = TimelineChart.svg(PEOPLE, EVENTS, proximity(PEOPLE, EVENTS), words);
        Document doc = parse(svg); // a control character or an unescaped name would fail here
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("b").getLength()).isZero();
        assertThat(doc.getElementsByTagName("img").getLength()).isZero();
        assertThat(svg).doesNotContain("<script", "<b>", "<img", "<ías>", "\u0007");
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) texts.add(nodes.item(i).getTextContent());
        // the reader sees the names as written (the control character as a space)
        assertThat(texts)
                .contains("Chart <script>alert(1)</script>", "Zoë <b>O'Neil</b> & \"co\" ", HOSTILE_ORG, "Ana", "Ben");
        assertThat(texts).anyMatch(t -> t.endsWith(" d<ías>"));
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Chart <script>alert(1)</script>");
        assertThat(marks(doc)).extracting(Mark::event).contains(HOSTILE_ID);
    }

    @Test
    void thePngIsTheSamePictureAtTheSameSize() throws Exception {
        Document svg = parse(svg());
        int height = Integer.parseInt(svg.getDocumentElement().getAttribute("height"));
        assertThat(height)
                .isEqualTo(40 + 5 * 60 + 40); // five lanes: three subjects and the two organisations they belong to
        BufferedImage png =
                ImageIO.read(new ByteArrayInputStream(TimelineChart.png(PEOPLE, EVENTS, proximity(PEOPLE, EVENTS))));
        assertThat(png).isNotNull();
        assertThat(png.getWidth()).isEqualTo(1000);
        assertThat(png.getHeight()).isEqualTo(height);
        List<Mark> marks = marks(svg);
        // a point's centre is painted in its colour: green for protected activity, red for adverse action
        assertThat(near(rgb(png, only(marks, "E1").centre(), only(marks, "E1").y()), 0x1b7f3b))
                .isTrue();
        assertThat(near(rgb(png, only(marks, "E2").centre(), only(marks, "E2").y()), 0xb3261e))
                .isTrue();
        // a span is a translucent bar of the same colour
        for (Mark m : marks) {
            if (!m.isSpan()) continue;
            int c = rgb(png, m.x() + 2, m.y() - 2);
            int r = c >> 16 & 0xff, g = c >> 8 & 0xff, b = c & 0xff;
            if (m.cls().startsWith("protected"))
                assertThat(g).as(m.event()).isGreaterThan(r).isGreaterThan(b);
            else assertThat(r).as(m.event()).isGreaterThan(g + 40).isGreaterThan(b + 40);
        }
    }

    /** Each channel within 2 of the expected colour's (antialiasing and compositing round). */
    static boolean near(int rgb, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((rgb >> shift & 0xff) - (expected >> shift & 0xff)) > 2) return false;
        }
        return true;
    }

    static int rgb(BufferedImage img, double x, double y) {
        return img.getRGB((int) x, (int) y) & 0xffffff;
    }
}
