package org.redress.bench.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.redress.analysis.names.Diminutives;
import org.redress.analysis.names.Folding;
import org.redress.bench.names.Members.Member;

/**
 * Writes a member's name the way one variant class does, or returns null when the class does not apply to the member
 * (a hyphen needs two surnames, a particle a surname that has one).
 */
final class NameVariants {
    private static final String[] DOMAINS = {
        "smvb.example.gov", "ncso.example.org", "migrantjustice.example.org", "gmail.example.com"
    };
    private final SplittableRandom r;
    private final Diminutives table = Diminutives.builtIn();
    private final Set<String> taken;

    /** {@code taken}: every folded surname of the watch list, which a look-alike must not be. */
    NameVariants(SplittableRandom r, Set<String> taken) {
        this.r = r;
        this.taken = taken;
    }

    String write(Member m, Variant v) {
        return switch (v) {
            case FULL -> m.name();
            case ACCENTS_DROPPED -> accentsDropped(m);
            case ACCENTS_MANGLED -> Damage.accents(pickForm(m), r);
            case HYPHENATED ->
                m.maternal() == null
                        ? null
                        : (r.nextBoolean() ? given(m) : initial(m.given().get(0)) + ".") + " " + m.paternalWritten()
                                + "-" + m.maternal();
            case ONE_SURNAME ->
                m.maternal() == null ? null : given(m) + " " + (r.nextBoolean() ? m.paternalWritten() : m.maternal());
            case PARTICLES -> particles(m);
            case REORDERED -> reordered(m);
            case INITIALS -> initials(m);
            case NICKNAME -> nickname(m);
            case OCR -> Damage.ocr(r.nextInt(3) == 0 ? pickForm(m) : m.name(), 0.05 + 0.10 * r.nextDouble(), r);
            case LINE_BREAK -> lineBreak(m);
            case EMAIL -> email(m);
            case OTHER_GIVEN -> otherGiven(m);
            case CONFLICTING_MATERNAL ->
                m.maternal() == null
                        ? null
                        : given(m) + " " + m.paternalWritten() + (r.nextBoolean() ? " " : "-") + unusedSurname(m, true);
            case LOOKALIKE_SURNAME -> given(m) + " " + unusedSurname(m, false);
            case COMMON_WORDS -> commonWords(m);
            case OTHER_EMAIL -> otherEmail(m);
            case OCR_LOOKALIKE -> {
                String lookalike = switch (r.nextInt(3)) {
                    case 0 -> otherGiven(m);
                    case 1 -> write(m, Variant.CONFLICTING_MATERNAL);
                    default -> write(m, Variant.LOOKALIKE_SURNAME);
                };
                yield lookalike == null ? null : Damage.ocr(lookalike, 0.05 + 0.10 * r.nextDouble(), r);
            }
        };
    }

    // --- positives ---------------------------------------------------------------------------

    private String given(Member m) {
        return r.nextBoolean() ? String.join(" ", m.given()) : m.given().get(0);
    }

    private String pickForm(Member m) {
        String surnames = m.maternal() == null ? m.paternalWritten() : m.paternalWritten() + " " + m.maternal();
        return switch (r.nextInt(3)) {
            case 0 -> m.name();
            case 1 -> m.given().get(0) + " " + m.paternalWritten();
            default -> surnames + ", " + String.join(" ", m.given());
        };
    }

    private String accentsDropped(Member m) {
        String s = strip(r.nextBoolean() ? m.name() : m.given().get(0) + " " + m.paternalWritten());
        return r.nextBoolean() ? s.toUpperCase(Locale.ROOT) : s;
    }

    static String strip(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private String particles(Member m) {
        if (m.particle() == null) return null;
        String given = m.given().get(0);
        String cap = capitalise(m.particle());
        return switch (r.nextInt(5)) {
            case 0 -> given + " " + m.particle() + " " + m.paternal();
            case 1 -> given + " " + cap + " " + m.paternal() + " " + m.maternal();
            case 2 -> given + " " + m.paternal() + " " + m.maternal();
            case 3 -> strip(given + " " + m.particle() + " " + m.paternal()).toUpperCase(Locale.ROOT);
            default ->
                strip(m.particle() + " " + m.paternal() + " " + m.maternal() + ", " + given)
                        .toUpperCase(Locale.ROOT);
        };
    }

    private String reordered(Member m) {
        String surnames = m.maternal() == null ? m.paternalWritten() : m.paternalWritten() + " " + m.maternal();
        String second = m.given().size() > 1 ? " " + initial(m.given().get(1)) : "";
        return switch (r.nextInt(4)) {
            case 0 -> strip(surnames + ", " + m.given().get(0) + second).toUpperCase(Locale.ROOT);
            case 1 -> surnames + ", " + String.join(" ", m.given());
            case 2 -> m.paternalWritten() + ", " + m.given().get(0);
            default -> strip(surnames + " " + m.given().get(0)).toUpperCase(Locale.ROOT);
        };
    }

    private String initials(Member m) {
        List<String> g = m.given();
        String all = String.join(" ", g.stream().map(x -> initial(x) + ".").toList());
        return switch (r.nextInt(5)) {
            case 0 -> all + " " + m.paternalWritten();
            case 1 ->
                String.join("", g.stream().map(x -> initial(x) + ".").toList()) + " " + strip(m.paternalWritten());
            case 2 -> initial(g.get(0)) + ". " + m.paternalWritten() + (m.maternal() == null ? "" : " " + m.maternal());
            case 3 ->
                initial(g.get(g.size() - 1)) + ". " + m.paternalWritten()
                        + (m.maternal() == null ? "" : "-" + m.maternal());
            default -> initial(g.get(0)) + " " + m.paternalWritten();
        };
    }

    private String nickname(Member m) {
        List<String> options = new ArrayList<>(m.aliases());
        for (String g : m.given()) {
            for (String s : table.relatedTo(Folding.fold(g))) options.add(capitalise(s));
        }
        if (options.isEmpty()) return null;
        String nick = options.get(r.nextInt(options.size()));
        return nick + " " + m.paternalWritten() + (m.maternal() != null && r.nextBoolean() ? " " + m.maternal() : "");
    }

    /**
     * The name broken across a line: inside the first surname at a hyphen, or without one (as OCR and PDF text
     * extraction leave a word cut at the margin, in capitals half the time), between the given names and the
     * surnames, or after the comma of the comma form.
     */
    private String lineBreak(Member m) {
        String given = given(m);
        String surname = m.paternal();
        String maternal = m.maternal() == null ? "" : " " + m.maternal();
        int how = r.nextInt(4);
        if (how <= 1 && surname.length() >= 5) {
            int at = 2 + r.nextInt(surname.length() - 3);
            String p = m.particle() == null ? "" : m.particle() + " ";
            String cut = given + " " + p + surname.substring(0, at) + (how == 0 ? "-\n" : "\n") + surname.substring(at)
                    + maternal;
            return how == 1 && r.nextBoolean() ? strip(cut).toUpperCase(Locale.ROOT) : cut;
        }
        if (how == 3) return m.paternalWritten() + maternal + ",\n" + given;
        return given + "\n" + m.paternalWritten() + maternal;
    }

    private String email(Member m) {
        String g = fold(m.given().get(0));
        String p = fold(m.paternal());
        String ini = initialsOf(m);
        String local = switch (r.nextInt(6)) {
            case 0 -> g.charAt(0) + p;
            case 1 -> g + "." + p;
            case 2 -> m.maternal() == null ? g + "_" + p : p + "." + fold(m.maternal());
            case 3 -> ini + p + (1 + r.nextInt(9));
            case 4 -> p + g.charAt(0);
            default -> g + p;
        };
        return local + "@" + DOMAINS[r.nextInt(DOMAINS.length)];
    }

    // --- negatives ---------------------------------------------------------------------------

    private String otherGiven(Member m) {
        String[] pool = m.spanish()
                ? (List.of(Members.ES_GIVEN_F).contains(m.given().get(0)) ? Members.ES_GIVEN_F : Members.ES_GIVEN_M)
                : Members.EN_GIVEN;
        String other;
        int tries = 0;
        do {
            other = Members.pick(pool, r);
        } while (tries++ < 50 && related(m, other));
        if (related(m, other)) return null;
        String surnames = m.maternal() != null && r.nextBoolean()
                ? m.paternalWritten() + " " + m.maternal()
                : m.paternalWritten();
        return r.nextInt(4) == 0 ? strip(surnames + ", " + other).toUpperCase(Locale.ROOT) : other + " " + surnames;
    }

    private boolean related(Member m, String other) {
        String o = fold(other);
        for (String g : m.given()) {
            String f = fold(g);
            if (f.equals(o) || table.related(f, o) || f.charAt(0) == o.charAt(0)) return true;
        }
        for (String a : m.aliases()) {
            if (fold(a).equals(o)) return true;
        }
        return false;
    }

    /** A surname no member has, as near to the member's as such names come (at least two letters off). */
    private String unusedSurname(Member m, boolean maternal) {
        String target = fold(maternal ? m.maternal() : m.paternal());
        List<String> pool = new ArrayList<>(List.of(LOOKALIKES));
        pool.addAll(List.of(m.spanish() ? Members.ES_SURNAMES : Members.EN_SURNAMES));
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String s : pool) {
            String f = fold(s);
            if (taken.contains(f)) continue;
            int d = Damage.distance(f, target);
            // A conflicting second surname is another name, not a damaged one: three letters off at least.
            int minimum = target.length() >= 8 || maternal ? 3 : 2;
            if (d < minimum) continue;
            int score = d * 10 + r.nextInt(10);
            if (score < bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best;
    }

    /** Real surnames near the members' (Salazar for Balcázar, Palomares for Palacios), none of them a member's. */
    private static final String[] LOOKALIKES = ("Salazar Baltazar Alcázar Palomares Palomo Sandoval Hernando Gutierre"
                    + " Ramiro Martín Giménez Rodrigo Dominico Vásquez Gonzaga Núñes Ibarra Muñiz Peñal Castaño"
                    + " Beltrano Gamboa Perales Ortega Moreles Mendez Aguirre Salas Espino Zamudio Villalobos Cervera"
                    + " Contreiras Barrios Echevarría Saldívar Olivera Montero Carranza Cisnero Galván Navarro Quiroga"
                    + " Arellano Bustos Lozada Maldonada Sepúlveda Trujano Urquidi Zurita Figueras Guerrero Lunares"
                    + " Pazos Blanca Campillo Leyva Morán Prieto Riojas Flórez Bravos Francos Rubí Calvillo Cortez"
                    + " Hartman Whitman Caldera Penn Ashford Blackwell Fairfax Holland Kingston Lockwood Merrick"
                    + " Northam Prescot Radford Sutton Thornbury Underwood Wainright Yarbrough Abbott Brannigan Donnelly"
                    + " Fitzroy Gallaway Harrison Kavanaugh Mullins Sullivan McAlister Prince Youngs Hills Bells Bankes"
                    + " Richards Churchill Fields Hopper Marshall Stones Woods Wards Miller Cooke Barker Longman Blake"
                    + " Whiting Laine Parks Kingman Rivera Hunter Foxx Grey Ross")
            .split(" ");

    private String commonWords(Member m) {
        String g = m.given().get(0);
        String p = m.paternal();
        return switch (r.nextInt(5)) {
            case 0 -> "the " + p + " farm on Route 7";
            case 1 -> r.nextBoolean() ? p + " Street" : "Avenida " + p;
            case 2 ->
                m.spanish()
                        ? g.toLowerCase(Locale.ROOT) + " y " + p.toLowerCase(Locale.ROOT) + " en la lista"
                        : "they " + g.toLowerCase(Locale.ROOT) + " " + p.toLowerCase(Locale.ROOT) + " will answer";
            case 3 -> g + " said nothing more";
            default -> "notes on " + g.toLowerCase(Locale.ROOT) + " " + p.toLowerCase(Locale.ROOT) + " prices";
        };
    }

    private String otherEmail(Member m) {
        char mine = fold(m.given().get(0)).charAt(0);
        char other;
        do {
            other = (char) ('a' + r.nextInt(26));
        } while (initialsOf(m).indexOf(other) >= 0 || other == mine);
        return other + fold(m.paternal()) + "@" + DOMAINS[r.nextInt(DOMAINS.length)];
    }

    // --- helpers -----------------------------------------------------------------------------

    private static String initialsOf(Member m) {
        StringBuilder b = new StringBuilder();
        for (String g : m.given()) b.append(fold(g).charAt(0));
        return b.toString();
    }

    static String fold(String s) {
        return Folding.fold(s);
    }

    private static String initial(String given) {
        return given.substring(0, given.offsetByCodePoints(0, 1));
    }

    static String capitalise(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (b.length() > 0) b.append(' ');
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }
}
