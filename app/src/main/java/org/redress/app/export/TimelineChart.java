package org.redress.app.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.redress.analysis.retaliation.ProximityRow;
import org.redress.application.casemodel.CaseAnalysis;
import org.redress.application.mentions.FirstNamed;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Role;
import org.redress.core.port.CaseModelStore;

/**
 * A timeline of protected activity (green circles) and adverse actions (red squares), one lane per subject, with each
 * adverse action joined to the latest earlier protected activity of that person by a bracket labelled with the days
 * between (a range where the dates are imprecise). The same drawing as SVG (text escaped) and as PNG (Java2D).
 */
public final class TimelineChart {
    static final int WIDTH = 1000;
    static final int LANE = 60;
    static final int LEFT = 170;
    static final int RIGHT = 50;
    static final int TOP = 40;
    /** The narrowest an imprecise date is drawn, so that it is still a span (the renderers draw wider than 1 pixel as one). */
    static final double MIN_SPAN = 4;

    static final Color PROTECTED = new Color(0x1b7f3b);
    static final Color ADVERSE = new Color(0xb3261e);
    static final Color GAP = new Color(0x555555);

    record Mark(double x, double x2, int lane, boolean isProtected, String label) {}

    record Gap(double x1, double x2, int lane, String label) {}

    /** Where the records first named a lane's person: a blue diamond under the lane (only when the watch list is asked for). */
    record Known(double x, int lane, String label) {}

    static final Color KNOWN = new Color(0x1f4e9c);

    /** The chart's words: its title, the unit after a number of days, and the mark of a gap measured from the group's activity. */
    public record Words(String title, String days, String group, String firstNamed) {
        public static final Words ENGLISH = new Words(
                "Protected activity (●) and adverse actions (■), days from the latest earlier protected activity",
                "d",
                "group",
                "first named in the agency's records");

        public Words(String title, String days, String group) {
            this(title, days, group, "first named in the agency's records");
        }
    }

    record Layout(
            int height,
            List<String> lanes,
            List<Mark> marks,
            List<Gap> gaps,
            List<Known> known,
            List<String[]> ticks,
            String title) {}

    private TimelineChart() {}

    static Layout layout(List<CasePerson> people, List<CaseEvent> events, List<ProximityRow> proximity) {
        return layout(people, events, proximity, Words.ENGLISH);
    }

    static Layout layout(List<CasePerson> people, List<CaseEvent> events, List<ProximityRow> proximity, Words words) {
        return layout(people, events, proximity, words, List.of());
    }

    static Layout layout(
            List<CasePerson> people,
            List<CaseEvent> events,
            List<ProximityRow> proximity,
            Words words,
            List<FirstNamed> firstNamed) {
        List<String> lanes = new ArrayList<>(people.stream()
                .filter(p -> p.role() == Role.SUBJECT)
                .map(CasePerson::name)
                .toList());
        // the subjects' organisations get a lane too, for what the group did or suffered as a group
        people.stream()
                .filter(p -> p.role() == Role.SUBJECT && p.organisation() != null)
                .map(CasePerson::organisation)
                .distinct()
                .filter(o -> lanes.stream().noneMatch(o::equalsIgnoreCase))
                .forEach(lanes::add);
        List<CaseEvent> relevant = events.stream()
                .filter(e -> e.kind().isProtected() || e.kind().isAdverse())
                .toList();
        LocalDate first = relevant.stream()
                .map(e -> e.date().earliest().orElse(e.date().anchorDay()))
                .min(LocalDate::compareTo)
                .orElse(LocalDate.now());
        List<FirstNamed> known = firstNamed.stream()
                .filter(k -> lanes.stream().anyMatch(l -> l.equalsIgnoreCase(k.person())))
                .toList();
        for (FirstNamed k : known) if (relevant.isEmpty() || k.date().isBefore(first)) first = k.date();
        LocalDate last = relevant.stream()
                .map(e -> e.date().latest().orElse(e.date().anchorDay()))
                .max(LocalDate::compareTo)
                .orElse(first);
        for (FirstNamed k : known) if (k.date().isAfter(last)) last = k.date();
        if (!last.isAfter(first)) last = first.plusDays(1);
        long span = ChronoUnit.DAYS.between(first, last);
        LocalDate f = first;
        LocalDate lastDay = last;
        java.util.function.Function<LocalDate, Double> x =
                d -> LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(f, d) / span;
        List<Mark> marks = new ArrayList<>();
        for (CaseEvent e : relevant) {
            for (int i = 0; i < lanes.size(); i++) {
                String lane = lanes.get(i);
                if (e.targets().stream().anyMatch(t -> t.equalsIgnoreCase(lane))) {
                    // an imprecise date is drawn as the span it may fall in (clamped to the chart), never as a false
                    // point
                    LocalDate from =
                            e.date().earliest().filter(d -> !d.isBefore(f)).orElse(f);
                    LocalDate to =
                            e.date().latest().filter(d -> !d.isAfter(lastDay)).orElse(lastDay);
                    double x1 = e.date().isExactDay() ? x.apply(e.date().anchorDay()) : x.apply(from);
                    // ... however few pixels it covers (days in a chart of years, an open end at the chart's edge)
                    double x2 = e.date().isExactDay() ? x1 : Math.max(x.apply(to), x1 + MIN_SPAN);
                    marks.add(new Mark(
                            x1,
                            x2,
                            i,
                            e.kind().isProtected(),
                            e.id() + " " + e.date() + " " + e.kind().code()));
                }
            }
        }
        List<Gap> gaps = new ArrayList<>();
        for (ProximityRow r : proximity) {
            int lane = lanes.indexOf(r.person());
            boolean own = r.priorActivity() != null;
            if (lane < 0 || (!own && r.orgPriorActivity() == null)) continue;
            String priorId = own ? r.priorActivity() : r.orgPriorActivity();
            Long min = own ? r.gapDaysMin() : r.orgGapDaysMin();
            Long max = own ? r.gapDaysMax() : r.orgGapDaysMax();
            CaseEvent prior = events.stream()
                    .filter(e -> e.id().equals(priorId))
                    .findFirst()
                    .orElse(null);
            CaseEvent action = events.stream()
                    .filter(e -> e.id().equals(r.event()))
                    .findFirst()
                    .orElse(null);
            if (prior == null || action == null) continue;
            // the person's own latest activity; failing that, the group's (labelled so)
            String label = (min.equals(max)
                            ? min + " " + words.days()
                            : min + "–" + (max == null ? "?" : max) + " " + words.days())
                    + (own ? "" : " (" + words.group() + ")");
            gaps.add(new Gap(
                    x.apply(prior.date().anchorDay()), x.apply(action.date().anchorDay()), lane, label));
        }
        List<Known> knownMarks = new ArrayList<>();
        for (FirstNamed k : known) {
            int lane = -1;
            for (int i = 0; i < lanes.size(); i++) if (lanes.get(i).equalsIgnoreCase(k.person())) lane = i;
            knownMarks.add(new Known(
                    x.apply(k.date()),
                    lane,
                    words.firstNamed() + " " + k.date()
                            + (k.organisation() == null ? "" : " (" + k.organisation() + ")")));
        }
        List<String[]> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            LocalDate d = first.plusDays(span * i / 4);
            ticks.add(new String[] {String.valueOf(x.apply(d)), d.toString()});
        }
        int height = TOP + Math.max(1, lanes.size()) * LANE + 40;
        return new Layout(height, lanes, marks, gaps, knownMarks, ticks, words.title());
    }

    /** The chart as a standalone SVG document; every text is XML-escaped. */
    /** The case's chart, with the day gaps of its proximity analysis. */
    public static String svg(CaseModelStore store, Words words) {
        return svg(store.people(), store.events(), CaseAnalysis.proximity(store).rows(), words);
    }

    public static byte[] png(CaseModelStore store) {
        return png(store, List.of());
    }

    /** The case's chart as PNG with a marker where the records first named each subject (the watch list asked for). */
    public static byte[] png(CaseModelStore store, List<FirstNamed> firstNamed) {
        return png(layout(
                store.people(), store.events(), CaseAnalysis.proximity(store).rows(), Words.ENGLISH, firstNamed));
    }

    /** The case's chart as SVG with the first-named markers. */
    public static String svg(CaseModelStore store, Words words, List<FirstNamed> firstNamed) {
        return svg(layout(
                store.people(), store.events(), CaseAnalysis.proximity(store).rows(), words, firstNamed));
    }

    public static String svg(List<CasePerson> people, List<CaseEvent> events, List<ProximityRow> proximity) {
        return svg(people, events, proximity, Words.ENGLISH);
    }

    /** The chart in the given words (the page's language). */
    public static String svg(
            List<CasePerson> people, List<CaseEvent> events, List<ProximityRow> proximity, Words words) {
        return svg(layout(people, events, proximity, words));
    }

    static String svg(Layout l) {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(l.height())
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(l.height())
                .append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">\n");
        s.append("<title>").append(esc(l.title())).append("</title>\n");
        s.append("<text x=\"10\" y=\"20\" font-size=\"14\">")
                .append(esc(l.title()))
                .append("</text>\n");
        int axisY = TOP + Math.max(1, l.lanes().size()) * LANE;
        for (String[] t : l.ticks()) {
            s.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n",
                    d(t[0]),
                    TOP,
                    d(t[0]),
                    axisY));
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    d(t[0]),
                    axisY + 16,
                    esc(t[1])));
        }
        for (int i = 0; i < l.lanes().size(); i++) {
            int y = laneY(i);
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"10\" y=\"%d\">%s</text>%n",
                    y + 4,
                    esc(l.lanes().get(i))));
            s.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>%n",
                    LEFT,
                    y,
                    WIDTH - RIGHT,
                    y));
        }
        for (Gap g : l.gaps()) {
            int y = laneY(g.lane()) - 16;
            s.append(String.format(
                    Locale.ROOT,
                    "<path class=\"gap\" d=\"M%.1f %d V%d H%.1f V%d\" fill=\"none\" stroke=\"#555\" stroke-dasharray=\"3 2\"/>%n",
                    g.x1(),
                    y + 10,
                    y,
                    g.x2(),
                    y + 10));
            s.append(String.format(
                    Locale.ROOT,
                    "<text class=\"gap-label\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%s</text>%n",
                    (g.x1() + g.x2()) / 2,
                    y - 3,
                    esc(g.label())));
        }
        for (Mark m : l.marks()) {
            int y = laneY(m.lane());
            if (m.x2() > m.x() + 1) {
                s.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"%s span\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"8\" rx=\"4\" fill=\"%s\" fill-opacity=\"0.45\"><title>%s</title></rect>%n",
                        m.isProtected() ? "protected" : "adverse",
                        m.x(),
                        y - 4,
                        m.x2() - m.x(),
                        m.isProtected() ? "#1b7f3b" : "#b3261e",
                        esc(m.label())));
            } else if (m.isProtected()) {
                s.append(String.format(
                        Locale.ROOT,
                        "<circle class=\"protected\" cx=\"%.1f\" cy=\"%d\" r=\"6\" fill=\"#1b7f3b\"><title>%s</title></circle>%n",
                        m.x(),
                        y,
                        esc(m.label())));
            } else {
                s.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"adverse\" x=\"%.1f\" y=\"%d\" width=\"12\" height=\"12\" fill=\"#b3261e\"><title>%s</title></rect>%n",
                        m.x() - 6,
                        y - 6,
                        esc(m.label())));
            }
        }
        for (Known k : l.known()) {
            int y = laneY(k.lane());
            s.append(String.format(
                    Locale.ROOT,
                    "<polygon class=\"knowledge\" points=\"%.1f,%d %.1f,%d %.1f,%d %.1f,%d\" fill=\"#1f4e9c\"><title>%s</title></polygon>%n",
                    k.x(),
                    y + 6,
                    k.x() + 6,
                    y + 12,
                    k.x(),
                    y + 18,
                    k.x() - 6,
                    y + 12,
                    esc(k.label())));
        }
        s.append("</svg>\n");
        return s.toString();
    }

    /** The same chart as PNG bytes. */
    public static byte[] png(List<CasePerson> people, List<CaseEvent> events, List<ProximityRow> proximity) {
        return png(layout(people, events, proximity));
    }

    static byte[] png(Layout l) {
        BufferedImage img = new BufferedImage(WIDTH, l.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, l.height());
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.setColor(Color.BLACK);
            g.drawString(
                    "Protected activity (circles) and adverse actions (squares), days from the latest earlier protected activity",
                    10,
                    20);
            int axisY = TOP + Math.max(1, l.lanes().size()) * LANE;
            for (String[] t : l.ticks()) {
                int x = (int) d(t[0]);
                g.setColor(new Color(0xdddddd));
                g.drawLine(x, TOP, x, axisY);
                g.setColor(Color.BLACK);
                g.drawString(t[1], x - g.getFontMetrics().stringWidth(t[1]) / 2, axisY + 16);
            }
            for (int i = 0; i < l.lanes().size(); i++) {
                int y = laneY(i);
                g.setColor(Color.BLACK);
                g.drawString(l.lanes().get(i), 10, y + 4);
                g.setColor(new Color(0x999999));
                g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            }
            g.setStroke(
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            for (Gap gap : l.gaps()) {
                int y = laneY(gap.lane()) - 16;
                int x1 = (int) gap.x1();
                int x2 = (int) gap.x2();
                g.setColor(GAP);
                g.drawLine(x1, y + 10, x1, y);
                g.drawLine(x1, y, x2, y);
                g.drawLine(x2, y, x2, y + 10);
                g.drawString(gap.label(), (x1 + x2) / 2 - g.getFontMetrics().stringWidth(gap.label()) / 2, y - 3);
            }
            for (Mark m : l.marks()) {
                int y = laneY(m.lane());
                int x = (int) m.x();
                if (m.x2() > m.x() + 1) {
                    Color c = m.isProtected() ? PROTECTED : ADVERSE;
                    g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 115));
                    g.fillRoundRect(x, y - 4, (int) (m.x2() - m.x()), 8, 8, 8);
                } else if (m.isProtected()) {
                    g.setColor(PROTECTED);
                    g.fillOval(x - 6, y - 6, 12, 12);
                } else {
                    g.setColor(ADVERSE);
                    g.fillRect(x - 6, y - 6, 12, 12);
                }
            }
            g.setColor(KNOWN);
            for (Known k : l.known()) {
                int y = laneY(k.lane()) + 12;
                int x = (int) k.x();
                g.fillPolygon(new int[] {x, x + 6, x, x - 6}, new int[] {y - 6, y, y + 6, y}, 4);
            }
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int laneY(int lane) {
        return TOP + 20 + lane * LANE + LANE / 2 - 10;
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c < 0x20 && c != '\t' && c != '\n' ? ' ' : c);
            }
        }
        return b.toString();
    }
}
