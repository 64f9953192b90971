package org.redress.analysis.deadline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Laws and holiday calendars read from JSON data: the built-in files shipped in this package's resources
 * ({@code laws/index.json} and {@code calendars/index.json} list them), and optionally a user folder with
 * {@code laws/*.json} and {@code calendars/*.json}. A user file whose id matches a built-in one replaces it,
 * so users can correct a law without a new release.
 */
public final class LawLibrary {

    private static final String BASE = "/org/redress/analysis/deadline/";

    private final Map<String, Law> laws;
    private final Map<String, HolidayCalendar> calendars;

    private LawLibrary(Map<String, Law> laws, Map<String, HolidayCalendar> calendars) {
        this.laws = Collections.unmodifiableMap(laws);
        this.calendars = Collections.unmodifiableMap(calendars);
        for (Law law : laws.values()) {
            for (LawVersion v : law.versions()) {
                if (!calendars.containsKey(v.calendar())) {
                    throw new IllegalStateException(
                            "law " + law.id() + " version " + v.version() + " names unknown calendar " + v.calendar());
                }
            }
        }
    }

    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES); // a typo in user data must not be ignored
    }

    /** Only the data shipped with Redress. */
    public static LawLibrary builtIn() {
        return load(null);
    }

    /** Built-in data overlaid with the user's folder (may be null or missing). */
    public static LawLibrary load(Path userFolder) {
        ObjectMapper mapper = mapper();
        Map<String, Law> laws = new TreeMap<>();
        Map<String, HolidayCalendar> calendars = new TreeMap<>();
        for (String file : resourceIndex(mapper, "laws")) {
            Law law = readResource(mapper, "laws/" + file, Law.class);
            laws.put(law.id(), law);
        }
        for (String file : resourceIndex(mapper, "calendars")) {
            HolidayCalendar cal = readResource(mapper, "calendars/" + file, HolidayCalendar.class);
            calendars.put(cal.id(), cal);
        }
        if (userFolder != null) {
            for (Path p : jsonFiles(userFolder.resolve("laws"))) {
                Law law = readFile(mapper, p, Law.class);
                laws.put(law.id(), law);
            }
            for (Path p : jsonFiles(userFolder.resolve("calendars"))) {
                HolidayCalendar cal = readFile(mapper, p, HolidayCalendar.class);
                calendars.put(cal.id(), cal);
            }
        }
        return new LawLibrary(laws, calendars);
    }

    /**
     * Built-in data overlaid with a case's own laws and calendars, given as their JSON texts by name (the case's
     * configuration files, which may be sealed, are read by the caller).
     */
    public static LawLibrary load(Map<String, String> userLaws, Map<String, String> userCalendars) {
        LawLibrary builtIn = builtIn();
        ObjectMapper mapper = mapper();
        Map<String, Law> laws = new TreeMap<>(builtIn.laws);
        Map<String, HolidayCalendar> calendars = new TreeMap<>(builtIn.calendars);
        userLaws.forEach((name, json) -> {
            Law law = readText(mapper, name, json, Law.class);
            laws.put(law.id(), law);
        });
        userCalendars.forEach((name, json) -> {
            HolidayCalendar cal = readText(mapper, name, json, HolidayCalendar.class);
            calendars.put(cal.id(), cal);
        });
        return new LawLibrary(laws, calendars);
    }

    private static <T> T readText(ObjectMapper mapper, String name, String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new DeadlineInputException("cannot read " + name + ": " + e.getMessage());
        }
    }

    public Optional<Law> law(String id) {
        return Optional.ofNullable(laws.get(id));
    }

    /** The law, or a user error naming the known ids. */
    public Law requireLaw(String id) {
        return law(id).orElseThrow(
                        () -> new DeadlineInputException("unknown law '" + id + "'; known laws: " + laws.keySet()));
    }

    public Optional<HolidayCalendar> calendar(String id) {
        return Optional.ofNullable(calendars.get(id));
    }

    public HolidayCalendar requireCalendar(String id) {
        return calendar(id)
                .orElseThrow(() -> new DeadlineInputException(
                        "unknown calendar '" + id + "'; known calendars: " + calendars.keySet()));
    }

    public List<Law> laws() {
        return List.copyOf(laws.values());
    }

    public List<HolidayCalendar> calendars() {
        return List.copyOf(calendars.values());
    }

    private static List<String> resourceIndex(ObjectMapper mapper, String dir) {
        return readResource(mapper, dir + "/index.json", new TypeReference<List<String>>() {});
    }

    private static <T> T readResource(ObjectMapper mapper, String name, Object type) {
        try (InputStream in = LawLibrary.class.getResourceAsStream(BASE + name)) {
            if (in == null) throw new IllegalStateException("missing built-in deadline data " + BASE + name);
            return read(mapper, in, type);
        } catch (IOException e) {
            throw new IllegalStateException("bad built-in deadline data " + BASE + name + ": " + e.getMessage(), e);
        }
    }

    private static <T> T readFile(ObjectMapper mapper, Path path, Class<T> type) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(mapper, in, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new DeadlineInputException("cannot read " + path + ": " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T read(ObjectMapper mapper, InputStream in, Object type) throws IOException {
        if (type instanceof Class<?> c) return (T) mapper.readValue(in, c);
        return mapper.readValue(in, (TypeReference<T>) type);
    }

    private static List<Path> jsonFiles(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> out =
                    new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".json"))
                            .sorted()
                            .toList());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
