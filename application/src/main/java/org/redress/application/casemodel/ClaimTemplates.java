package org.redress.application.casemodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.core.UserMistake;
import org.redress.core.casemodel.Claim;
import org.redress.core.casemodel.ClaimElement;

/**
 * Claim templates are JSON data files: the built-ins ship in the jar under {@code claims/}; a case's own
 * {@code claims/} folder and a {@code --claims-dir} add templates or replace a built-in of the same id.
 */
public final class ClaimTemplates {
    public static final List<String> BUILT_IN =
            List.of("first-amendment-retaliation", "retaliatory-arrest", "selective-enforcement", "dppa-disclosure");

    private final Map<String, Claim> templates = new LinkedHashMap<>();
    /** "template" or "template/element" to its English title and the Spanish one the template gives ("titleEs"). */
    private final Map<String, String[]> spanishTitles = new HashMap<>();

    private ClaimTemplates() {}

    /** Built-ins, then the {@code dirs} in order (later ones win); missing dirs are skipped. */
    public static ClaimTemplates load(Path... dirs) {
        return load(Map.of(), dirs);
    }

    /**
     * Built-ins, then a case's own templates given as JSON texts by name (its {@code claims/} files, which may be
     * sealed, read by the caller), then the {@code dirs}.
     */
    public static ClaimTemplates load(Map<String, String> caseTemplates, Path... dirs) {
        ClaimTemplates t = new ClaimTemplates();
        for (String id : BUILT_IN) {
            try (InputStream in = ClaimTemplates.class.getResourceAsStream("/claims/" + id + ".json")) {
                JsonNode n = JsonTrees.MAPPER.readTree(in);
                t.add(parse(n, "built-in " + id));
                t.addSpanish(n);
            } catch (IOException e) {
                throw new IllegalStateException("the built-in claim template " + id + " cannot be read", e);
            }
        }
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(caseTemplates).entrySet()) {
            try {
                JsonNode n = JsonTrees.MAPPER.readTree(e.getValue());
                t.add(parse(n, e.getKey()));
                t.addSpanish(n);
            } catch (IOException bad) {
                throw new UserMistake(e.getKey() + ": not a valid claim template (" + bad.getMessage() + ")");
            }
        }
        for (Path dir : dirs) {
            if (dir == null || !Files.isDirectory(dir)) continue;
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
                List<Path> sorted = new ArrayList<>();
                files.forEach(sorted::add);
                sorted.sort(null);
                for (Path f : sorted) {
                    try {
                        JsonNode n = JsonTrees.MAPPER.readTree(f.toFile());
                        t.add(parse(n, f.toString()));
                        t.addSpanish(n);
                    } catch (IOException e) {
                        throw new UserMistake(f + ": not a valid claim template (" + e.getMessage() + ")");
                    }
                }
            } catch (IOException e) {
                throw new UserMistake(dir + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        return t;
    }

    private void add(Claim c) {
        templates.put(c.id(), c);
    }

    /** Keeps the optional "titleEs" of the claim and of each element (a later template of the same id replaces them all). */
    private void addSpanish(JsonNode n) {
        String id = n.get("id").asText();
        spanishTitles.keySet().removeIf(k -> k.equals(id) || k.startsWith(id + "/"));
        if (n.hasNonNull("titleEs"))
            spanishTitles.put(
                    id,
                    new String[] {n.path("title").asText(id), n.get("titleEs").asText()});
        for (JsonNode e : n.get("elements")) {
            if (e.hasNonNull("titleEs")) {
                String el = e.get("id").asText();
                spanishTitles.put(id + "/" + el, new String[] {
                    e.path("title").asText(el), e.get("titleEs").asText()
                });
            }
        }
    }

    /**
     * The Spanish title of a claim adopted from {@code template} ({@code element} null) or of one of its elements,
     * when the template gives one for the very English title the case holds (an adopted claim keeps the title it was
     * adopted with, so a translation of a different title is not used); otherwise {@code english}.
     */
    public String titleEs(String template, String element, String english) {
        String[] t = template == null ? null : spanishTitles.get(element == null ? template : template + "/" + element);
        return t != null && t[0].equals(english) && !t[1].isBlank() ? t[1] : english;
    }

    static Claim parse(JsonNode n, String where) {
        if (n == null
                || !n.hasNonNull("id")
                || !n.path("elements").isArray()
                || n.path("elements").isEmpty()) {
            throw new UserMistake(where + ": a claim template needs an \"id\" and a non-empty \"elements\" array");
        }
        List<ClaimElement> elements = new ArrayList<>();
        int i = 0;
        for (JsonNode e : n.get("elements")) {
            i++;
            if (!e.hasNonNull("id")) throw new UserMistake(where + ": element " + i + " needs an \"id\"");
            elements.add(new ClaimElement(
                    e.get("id").asText(),
                    e.path("title").asText(null),
                    e.path("law").asText(""),
                    e.path("authority").asText(""),
                    e.path("alternative").asText(null)));
        }
        String id = n.get("id").asText();
        return new Claim(id, id, n.path("title").asText(id), n.path("summary").asText(""), elements);
    }

    public List<Claim> all() {
        return List.copyOf(templates.values());
    }

    public Claim get(String id) {
        Claim c = templates.get(id);
        if (c == null) {
            throw new UserMistake("there is no claim template '" + id + "'; the templates are "
                    + String.join(", ", templates.keySet()));
        }
        return c;
    }
}
