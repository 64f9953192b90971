package org.redress.analysis.names;

import java.util.ArrayList;
import java.util.List;

/**
 * A watched person in the local part of an email address, as agencies and groups build them: jbalcazar@,
 * jose.balcazar@, balcazar.sanchez@, jebalcazar2@, balcazarj@. The surname must be written whole; what stands beside
 * it must be the person's given names, their initials or the other surname, or the address is someone else's
 * (rpalacios@ is not Zully Palacios). The surname alone (balcazar@) is kept below the threshold, for review.
 */
final class EmailLocalParts {
    private final NameMatcher matcher;

    EmailLocalParts(NameMatcher matcher) {
        this.matcher = matcher;
    }

    List<NameHit> hits(WatchedPerson person, PageWords page) {
        List<NameHit> out = new ArrayList<>();
        for (PageWords.LocalPart local : page.localParts()) {
            NameHit best = null;
            for (NameForm form : person.forms()) {
                NameHit h = match(person, form, local);
                if (h != null && (best == null || h.score() > best.score())) best = h;
            }
            if (best != null) out.add(best);
        }
        return out;
    }

    private NameHit match(WatchedPerson person, NameForm form, PageWords.LocalPart local) {
        List<String> pieces = new ArrayList<>();
        for (String p : local.text().split("[._+\\-]+")) {
            String f = Folding.fold(p).replaceAll("[0-9]+", "");
            if (!f.isEmpty()) pieces.add(f);
        }
        if (pieces.isEmpty()) return null;
        return pieces.size() == 1 ? joined(person, form, local, pieces.get(0)) : separated(person, form, local, pieces);
    }

    /** jose.balcazar, j.balcazar, balcazar.sanchez: every piece must be a part of the name or its initial. */
    private NameHit separated(WatchedPerson person, NameForm form, PageWords.LocalPart local, List<String> pieces) {
        int surnames = 0;
        int given = 0;
        int initials = 0;
        List<String> lines = new ArrayList<>();
        for (String piece : pieces) {
            String what = null;
            for (NamePart s : form.surnames()) {
                if (s.folded().equals(piece)) what = "surname " + (s.position() + 1) + " '" + s.display() + "'";
            }
            if (what != null) {
                surnames++;
            } else {
                for (NamePart g : form.given()) {
                    WordRule r = piece.length() == 1
                            ? matcher.givenRule(g, piece, true)
                            : matcher.givenRule(g, piece, false);
                    if (r != null && r != WordRule.ONE_EDIT && r != WordRule.PHONETIC) {
                        what = "given name " + (g.position() + 1) + " '" + g.display() + "': " + r.words();
                        if (r == WordRule.INITIAL) initials++;
                        else given++;
                        break;
                    }
                }
                if (what == null && person.aliasWords().containsKey(piece)) {
                    what = "alias '" + person.aliasWords().get(piece) + "'";
                    given++;
                }
            }
            if (what == null) return null;
            lines.add("'" + piece + "' = " + what);
        }
        if (surnames == 0) return null;
        double score = given > 0 ? 0.95 : (initials > 0 || surnames > 1) ? 0.85 : 0.65;
        return hit(person, form, local, score, lines);
    }

    /** jbalcazar, jebalcazar, josebalcazar, balcazarj, balcazarsanchez, balcazar. */
    private NameHit joined(WatchedPerson person, NameForm form, PageWords.LocalPart local, String piece) {
        NameHit best = null;
        for (NamePart s : form.surnames()) {
            if (s.folded().length() < 3) continue;
            int at = piece.indexOf(s.folded());
            if (at < 0) continue;
            String before = piece.substring(0, at);
            String after = piece.substring(at + s.folded().length());
            // A surname of three letters (Fox, Río) only with the person's initials or names beside it (mfox@).
            if (s.folded().length() < 4 && before.isEmpty() && after.isEmpty()) continue;
            List<String> lines = new ArrayList<>();
            lines.add("'" + s.folded() + "' = surname " + (s.position() + 1) + " '" + s.display() + "'");
            double score;
            String b = beside(person, form, s, before, false, lines);
            String a = beside(person, form, s, after, true, lines);
            if (b == null || a == null) continue;
            if (before.isEmpty() && after.isEmpty()) score = 0.65;
            else if (b.equals("given") || a.equals("surname")) score = b.equals("initials") ? 0.9 : 0.95;
            else if (b.equals("initials")) score = 0.85;
            else score = 0.8;
            NameHit h = hit(person, form, local, score, lines);
            if (best == null || h.score() > best.score()) best = h;
        }
        return best;
    }

    /** What stands beside the surname: "" (nothing), "given", "initials", "surname", or null for something else. */
    private String beside(
            WatchedPerson person, NameForm form, NamePart surname, String text, boolean after, List<String> lines) {
        if (text.isEmpty()) return "";
        for (NamePart other : form.surnames()) {
            // The other surname's initial only after the surname (balcazars@): before it, it is a given name's.
            if (other != surname
                    && (other.folded().equals(text)
                            || (after && other.folded().substring(0, 1).equals(text)))) {
                lines.add("'" + text + "' = surname " + (other.position() + 1) + " '" + other.display() + "'"
                        + (text.length() == 1 ? ": initial" : ""));
                return text.length() == 1 ? "initials" : "surname";
            }
        }
        for (NamePart g : form.given()) {
            if (g.folded().equals(text) || matcher.diminutives().related(g.folded(), text)) {
                lines.add("'" + text + "' = given name " + (g.position() + 1) + " '" + g.display() + "'");
                return "given";
            }
        }
        if (person.aliasWords().containsKey(text)) {
            lines.add("'" + text + "' = alias '" + person.aliasWords().get(text) + "'");
            return "given";
        }
        // Initials of the given names, in order: j, je, e.
        if (text.length() <= form.given().size()) {
            int g = 0;
            for (char ch : text.toCharArray()) {
                while (g < form.given().size() && form.given().get(g).folded().charAt(0) != ch) g++;
                if (g == form.given().size()) return null;
                g++;
            }
            lines.add("'" + text + "' = initials of the given names");
            return "initials";
        }
        return null;
    }

    private static NameHit hit(
            WatchedPerson person, NameForm form, PageWords.LocalPart local, double score, List<String> lines) {
        String rule = "email local part"
                + (score < NameMatcher.THRESHOLD ? "; surname alone, below the threshold for review" : "") + " ["
                + form.label() + "]";
        return new NameHit(person.key(), local.start(), local.end(), local.text(), score, rule, lines);
    }
}
