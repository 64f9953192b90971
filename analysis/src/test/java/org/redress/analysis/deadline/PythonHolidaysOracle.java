package org.redress.analysis.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads expected holiday dates out of python-holidays' {@code test_united_states.py}. It understands only
 * the shapes that file uses: tuple variables of ISO date strings, date literals, and generators
 * {@code (f"{year}-MM-DD" for year in range(A, B))}; calls it cannot place (loops over subdivisions,
 * unofficial or half-day categories, non-observed calendars, l10n) are ignored rather than guessed.
 */
final class PythonHolidaysOracle {

    /** One expectation: {@code date} is (or, if not {@code positive}, is not) a holiday in {@code scope}. */
    record Expectation(
            String method, String scope, LocalDate date, boolean positive, boolean observed, boolean government) {}

    private static final Pattern METHOD = Pattern.compile("(?m)^    def (test_\\w+)\\(self\\):");
    private static final Pattern ASSIGN = Pattern.compile("(?m)^(\\s*)(\\w+) = \\(");
    private static final Pattern CALL = Pattern.compile("(?m)^(\\s*)self\\.(assert\\w+)\\(");
    private static final Pattern DATE = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2})\"");
    private static final Pattern GENERATOR =
            Pattern.compile("f\"\\{year}-(\\d{2})-(\\d{2})\"\\s+for year in ([^\\n]*)");
    private static final Pattern RANGE =
            Pattern.compile("range\\((\\d{4}|self\\.start_year), (\\d{4}|self\\.end_year)\\)");
    private static final Pattern SUBDIV = Pattern.compile("^assert(?:No)?Subdiv([A-Z][a-z])");
    private static final Pattern IDENT = Pattern.compile("\\b([a-z_][a-z0-9_]*)\\b");

    private final int fromYear;
    private final int toYear;

    PythonHolidaysOracle(int fromYear, int toYear) {
        this.fromYear = fromYear;
        this.toYear = toYear;
    }

    List<Expectation> parse(String source) {
        List<Expectation> out = new ArrayList<>();
        Matcher m = METHOD.matcher(source);
        List<int[]> bounds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            bounds.add(new int[] {m.start(), 0});
            names.add(m.group(1));
        }
        for (int i = 0; i < bounds.size(); i++) {
            int end = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : source.length();
            parseMethod(names.get(i), source.substring(bounds.get(i)[0], end), out);
        }
        return out;
    }

    private void parseMethod(String method, String body, List<Expectation> out) {
        Map<String, List<LocalDate>> tuples = new HashMap<>();
        // assignments and calls in source order, so a reassigned tuple is used as it stands at the call
        List<Matcher> events = new ArrayList<>();
        Matcher a = ASSIGN.matcher(body);
        Matcher c = CALL.matcher(body);
        List<int[]> order = new ArrayList<>(); // {pos, type}
        while (a.find()) order.add(new int[] {a.start(), 0});
        while (c.find()) order.add(new int[] {c.start(), 1});
        order.sort((x, y) -> Integer.compare(x[0], y[0]));
        for (int[] ev : order) {
            if (ev[1] == 0) {
                Matcher am = ASSIGN.matcher(body);
                am.find(ev[0]);
                String args = balanced(body, am.end() - 1);
                tuples.put(am.group(2), literalDates(args));
            } else {
                Matcher cm = CALL.matcher(body);
                cm.find(ev[0]);
                String name = cm.group(2);
                String args = balanced(body, cm.end() - 1);
                String scope = scope(name, args, body, cm.start(), cm.group(1).length());
                if (scope == null) continue;
                boolean positive = !name.startsWith("assertNo");
                boolean observed = firstArg(args).contains("observed");
                boolean government = name.contains("Government");
                for (LocalDate d : dates(args, tuples)) {
                    if (d.getYear() >= fromYear && d.getYear() <= toYear) {
                        out.add(new Expectation(method, scope, d, positive, observed && positive, government));
                    }
                }
            }
        }
    }

    /** "federal", a two-letter subdivision, or null when the call is out of scope. */
    private static String scope(String call, String args, String body, int pos, int indent) {
        for (String skip : List.of("Unofficial", "HalfDay", "NonObserved", "Localized", "Deprecated")) {
            if (call.contains(skip)) return null;
        }
        Matcher s = SUBDIV.matcher(call);
        if (s.find()) return s.group(1).toUpperCase();
        if (args.contains("subdiv_holidays") || args.contains("UnitedStates(")) return null;
        if (insideSubdivisionLoop(body, pos, indent)) return null;
        return "federal";
    }

    private static boolean insideSubdivisionLoop(String body, int pos, int indent) {
        String[] lines = body.substring(0, pos).split("\n");
        int level = indent;
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i];
            if (line.isBlank()) continue;
            int ind = line.length() - line.stripLeading().length();
            if (ind < level) {
                level = ind;
                if (line.stripLeading().startsWith("for ") && line.contains("subdiv")) return true;
            }
        }
        return false;
    }

    private List<LocalDate> dates(String args, Map<String, List<LocalDate>> tuples) {
        List<LocalDate> out = new ArrayList<>(literalDates(args));
        Matcher g = GENERATOR.matcher(args);
        while (g.find()) {
            Matcher r = RANGE.matcher(g.group(3));
            while (r.find()) {
                int from = r.group(1).startsWith("self") ? fromYear : Integer.parseInt(r.group(1));
                int to = r.group(2).startsWith("self") ? toYear + 1 : Integer.parseInt(r.group(2));
                for (int y = Math.max(from, fromYear); y < to && y <= toYear; y++) {
                    out.add(LocalDate.of(y, Integer.parseInt(g.group(1)), Integer.parseInt(g.group(2))));
                }
            }
        }
        Matcher id = IDENT.matcher(args.replaceAll("\"[^\"]*\"", "\"\""));
        while (id.find()) {
            List<LocalDate> t = tuples.get(id.group(1));
            if (t != null) out.addAll(t);
        }
        return out;
    }

    private static List<LocalDate> literalDates(String text) {
        List<LocalDate> out = new ArrayList<>();
        Matcher d = DATE.matcher(text);
        while (d.find()) out.add(LocalDate.parse(d.group(1)));
        return out;
    }

    private static String firstArg(String args) {
        int depth = 0;
        boolean str = false;
        for (int i = 0; i < args.length(); i++) {
            char ch = args.charAt(i);
            if (ch == '"') str = !str;
            if (str) continue;
            if (ch == '(' || ch == '[' || ch == '{') depth++;
            if (ch == ')' || ch == ']' || ch == '}') depth--;
            if (ch == ',' && depth == 0) return args.substring(0, i);
        }
        return args;
    }

    /** The text inside the parenthesis opening at {@code open}, skipping string literals. */
    private static String balanced(String s, int open) {
        int depth = 0;
        boolean str = false;
        for (int i = open; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') str = !str;
            if (str) continue;
            if (ch == '(') depth++;
            if (ch == ')' && --depth == 0) return s.substring(open + 1, i);
        }
        throw new IllegalStateException("unbalanced parenthesis at " + open);
    }
}
