package org.redress.bench.names;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SplittableRandom;

/** What scanning and old systems do to names: OCR errors at a given character error rate, and mangled accents. */
final class Damage {
    private Damage() {}

    /** Letters OCR takes for one another (one way each; the table is read both ways). */
    private static final Map<Character, String> CONFUSIONS = Map.ofEntries(
            Map.entry('a', "oes"),
            Map.entry('e', "coa"),
            Map.entry('c', "eo"),
            Map.entry('o', "a0c"),
            Map.entry('i', "l1j"),
            Map.entry('l', "1iI"),
            Map.entry('n', "mhu"),
            Map.entry('m', "n"),
            Map.entry('u', "vn"),
            Map.entry('h', "bn"),
            Map.entry('b', "h6"),
            Map.entry('s', "5z"),
            Map.entry('z', "s2"),
            Map.entry('g', "q9"),
            Map.entry('t', "f"),
            Map.entry('r', "n"),
            Map.entry('S', "5"),
            Map.entry('O', "0Q"),
            Map.entry('B', "8"),
            Map.entry('I', "l1"),
            Map.entry('E', "F"),
            Map.entry('G', "C6"),
            Map.entry('C', "G"),
            Map.entry('Z', "2"),
            Map.entry('á', "aà"),
            Map.entry('é', "eè"),
            Map.entry('í', "i"),
            Map.entry('ó', "o"),
            Map.entry('ú', "u"),
            Map.entry('ñ', "n"));

    /**
     * Each letter, with probability {@code cer}, is read wrong (a confusable letter, else a neighbour of the
     * alphabet), dropped or doubled. Spaces and punctuation are kept, so that the words stay words.
     */
    static String ocr(String text, double cer, SplittableRandom r) {
        StringBuilder b = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) || r.nextDouble() >= cer) {
                b.append(c);
                continue;
            }
            int op = r.nextInt(10);
            if (op < 6) {
                String alternatives = CONFUSIONS.get(c);
                if (alternatives == null) alternatives = CONFUSIONS.get(Character.toLowerCase(c));
                char sub = alternatives != null
                        ? alternatives.charAt(r.nextInt(alternatives.length()))
                        : (char) (Character.isUpperCase(c) ? 'A' + r.nextInt(26) : 'a' + r.nextInt(26));
                if (Character.isUpperCase(c) && Character.isLetter(sub)) sub = Character.toUpperCase(sub);
                b.append(sub);
            } else if (op < 8) {
                // dropped
            } else {
                b.append(c).append(c);
            }
        }
        return b.toString();
    }

    /**
     * Accents as old systems mangle them: UTF-8 read as Latin-1 ("BalcÃ¡zar"), a replacement character
     * ("Balc\uFFFDzar"), a question mark ("Balc?zar"), a grave for an acute, or a stray accent on a plain vowel.
     */
    static String accents(String name, SplittableRandom r) {
        boolean accented = !NameVariants.strip(name).equals(name);
        int how = accented ? r.nextInt(5) : 4;
        return switch (how) {
            case 0 -> new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            case 1 -> replaceAccented(name, "\uFFFD");
            case 2 -> replaceAccented(name, "?");
            case 3 ->
                name.replace('á', 'à')
                        .replace('é', 'è')
                        .replace('ó', 'ò')
                        .replace('í', 'ì')
                        .replace('ú', 'ù')
                        .replace('ñ', 'n');
            default -> stray(name, r);
        };
    }

    private static String replaceAccented(String s, String with) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            boolean accented = Character.isLetter(c)
                    && !NameVariants.strip(String.valueOf(c)).equals(String.valueOf(c));
            b.append(accented ? with : String.valueOf(c));
        }
        return b.toString();
    }

    private static String stray(String s, SplittableRandom r) {
        String plain = "aeiou";
        String marked = "áéíóú";
        int[] vowels = s.chars().filter(c -> plain.indexOf(c) >= 0).toArray();
        if (vowels.length == 0) return s;
        int pick = r.nextInt(vowels.length);
        int seen = 0;
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < b.length(); i++) {
            int k = plain.indexOf(b.charAt(i));
            if (k >= 0 && seen++ == pick) {
                b.setCharAt(i, marked.charAt(k));
                break;
            }
        }
        return b.toString();
    }

    /** Levenshtein distance with adjacent transpositions (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1))
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
        return d[a.length()][b.length()];
    }
}
