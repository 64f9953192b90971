package org.redress.bench.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Fictional members of a group, as a case's watch list holds them: Spanish names (one or two given names, a paternal
 * and a maternal surname, sometimes with a particle: "María de la Cruz Pérez") and English ones (a given name, sometimes
 * a middle name, a surname, sometimes a second one joined by a hyphen). Every member has surnames of their own, so that a
 * variant of one member's name is never a genuine reading of another's, and none is a name of the filler prose.
 */
public final class Members {
    static final String[] ES_GIVEN_M = ("José Juan Luis Carlos Jesús Francisco Enrique Manuel Jorge Alejandro Ignacio"
                    + " Ramón Rafael Eduardo Guillermo Roberto Salvador Santiago Antonio Fernando Andrés Tomás Joaquín"
                    + " Sebastián Martín Óscar Héctor Rubén Álvaro Emilio")
            .split(" ");
    static final String[] ES_GIVEN_F = ("María Guadalupe Dolores Rosario Josefina Teresa Leticia Patricia Mercedes"
                    + " Concepción Isabel Margarita Consuelo Beatriz Ángeles Verónica Mónica Raquel Sofía Lucía Inés"
                    + " Zully Marisela Yolanda Araceli Esperanza Rosa Luz")
            .split(" ");
    static final String[] ES_SURNAMES = ("Balcázar Sánchez Palacios Hernández Gutiérrez Ramírez Martínez Jiménez"
                    + " Domínguez Vázquez Rodríguez González Núñez Ibáñez Muñoz Peña Castañeda Beltrán Gómez"
                    + " Pérez Ortiz Morales Mendoza Aguilar Salinas Espinoza Zamora Villanueva Cervantes Contreras"
                    + " Barrientos Echeverría Saldaña Olivares Montoya Carrasco Cisneros Galindo Navarrete Quiñones"
                    + " Arredondo Bustamante Lozano Maldonado Sepúlveda Trujillo Urquiza Zúñiga Figueroa Guerra Luna"
                    + " Paz Blanco Campos Leal Mora Prado Ríos Flores Bravo Franco Rubio Calvo Cortés Delgado Toledo"
                    + " Robles Serrano Escobar Velasco Alarcón Bermúdez Cárdenas Dávila Esquivel Fajardo Garza Lucero"
                    + " Medina Orozco Quintana Rosales Solís Tapia Valencia Yáñez Acosta Benavides Corona Duarte Elizondo")
            .split(" ");
    static final String[][] PARTICLE_SURNAMES = {
        {"de la", "Cruz"},
        {"del", "Valle"},
        {"de", "León"},
        {"de la", "Torre"},
        {"del", "Río"},
        {"de los", "Santos"},
        {"de la", "Fuente"},
        {"del", "Castillo"},
        {"de", "Jesús"},
        {"de la", "Rosa"}
    };
    static final String[] EN_GIVEN = ("William Robert Elizabeth Margaret Richard Thomas James Katherine Jennifer"
                    + " Michael Joseph Andrew Rebecca Susan Anthony Christopher Deborah Timothy Samuel Victoria Hope"
                    + " Grace Dawn Faith Harold Gerald Eleanor Harriet Douglas Marian Walter Florence Bernard")
            .split(" ");
    static final String[] EN_SURNAMES = ("Hartley Whitaker Caldwell Pennington Ashworth Blackwood Fairbanks Holloway"
                    + " Kingsley Lockhart Merriweather Northcott Prescott Radcliffe Sutherland Thornton Underhill"
                    + " Wainwright Yardley Abernathy Brennan Donovan Fitzgerald Gallagher Harrington Kavanagh Mulligan"
                    + " O'Sullivan McAllister Price Young Hill Bell Banks Rich Church Field Hope Marsh Stone Wood Ward"
                    + " Mills Cook Baker Long Black White Lane Park King Rivers Hunt Fox Gray Rose")
            .split(" ");

    /** A watched member: the name as the team entered it, aliases, and its parts for building variants. */
    public record Member(
            String key,
            String name,
            List<String> aliases,
            List<String> given,
            String particle,
            String paternal,
            String maternal,
            boolean spanish) {
        /** The surnames as written with their particle: "de la Cruz", "Pérez". */
        public String paternalWritten() {
            return particle == null ? paternal : particle + " " + paternal;
        }
    }

    private Members() {}

    /** {@code count} members, about 60 % with Spanish names; surnames are never shared. */
    public static List<Member> generate(long seed, int count) {
        SplittableRandom r = new SplittableRandom(seed);
        Set<String> used = new HashSet<>();
        Set<String> nicknames = new HashSet<>();
        List<Member> out = new ArrayList<>();
        List<String> es = shuffled(ES_SURNAMES, r);
        List<String> en = shuffled(EN_SURNAMES, r);
        List<String[]> particles = new ArrayList<>(List.of(PARTICLE_SURNAMES));
        int attempts = 0;
        while (out.size() < count && attempts++ < count * 50) {
            boolean spanish = r.nextInt(10) < 6;
            String key = "m" + (out.size() + 1);
            if (spanish) {
                boolean female = r.nextBoolean();
                String[] pool = female ? ES_GIVEN_F : ES_GIVEN_M;
                List<String> given = new ArrayList<>();
                given.add(pick(pool, r));
                if (r.nextInt(10) < 4) {
                    String second = pick(pool, r);
                    if (!second.equals(given.get(0))) given.add(second);
                }
                String particle = null;
                String paternal;
                if (r.nextInt(10) < 2 && !particles.isEmpty()) {
                    String[] p = particles.remove(r.nextInt(particles.size()));
                    particle = p[0];
                    paternal = p[1];
                } else {
                    paternal = next(es, used);
                }
                String maternal = next(es, used);
                if (paternal == null || maternal == null || !used.add(paternal)) continue;
                used.add(maternal);
                String p = particle == null ? paternal : particle + " " + paternal;
                String name = String.join(" ", given) + " " + p + " " + maternal;
                out.add(new Member(key, name, aliases(r, nicknames), given, particle, paternal, maternal, true));
            } else {
                List<String> given = new ArrayList<>();
                given.add(pick(EN_GIVEN, r));
                if (r.nextInt(10) < 3) {
                    String middle = pick(EN_GIVEN, r);
                    if (!middle.equals(given.get(0))) given.add(middle);
                }
                String surname = next(en, used);
                if (surname == null) continue;
                used.add(surname);
                String second = null;
                if (r.nextInt(10) < 2) {
                    second = next(en, used);
                    if (second != null) used.add(second);
                }
                String name = String.join(" ", given) + " " + surname + (second == null ? "" : "-" + second);
                out.add(new Member(key, name, aliases(r, nicknames), given, null, surname, second, false));
            }
        }
        return out;
    }

    private static final String[] OWN_NICKNAMES = {
        "Chato",
        "Güero",
        "Flaco",
        "Nena",
        "Tavo",
        "Dede",
        "Buddy",
        "Skip",
        "Chaparro",
        "Morocha",
        "Tejón",
        "Cholo",
        "Sparky",
        "Dutch",
        "Moose",
        "Gordo",
        "Chepo",
        "Pelón",
        "Chuchi",
        "Poncho"
    };

    /** One member in five has a nickname of their own that the team recorded; no two share one. */
    private static List<String> aliases(SplittableRandom r, Set<String> used) {
        if (r.nextInt(5) != 0) return List.of();
        String nick = pick(OWN_NICKNAMES, r);
        return used.add(nick) ? List.of(nick) : List.of();
    }

    static String pick(String[] pool, SplittableRandom r) {
        return pool[r.nextInt(pool.length)];
    }

    private static List<String> shuffled(String[] pool, SplittableRandom r) {
        List<String> out = new ArrayList<>(List.of(pool));
        for (int i = out.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            String t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }

    private static String next(List<String> pool, Set<String> used) {
        while (!pool.isEmpty()) {
            String s = pool.remove(pool.size() - 1);
            if (!used.contains(s)) return s;
        }
        return null;
    }
}
