package org.redress.analysis.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A reading made a hit: its offsets, its score, its rule in a line and its explanation word by word. */
final class HitExplanation {
    private HitExplanation() {}

    static NameHit hit(
            WatchedPerson p, NameForm form, PageWords page, List<Word> ws, Reading.Candidate c, double factor) {
        int start = ws.get(c.from()).start();
        int end = ws.get(c.to()).end();
        List<String> lines = new ArrayList<>();
        Set<String> rules = new LinkedHashSet<>();
        boolean hyphen = false;
        for (Reading.Pick x : c.picks()) {
            Word w = ws.get(x.word());
            String said = "'" + w.text() + "'";
            String line;
            if (x.option() == null) {
                line = said + ": "
                        + switch (x.as()) {
                            case "particle" -> "particle";
                            case "courtesy" -> "courtesy title";
                            case "middle initial" -> "a middle initial the name does not record";
                            default -> "title or role";
                        };
            } else {
                Reading.Option o = x.option();
                String what = o.alias()
                        ? "alias '" + p.aliasWords().get(w.folded()) + "'"
                        : (o.part().role() == NamePart.Role.GIVEN ? "given name " : "surname ")
                                + (o.part().position() + 1) + " '" + o.part().display() + "'";
                line = said + " = " + what + ": " + o.rule().words() + (o.detail() == null ? "" : ": " + o.detail());
                if (o.rule() != WordRule.EXACT) rules.add(o.rule().words());
            }
            if (w.brokenAcrossLine()) {
                line += ", " + w.joined().words();
                rules.add(
                        w.joined() == Word.Joined.HYPHEN
                                ? "broken across a line at a hyphen"
                                : "broken across a line without a hyphen");
            }
            if (x.word() > c.from() && w.before().contains("-")) hyphen = true;
            lines.add(line);
        }
        if (hyphen) rules.add("hyphenated");
        if (factor < 1) {
            rules.add("a capitalised word beside it may be another person's name");
            lines.add("score lowered: the word beside the hit could be a conflicting name");
        }
        String rule =
                c.pattern() + (rules.isEmpty() ? "" : "; " + String.join(", ", rules)) + " [" + form.label() + "]";
        double score = Math.round(c.score() * factor * 1000) / 1000.0;
        return new NameHit(p.key(), start, end, page.text().substring(start, end), score, rule, lines);
    }
}
