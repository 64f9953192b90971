package org.redress.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.application.mentions.MentionRow;
import org.redress.application.mentions.PersonSummary;

/** Renders the watch list's pages (the review queue, a watched person) from precompiled, escaping jte templates. */
public final class WatchPages {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    /** Characters of context shown on each side of the matched words. */
    static final int CONTEXT = 70;

    /** A hit in the queue: the words before, the matched words and the words after, as they are on the page. */
    public record QueueRow(MentionRow hit, String before, String matched, String after) {
        static QueueRow of(MentionRow hit, String pageText) {
            int start = Math.min(hit.start(), pageText.length());
            int end = Math.min(Math.max(hit.end(), start), pageText.length());
            String before = pageText.substring(Math.max(0, start - CONTEXT), start);
            String after = pageText.substring(end, Math.min(pageText.length(), end + CONTEXT));
            return new QueueRow(hit, flat(before), flat(pageText.substring(start, end)), flat(after));
        }

        public String score() {
            return String.format(Locale.ROOT, "%.2f", hit.score());
        }

        private static String flat(String s) {
            return s.replaceAll("\\s+", " ");
        }
    }

    public record QueueModel(
            Messages t,
            List<QueueRow> rows,
            int total,
            String status,
            String person,
            BackgroundScreening.Status screening) {
        public String back() {
            return "/mentions?status=" + Pages.enc(status) + (person == null ? "" : "&person=" + Pages.enc(person));
        }

        public TextSpan.Form form(QueueRow r) {
            return MentionSpans.reviewForm(r.hit().id(), back(), t);
        }
    }

    public record PersonModel(
            Messages t,
            PersonSummary summary,
            Map<String, List<MentionRow>> byOrganisation,
            BackgroundScreening.Status screening) {
        public String search() {
            return "/?q=" + Pages.enc("person:\"" + summary.person() + "\"");
        }

        public String score(MentionRow r) {
            return String.format(Locale.ROOT, "%.2f", r.score());
        }
    }

    String queue(
            Messages t,
            List<QueueRow> rows,
            int total,
            String status,
            String person,
            BackgroundScreening.Status screening) {
        return render("mentions.jte", new QueueModel(t, rows, total, status, person, screening));
    }

    /** The person's hits by organisation (the sender's domain or producing agency; unknown last) and by date. */
    String person(Messages t, PersonSummary summary, List<MentionRow> hits, BackgroundScreening.Status screening) {
        Map<String, List<MentionRow>> groups = new LinkedHashMap<>();
        List<MentionRow> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparing((MentionRow r) -> r.organisations().isEmpty()
                        ? "\uffff"
                        : r.organisations().get(0))
                .thenComparing(r -> r.date() == null ? "9999" : r.date())
                .thenComparing(MentionRow::path)
                .thenComparingInt(MentionRow::page));
        for (MentionRow r : sorted) {
            String org = r.organisations().isEmpty() ? "" : r.organisations().get(0);
            groups.computeIfAbsent(org, k -> new ArrayList<>()).add(r);
        }
        return render("watched.jte", new PersonModel(t, summary, groups, screening));
    }

    private static String render(String template, Object model) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, Map.of("m", model), out);
        return out.toString();
    }
}
