package org.redress.application.custody;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.redress.core.custody.Manifest;
import org.redress.core.custody.ManifestFile;
import org.redress.core.custody.NotStored;
import org.redress.core.custody.RequestRef;

/**
 * The canonical JSON of a manifest, the bytes that are signed: UTF-8, keys sorted, no white space, absent values
 * left out, files ordered by path then digest. The same manifest always gives the same bytes.
 */
public final class ManifestJson {
    public static final String FORMAT = "redress-custody-manifest/1";
    private static final ObjectMapper CANONICAL =
            new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final ObjectMapper READER = new ObjectMapper();

    private ManifestJson() {}

    public static byte[] canonical(Manifest m) {
        Map<String, Object> root = new TreeMap<>();
        root.put("format", FORMAT);
        root.put("version", m.version());
        put(root, "previous", m.previous());
        Map<String, Object> source = new TreeMap<>();
        source.put("id", m.sourceId());
        source.put("name", m.sourceName());
        put(source, "received", m.received());
        put(source, "firstIngested", m.firstIngested());
        root.put("source", source);
        Map<String, Object> ingest = new TreeMap<>();
        put(ingest, "started", m.ingestStarted());
        put(ingest, "finished", m.ingestFinished());
        put(ingest, "by", m.ingestedBy());
        root.put("ingest", ingest);
        if (m.request() != null) {
            Map<String, Object> request = new TreeMap<>();
            request.put("id", m.request().id());
            put(request, "trackingNumber", m.request().trackingNumber());
            put(request, "agency", m.request().agency());
            root.put("request", request);
        }
        List<Map<String, Object>> files = new ArrayList<>();
        for (ManifestFile f : sorted(m.files())) {
            Map<String, Object> file = new TreeMap<>();
            file.put("path", f.path());
            file.put("sha256", f.sha256());
            file.put("size", f.size());
            put(file, "mediaType", f.mediaType());
            put(file, "extractedFrom", f.extractedFrom());
            files.add(file);
        }
        root.put("files", files);
        List<Map<String, Object>> notStored = new ArrayList<>();
        for (NotStored n : m.notStored().stream()
                .sorted(Comparator.comparing(NotStored::path))
                .toList()) {
            Map<String, Object> row = new TreeMap<>();
            row.put("path", n.path());
            row.put("reason", n.reason());
            notStored.add(row);
        }
        root.put("notStored", notStored);
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("algorithm", "Ed25519");
        key.put("fingerprint", m.keyFingerprint());
        root.put("key", key);
        try {
            return CANONICAL.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files in the order the canonical form lists them. */
    public static List<ManifestFile> sorted(List<ManifestFile> files) {
        return files.stream()
                .sorted(Comparator.comparing(ManifestFile::path).thenComparing(ManifestFile::sha256))
                .toList();
    }

    /** Reads a manifest back; an {@link IllegalArgumentException} says what is wrong with bytes that are not one. */
    public static Manifest parse(byte[] json) {
        JsonNode root;
        try {
            root = READER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText(null)))
            throw new IllegalArgumentException("not a " + FORMAT + " document");
        try {
            JsonNode source = root.path("source");
            JsonNode ingest = root.path("ingest");
            JsonNode req = root.get("request");
            List<ManifestFile> files = new ArrayList<>();
            for (JsonNode f : root.path("files"))
                files.add(new ManifestFile(
                        required(f, "path"),
                        required(f, "sha256"),
                        f.path("size").asLong(-1),
                        text(f, "mediaType"),
                        text(f, "extractedFrom")));
            List<NotStored> notStored = new ArrayList<>();
            for (JsonNode n : root.path("notStored"))
                notStored.add(new NotStored(required(n, "path"), text(n, "reason")));
            return new Manifest(
                    root.path("version").asInt(0),
                    text(root, "previous"),
                    source.path("id").asLong(-1),
                    text(source, "name"),
                    text(source, "received") == null ? null : LocalDate.parse(text(source, "received")),
                    instant(source, "firstIngested"),
                    instant(ingest, "started"),
                    instant(ingest, "finished"),
                    text(ingest, "by"),
                    req == null
                            ? null
                            : new RequestRef(req.path("id").asLong(), text(req, "trackingNumber"), text(req, "agency")),
                    files,
                    notStored,
                    text(root.path("key"), "fingerprint"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a date in it cannot be read: " + e.getParsedString(), e);
        }
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) map.put(key, value.toString());
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String required(JsonNode node, String field) {
        String v = text(node, field);
        if (v == null) throw new IllegalArgumentException("an entry has no " + field);
        return v;
    }

    private static Instant instant(JsonNode node, String field) {
        String v = text(node, field);
        return v == null ? null : Instant.parse(v);
    }
}
