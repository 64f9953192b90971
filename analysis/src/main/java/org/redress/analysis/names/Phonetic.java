package org.redress.analysis.names;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.language.bm.Languages.LanguageSet;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * Beider–Morse phonetic codes with the Spanish and English rules (approximate), as commons-codec computes them:
 * "Balcázar" and "Balkasar" share a code, "Balcázar" and "Baltazar" do not. Codes are remembered, since computing one
 * takes milliseconds.
 */
public final class Phonetic {
    private static final PhoneticEngine ENGINE = new PhoneticEngine(NameType.GENERIC, RuleType.APPROX, true);
    private static final LanguageSet LANGUAGES = LanguageSet.from(new HashSet<>(List.of("spanish", "english")));
    private final Map<String, Set<String>> codes = new ConcurrentHashMap<>();

    /** True when two folded words share a phonetic code. */
    public boolean soundAlike(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        Set<String> ca = codes(a);
        for (String c : codes(b)) {
            if (ca.contains(c)) return true;
        }
        return false;
    }

    Set<String> codes(String folded) {
        return codes.computeIfAbsent(
                folded,
                w -> Set.copyOf(Arrays.asList(ENGINE.encode(w, LANGUAGES).split("[|-]"))));
    }
}
