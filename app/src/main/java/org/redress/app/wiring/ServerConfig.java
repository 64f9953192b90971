package org.redress.app.wiring;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.redress.core.UserMistake;

/**
 * The server file of a team (issue 13): where the case database, the search cluster and the shared originals are.
 * Java properties, one key a line:
 *
 * <pre>
 * db.url = jdbc:postgresql://db.example.org:5432/redress
 * db.user = redress
 * db.password.file = /etc/redress/db-password     (or db.password = …; neither for a server that trusts the login)
 * search.url = http://search.example.org:9200      (optional until the search cluster is wired)
 * blobs.dir = /srv/redress/originals
 * secrets.key.file = /etc/redress/secrets.key      (optional; default blobs.dir/redress_server/secrets.key)
 * </pre>
 *
 * Keys are read whatever their case, with '_' or '-' for '.'; relative paths are read from the file's folder. The
 * password is never part of a message nor of {@link #toString()}.
 */
public record ServerConfig(
        String dbUrl,
        String dbUser,
        String dbPassword,
        Optional<String> searchUrl,
        Path blobsDir,
        Path secretsKeyFile) {
    static final List<String> KEYS = List.of(
            "db.url", "db.user", "db.password", "db.password.file", "search.url", "blobs.dir", "secrets.key.file");

    /** The server file at {@code file}: refused, with the key and the file named, when anything is missing or wrong. */
    public static ServerConfig read(Path file) {
        Map<String, String> values = properties(file);
        String where = " in the server file " + file;
        if (values.containsKey("db.password") && values.containsKey("db.password.file"))
            throw new InvalidServerFile("give db.password or db.password.file, not both" + where);
        String password = values.containsKey("db.password.file")
                ? passwordFile(file, values.get("db.password.file"))
                : values.get("db.password");
        Path blobs = resolve(file, required(values, "blobs.dir", where));
        // The key that seals second factors is best kept off the shared disk, on the machines that log users in.
        Path secretsKey = values.containsKey("secrets.key.file")
                ? resolve(file, values.get("secrets.key.file"))
                : blobs.resolve("redress_server").resolve("secrets.key");
        return new ServerConfig(
                required(values, "db.url", where),
                required(values, "db.user", where),
                password,
                Optional.ofNullable(values.get("search.url")),
                blobs,
                secretsKey);
    }

    /** The keys of the file, normalised, each with a value; an unknown key or an empty value is refused. */
    private static Map<String, String> properties(Path file) {
        Properties raw = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            raw.load(in);
        } catch (NoSuchFileException e) {
            throw new InvalidServerFile("there is no server file " + file);
        } catch (MalformedInputException e) {
            throw new InvalidServerFile("the server file " + file + " is not UTF-8 text");
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidServerFile("the server file " + file + " could not be read as properties");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : raw.stringPropertyNames()) {
            String key = name.strip().toLowerCase(Locale.ROOT).replace('_', '.').replace('-', '.');
            // The key is named, never its value: a mistyped db.password must not print the password.
            if (!KEYS.contains(key))
                throw new InvalidServerFile("unknown key \"" + name.strip() + "\" in the server file " + file
                        + "; the keys are " + String.join(", ", KEYS));
            if (values.containsKey(key))
                throw new InvalidServerFile(key + " is given twice in the server file " + file);
            String value = raw.getProperty(name).strip();
            if (value.isEmpty()) throw new InvalidServerFile(key + " has no value in the server file " + file);
            values.put(key, value);
        }
        return values;
    }

    private static String required(Map<String, String> values, String key, String where) {
        String value = values.get(key);
        if (value == null) throw new InvalidServerFile(key + " is missing" + where);
        return value;
    }

    private static Path resolve(Path file, String path) {
        Path folder = file.toAbsolutePath().getParent();
        return folder.resolve(path).normalize();
    }

    /** The password in a file of its own (first line, without its line end): kept out of the server file. */
    private static String passwordFile(Path file, String path) {
        Path passwordFile = resolve(file, path);
        try {
            String text = Files.readString(passwordFile, StandardCharsets.UTF_8);
            String password = text.lines().findFirst().orElse("").strip();
            if (password.isEmpty())
                throw new InvalidServerFile("the password file " + passwordFile + " (db.password.file) is empty");
            return password;
        } catch (NoSuchFileException e) {
            throw new InvalidServerFile("there is no password file " + passwordFile
                    + " (db.password.file in the server file " + file + ")");
        } catch (IOException e) {
            throw new InvalidServerFile("the password file " + passwordFile + " could not be read");
        }
    }

    /** Everything but the password, which shows only as set or not. */
    @Override
    public String toString() {
        // A JDBC URL's options may carry a password too: they are left out.
        String url = dbUrl.contains("?") ? dbUrl.substring(0, dbUrl.indexOf('?')) + "?…" : dbUrl;
        return "ServerConfig[dbUrl=" + url + ", dbUser=" + dbUser + ", dbPassword="
                + (dbPassword == null ? "(none)" : "(set)") + ", searchUrl=" + searchUrl.orElse("(none)")
                + ", blobsDir=" + blobsDir + ", secretsKeyFile=" + secretsKeyFile + "]";
    }

    /** A server file that cannot be used as it is: the key and the file are named, never a value of it. */
    public static final class InvalidServerFile extends UserMistake {
        private static final long serialVersionUID = 1L;

        InvalidServerFile(String message) {
            super(message);
        }
    }
}
