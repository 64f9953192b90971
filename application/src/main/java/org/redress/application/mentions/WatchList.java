package org.redress.application.mentions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.analysis.names.Diminutives;
import org.redress.analysis.names.NameMatcher;
import org.redress.analysis.names.WatchedPerson;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.corpus.Sha256;
import org.redress.core.mentions.ScreenWords;

/**
 * The people being screened for, each keyed by their name, and the fingerprint of the whole: the watched names and
 * aliases, the short-name table and the matcher's version. A document screened with another fingerprint is screened
 * again.
 */
final class WatchList {
    private final Map<String, WatchedPerson> people = new LinkedHashMap<>();
    private final String fingerprint;
    private final Diminutives diminutives;

    WatchList(List<CasePerson> everyone, Diminutives diminutives) {
        this.diminutives = diminutives;
        List<CasePerson> watched =
                new ArrayList<>(everyone.stream().filter(CasePerson::watched).toList());
        watched.sort(Comparator.comparing(CasePerson::name));
        StringBuilder canon =
                new StringBuilder(NameMatcher.VERSION).append('\n').append(diminutives.canonical());
        for (CasePerson p : watched) {
            people.put(p.name(), new WatchedPerson(p.name(), p.name(), p.aliases()));
            canon.append(p.name())
                    .append('|')
                    .append(String.join("|", p.aliases()))
                    .append('\n');
        }
        this.fingerprint = Sha256.of(canon.toString().getBytes(StandardCharsets.UTF_8));
    }

    String fingerprint() {
        return fingerprint;
    }

    boolean isEmpty() {
        return people.isEmpty();
    }

    WatchedPerson person(String key) {
        return people.get(key);
    }

    List<String> names() {
        return List.copyOf(people.keySet());
    }

    /** What the fast screen looks for, person by person. */
    List<ScreenWords> screenWords() {
        return people.values().stream().map(p -> p.screenWords(diminutives)).toList();
    }
}
