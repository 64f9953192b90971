package org.redress.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Fast, deterministic agency-like prose in English and Spanish from a fixed vocabulary. Word
 * frequencies are skewed (a few words are common, most are rare), as in real records, so that
 * queries hit anything from a handful of pages to most of them. Every name here is fictional.
 */
public final class Prose {
    static final String[] EN =
            ("the of and to in a was on for that with by from at as this report subject agent officer "
                            + "department vehicle records request information detention arrest meeting protest organization member "
                            + "leader community office field surveillance informant file investigation case review database "
                            + "registration license address plate photograph social media post statement press conference testimony "
                            + "hearing council campaign lawsuit complaint warrant stop traffic check lookup query access disclosure "
                            + "memorandum summary attachment email message phone call interview witness source confidential "
                            + "redacted exemption notice enforcement removal operations target priority list schedule operation "
                            + "briefing supervisor deputy director analyst bureau division unit regional state county city local "
                            + "federal agency partner coordination follow up requested provided received forwarded approved denied "
                            + "pending closed open status update daily weekly monthly observed reported identified located "
                            + "associated known suspected alleged activity activist rally march vigil petition signature speech "
                            + "radio newspaper article interview broadcast online account profile network contact associate "
                            + "family residence employer vehicle registration owner driver history prior record criminal civil "
                            + "immigration status hold detainer transfer custody release bond court date judge attorney counsel "
                            + "advocacy group coalition volunteer organizer spokesperson public comment legislative session bill "
                            + "budget appropriation sanctuary policy directive guidance training manual procedure protocol")
                    .split(" ");
    static final String[] ES = ("el la de que y en los las del se por con para una un su al lo como más pero sus "
                    + "informe agente oficial departamento vehículo registros solicitud información detención arresto "
                    + "reunión protesta organización miembro líder comunidad oficina vigilancia informante archivo "
                    + "investigación caso revisión base datos licencia dirección placa fotografía redes sociales "
                    + "publicación declaración conferencia prensa testimonio audiencia concejo campaña demanda queja "
                    + "orden parada tráfico consulta acceso divulgación memorando resumen adjunto correo mensaje llamada "
                    + "entrevista testigo fuente confidencial exención aviso operación lista supervisor director analista "
                    + "división unidad estatal condado ciudad federal agencia socio coordinación recibido enviado aprobado "
                    + "pendiente cerrado estado actualización diario semanal observado reportado identificado asociado "
                    + "actividad activista marcha vigilia petición firma discurso radio periódico artículo cuenta perfil "
                    + "contacto familia residencia empleador dueño conductor historial inmigración custodia fianza corte "
                    + "juez abogado grupo coalición voluntario organizador portavoz comentario público sesión política")
            .split(" ");
    /** Fictional people, agencies and places. */
    static final String[] FIRST = ("Marisol Dale Ignacio Prudence Tobias Yesenia Clement Ofelia Rutger Amparo Linus "
                    + "Graciela Everett Nayeli Barnaby Consuelo Wendell Itzel Horace Lucía")
            .split(" ");

    static final String[] LAST = ("Quintero Hartwick Arrabal Stenholm Villaseñor Pemberly Okonkwo-Ruiz Delacroix "
                    + "Marchetti Zumárraga Thistlewood Cañizares Brightwater Olmedo Featherstone Iturbide Kowalczyk "
                    + "Montemayor Ashdown Valdivieso")
            .split(" ");
    static final String[] AGENCIES = {
        "State Motor Vehicle Bureau",
        "Regional Enforcement Office",
        "Northfield County Sheriff",
        "Office of Field Liaison",
        "Fusion Analysis Center",
        "Departamento Estatal de Vehículos"
    };
    static final String[] DOMAINS = {
        "smvb.example.gov",
        "reo.example.gov",
        "ncso.example.org",
        "ofl.example.gov",
        "fac.example.gov",
        "migrantjustice.example.org"
    };

    private final SplittableRandom random;

    public Prose(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public SplittableRandom random() {
        return random;
    }

    /** A word drawn with a skew towards the start of the list. */
    String word(String[] vocabulary) {
        double r = random.nextDouble();
        return vocabulary[(int) (vocabulary.length * r * r * r)];
    }

    public String name() {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    public String agency() {
        return AGENCIES[random.nextInt(AGENCIES.length)];
    }

    public String domain() {
        return DOMAINS[random.nextInt(DOMAINS.length)];
    }

    public LocalDate date() {
        return LocalDate.of(2014, 1, 1).plusDays(random.nextInt(7 * 365));
    }

    public boolean spanish() {
        return random.nextInt(10) < 3;
    }

    /** About {@code words} words of prose in one language, in sentences and paragraphs. */
    public String text(int words, boolean spanish) {
        String[] v = spanish ? ES : EN;
        StringBuilder out = new StringBuilder(words * 8);
        int inSentence = 0;
        int sentenceLength = 8 + random.nextInt(12);
        for (int i = 0; i < words; i++) {
            String w;
            int pick = random.nextInt(40);
            if (pick == 0) w = name();
            else if (pick == 1) w = date().toString();
            else if (pick == 2) w = agency();
            else w = word(v);
            if (inSentence == 0 && !w.isEmpty()) w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            out.append(w);
            if (++inSentence >= sentenceLength) {
                out.append(random.nextInt(6) == 0 ? ".\n" : ". ");
                inSentence = 0;
                sentenceLength = 8 + random.nextInt(12);
            } else {
                out.append(' ');
            }
        }
        return out.toString().trim();
    }
}
