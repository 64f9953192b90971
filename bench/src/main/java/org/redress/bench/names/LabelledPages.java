package org.redress.bench.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.redress.bench.Prose;
import org.redress.bench.names.Members.Member;

/**
 * Labelled pages for the name-matching benchmark: each page is agency-like prose with one sentence that writes a
 * member's name in one variant class (a positive: the page mentions that member) or a look-alike of it (a negative:
 * the page mentions no member). Seeded, so a run can be repeated.
 */
public final class LabelledPages {
    /**
     * One page: its text, the member whose name (or look-alike) it carries, the class, what was planted, and whether
     * the page was read by OCR ({@link Variant#ocrPage}).
     */
    public record Page(String text, String member, Variant variant, String planted, boolean ocr) {
        /** The member the page really mentions, or null for a look-alike. */
        public String mentions() {
            return variant.positive() ? member : null;
        }
    }

    private static final String[] EN = {
        "Subject: {N}",
        "re: {N}",
        "Agents observed {N} at the vigil on Main Street.",
        "The informant identified {N} as a leader of the coalition.",
        "{N} attended the rally and spoke to reporters.",
        "Present at the meeting: Wendell Quintero, {N} and two others.",
        "Officer Hartwick interviewed {N} about the march.",
        "Activist {N} posted the flyer.",
        "cc: {N}",
        "Name: {N}\nDOB: [redacted]",
        "According to the report, {N} organized the petition.",
        "Protester {N} was cited for obstruction.",
        "The file on {N} was forwarded to the Fusion Analysis Center.",
        "Yesterday {N} filed a complaint with the council."
    };
    private static final String[] ES = {
        "Asunto: {N}",
        "Se identificó a {N} como organizador de la marcha.",
        "{N} habló en la conferencia de prensa.",
        "Nombre: {N}",
        "La fuente dijo que {N} dirige la coalición.",
        "Participantes: Itzel Arrabal, {N} y otros.",
        "El agente Olmedo entrevistó a {N}.",
        "Según el informe, {N} firmó la petición.",
        "Activista {N} publicó el volante."
    };
    private static final String[] MAIL = {"From: {N}", "To: {N}", "cc: {N}", "Correo: {N}", "sent from {N} on Monday"};

    private LabelledPages() {}

    /** {@code perClass} pages of every variant class, over these members. */
    public static List<Page> generate(long seed, List<Member> members, int perClass) {
        SplittableRandom r = new SplittableRandom(seed);
        Set<String> taken = new HashSet<>();
        for (Member m : members) {
            taken.add(NameVariants.fold(m.paternal()));
            if (m.maternal() != null) taken.add(NameVariants.fold(m.maternal()));
        }
        NameVariants variants = new NameVariants(r, taken);
        Prose prose = new Prose(seed + 1);
        List<Page> out = new ArrayList<>();
        for (Variant v : Variant.values()) {
            int made = 0;
            for (int tries = 0; made < perClass && tries < perClass * 50; tries++) {
                Member m = members.get(r.nextInt(members.size()));
                String written = variants.write(m, v);
                if (written == null) continue;
                out.add(new Page(page(prose, r, m, v, written), m.key(), v, written, v.ocrPage(made)));
                made++;
            }
        }
        return out;
    }

    private static String page(Prose prose, SplittableRandom r, Member m, Variant v, String written) {
        boolean email = v == Variant.EMAIL || v == Variant.OTHER_EMAIL;
        String[] templates = email ? MAIL : m.spanish() ? ES : EN;
        String template = templates[r.nextInt(templates.length)];
        if (v == Variant.OCR || v == Variant.OCR_LOOKALIKE)
            template = Damage.ocr(template.replace("{N}", "\u0000"), 0.1, r).replace("\u0000", "{N}");
        String sentence = template.contains("{N}") ? template.replace("{N}", written) : template + " " + written;
        boolean spanish = m.spanish();
        return prose.text(40 + r.nextInt(120), spanish) + "\n\n" + sentence + "\n\n"
                + prose.text(40 + r.nextInt(120), spanish);
    }
}
