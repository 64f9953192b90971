package org.redress.analysis.names;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-word alias of the person standing alone on the page ("Kike"), unless a name-like word beside it makes it
 * another person's name (Güero Tapia); a short alias, too broad to count, is kept below the threshold for review.
 */
final class AliasesAlone {
    private final NameWords words;

    AliasesAlone(NameWords words) {
        this.words = words;
    }

    /** A name-like word right beside a nickname makes it another person's name (Güero Tapia). */
    private boolean besideAnotherName(List<Word> ws, int k) {
        if (k > 0
                && NameWords.SPACE.matcher(ws.get(k).before()).matches()
                && words.couldBeAName(ws.get(k - 1))
                && !NameWords.sentenceInitial(ws, k - 1)) return true;
        return k + 1 < ws.size()
                && NameWords.SPACE.matcher(ws.get(k + 1).before()).matches()
                && words.couldBeAName(ws.get(k + 1));
    }

    List<NameHit> hits(WatchedPerson p, PageWords page) {
        List<NameHit> out = new ArrayList<>();
        List<Word> ws = page.words();
        for (int k = 0; k < ws.size(); k++) {
            Word w = ws.get(k);
            if (w.inEmail()) continue;
            String alias = p.aliasWords().get(w.folded());
            if (alias == null || besideAnotherName(ws, k)) continue;
            boolean broad = p.broadAlias(w.folded());
            if (broad && !w.nameLike()) continue;
            double score = broad ? 0.65 : 0.8;
            String rule = "alias alone" + (broad ? "; short alias, below the threshold for review" : "");
            out.add(new NameHit(
                    p.key(),
                    w.start(),
                    w.end(),
                    page.text().substring(w.start(), w.end()),
                    score,
                    rule,
                    List.of("'" + w.text() + "' = alias '" + alias + "'"
                            + (Folding.accentsDiffer(w.text(), alias) ? ": accents differ" : ": same word"))));
        }
        return out;
    }
}
