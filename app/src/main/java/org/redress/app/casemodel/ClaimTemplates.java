package org.redress.app.casemodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.app.casefolder.CaseException;
import org.redress.app.cli.Json;
import org.redress.core.casemodel.Claim;
import org.redress.core.casemodel.ClaimElement;

/**
 * Claim templates are JSON data files: the built-ins ship in the jar under {@code claims/}; a case's own
 * {@code claims/} folder and a {@code --claims-dir} add templates or replace a built-in of the same id.
 */
public final class ClaimTemplates {
    public static final List<String> BUILT_IN = List.of("first-amendment-retaliation", "retaliatory-arrest",
            "selective-enforcement", "dppa-disclosure");

    private final Map<String, Claim> templates = new LinkedHashMap<>();

    private ClaimTemplates() {
    }

    /** Built-ins, then the {@code dirs} in order (later ones win); missing dirs are skipped. */
    public static ClaimTemplates load(Path... dirs) {
        ClaimTemplates t = new ClaimTemplates();
        for (String id : BUILT_IN) {
            try (InputStream in = ClaimTemplates.class.getResourceAsStream("/claims/" + id + ".json")) {
                t.add(parse(Json.MAPPER.readTree(in), "built-in " + id));
            } catch (IOException e) {
                throw new IllegalStateException("the built-in claim template " + id + " cannot be read", e);
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
                        t.add(parse(Json.MAPPER.readTree(f.toFile()), f.toString()));
                    } catch (IOException e) {
                        throw new CaseException(f + ": not a valid claim template (" + e.getMessage() + ")");
                    }
                }
            } catch (IOException e) {
                throw new CaseException(dir + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        return t;
    }

    private void add(Claim c) {
        templates.put(c.id(), c);
    }

    static Claim parse(JsonNode n, String where) {
        if (n == null || !n.hasNonNull("id") || !n.path("elements").isArray() || n.path("elements").isEmpty()) {
            throw new CaseException(where + ": a claim template needs an \"id\" and a non-empty \"elements\" array");
        }
        List<ClaimElement> elements = new ArrayList<>();
        int i = 0;
        for (JsonNode e : n.get("elements")) {
            i++;
            if (!e.hasNonNull("id")) throw new CaseException(where + ": element " + i + " needs an \"id\"");
            elements.add(new ClaimElement(e.get("id").asText(), e.path("title").asText(null), e.path("law").asText(""),
                    e.path("authority").asText(""), e.path("alternative").asText(null)));
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
            throw new CaseException("there is no claim template '" + id + "'; the templates are " + String.join(", ", templates.keySet()));
        }
        return c;
    }
}
