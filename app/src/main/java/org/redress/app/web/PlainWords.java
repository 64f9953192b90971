package org.redress.app.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.redress.analysis.retaliation.ClusteringResult;
import org.redress.analysis.retaliation.ProximityReport;
import org.redress.analysis.retaliation.ProximityRow;
import org.redress.application.casemodel.ClaimTemplates;
import org.redress.application.casemodel.GapReport;
import org.redress.core.casemodel.Claim;

/**
 * The plain-words sentences of the analysis and the gap report in the page's language, built from the structured
 * fields of each result with sentence templates from the bundles ({@code words.*}) and numbers in the language's
 * format. The analysis module's own English {@code summary} strings stay as they are for the JSON API and the CLI.
 */
public final class PlainWords {
    private final Messages t;
    private final Locale locale;
    private final ClaimTemplates templates;
    private final Map<String, String> templateOfClaim = new HashMap<>();

    /** {@code templates} and {@code claims} give the claims' titles in Spanish; both may be null on pages without claims. */
    public PlainWords(Messages t, ClaimTemplates templates, List<Claim> claims) {
        this.t = t;
        this.locale = Locale.forLanguageTag(t.language());
        this.templates = templates;
        if (claims != null) for (Claim c : claims) templateOfClaim.put(c.id(), c.template());
    }

    private String w(String key, Object... args) {
        return t.format("words." + key, args);
    }

    // ---- numbers

    /** "1 day", "16 days", "1 día", "16 días". */
    String days(long n) {
        return t.count("days", n);
    }

    /** A gap that may be a range or open-ended, never shown as more exact than it is; null for the same day. */
    private String gap(Long min, Long max) {
        if (max == null) return w("gap.atLeast", days(min));
        if (min.equals(max)) return min == 0 ? null : days(min);
        return w("gap.between", min, days(max));
    }

    /** p-values with three significant digits, very small ones in scientific notation, with the language's decimal mark. */
    String p(double p) {
        if (p == 0) return "0";
        if (p < 0.001) return String.format(locale, "%.2e", p);
        return String.format(locale, "%.3g", p);
    }

    /** A number as the analysis words it (whole numbers without decimals, others to three significant digits). */
    String number(double x) {
        if (Double.isInfinite(x)) return w("infinite");
        if (Math.abs(x) >= 100 || x == Math.rint(x)) {
            return String.format(locale, "%.1f", x).replaceAll("[.,]0$", "");
        }
        return String.format(locale, "%.3g", x);
    }

    /** A decimal with a fixed number of places in the page's language (0,123 in Spanish). */
    public String decimal(double x, int places) {
        return String.format(locale, "%." + places + "f", x);
    }

    private String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
    }

    // ---- analysis

    public String proximity(ProximityReport r) {
        long withPrior =
                r.rows().stream().filter(x -> x.priorActivity() != null).count();
        long within30 = r.rows().stream()
                .filter(x -> x.gapDaysMax() != null && x.gapDaysMax() <= 30)
                .count();
        return w(
                "proximity.summary",
                t.count("adverseActions", r.rows().size()),
                t.count("subjects", r.knowledge().size()),
                withPrior,
                within30);
    }

    public String proximity(ProximityRow r) {
        StringBuilder s = new StringBuilder(w(
                "proximity.action", t.kind(r.kind()), r.event(), r.person(), r.date(), capitalised(t.kind(r.kind()))));
        if (r.priorActivity() != null) {
            String gap = gap(r.gapDaysMin(), r.gapDaysMax());
            String when = gap == null ? w("proximity.sameDayAs") : w("proximity.after", gap);
            s.append(' ').append(w("proximity.prior", when, t.kind(r.priorKind()), r.priorDate(), r.priorActivity()));
            if (Boolean.FALSE.equals(r.priorCertain())) s.append(w("proximity.overlap"));
            s.append('.');
        } else {
            s.append(' ').append(w("proximity.noPrior"));
        }
        if (r.orgPriorActivity() != null && !r.orgPriorActivity().equals(r.priorActivity())) {
            String gap = gap(r.orgGapDaysMin(), r.orgGapDaysMax());
            String ago = gap == null ? w("proximity.sameDay") : w("proximity.earlier", gap);
            s.append(' ')
                    .append(w(
                            "proximity.org",
                            r.organisation(),
                            t.kind(r.orgPriorKind()),
                            r.orgPriorDate(),
                            r.orgPriorActivity(),
                            ago));
        }
        if (r.knowledgeEvent() != null)
            s.append(' ').append(w("proximity.knowledge", r.person(), r.knowledgeDate(), r.knowledgeEvent()));
        return s.toString();
    }

    public String clustering(ClusteringResult c) {
        String s = t.plural(
                "words.clustering.summary",
                c.observed(),
                c.observed(),
                t.count("adverseActions", c.adverseActions()),
                days(c.windowDays()),
                number(c.expected()),
                p(c.p()),
                c.permutations(),
                p(c.pLow()),
                p(c.pHigh()));
        if (c.excludedImprecise() > 0)
            s += " " + t.plural("words.clustering.excluded", c.excludedImprecise(), c.excludedImprecise());
        return s;
    }

    // ---- claims

    public String title(GapReport.ClaimGaps c) {
        return "es".equals(t.language()) && templates != null
                ? templates.titleEs(templateOfClaim.get(c.claim()), null, c.title())
                : c.title();
    }

    public String title(GapReport.ClaimGaps c, GapReport.ElementStatus e) {
        return "es".equals(t.language()) && templates != null
                ? templates.titleEs(templateOfClaim.get(c.claim()), e.id(), e.title())
                : e.title();
    }

    /** A template's or an adopted claim's own title (the adopt and link forms). */
    public String title(Claim c) {
        return "es".equals(t.language()) && templates != null
                ? templates.titleEs(c.template(), null, c.title())
                : c.title();
    }

    public String title(Claim c, org.redress.core.casemodel.ClaimElement e) {
        return "es".equals(t.language()) && templates != null
                ? templates.titleEs(c.template(), e.id(), e.title())
                : e.title();
    }

    /** "en" for a title still shown in English on a page in another language (null omits the attribute). */
    public String englishIn(String shown, String english) {
        return "en".equals(t.language()) || !shown.equals(english) ? null : "en";
    }

    public String gaps(GapReport.ClaimGaps c) {
        List<GapReport.ElementStatus> open =
                c.elements().stream().filter(e -> !e.met()).toList();
        if (open.isEmpty()) return w("gaps.claimComplete", title(c));
        return t.plural(
                "words.gaps.claimOpen",
                open.size(),
                title(c),
                open.size(),
                t.count("elements", c.elements().size()),
                open.stream().map(e -> title(c, e)).collect(Collectors.joining("; ")));
    }

    public String gaps(GapReport.Report r) {
        if (r.claims().isEmpty()) return w("gaps.none");
        return w(
                "gaps.summary",
                t.count("claims", r.claims().size()),
                t.count(
                        "elements",
                        r.claims().stream()
                                .mapToInt(c -> c.unsupported().size())
                                .sum()));
    }
}
