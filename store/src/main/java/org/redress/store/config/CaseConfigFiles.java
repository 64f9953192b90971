package org.redress.store.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.redress.core.UserMistake;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.KeyUse;
import org.redress.store.crypto.SealedText;

/**
 * The case's configuration files, by name ({@code kinds.txt}, {@code claims/retaliation.json}): in a plain case the
 * plain file of that name, in an encrypted case {@code NAME.sealed}, the text sealed with AES-256-GCM under the
 * case's file subkey and bound to its name, so a sealed file renamed to another name fails to open. These files hold
 * names of the case's people and organisations; every reader of the case goes through here.
 */
public final class CaseConfigFiles {
    /** The single files at the top of the case folder. */
    public static final List<String> FILES =
            List.of("kinds.txt", "diminutives.txt", "organisations.txt", "lexicon.txt");
    /** The folders of several files, each with the extension its files take. */
    public static final Map<String, String> FOLDERS =
            Map.of("claims", ".json", "laws", ".json", "calendars", ".json", "letters", ".txt");

    static final String SEALED = ".sealed";
    private static final String LABEL = "config-file";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final Path root;
    /** Null for a plain case. */
    private final SealedText sealed;

    private CaseConfigFiles(Path root, SealedText sealed) {
        this.root = root;
        this.sealed = sealed;
    }

    /** The configuration of the case in {@code root}: sealed under {@code key}, or plain when it is null. */
    public static CaseConfigFiles of(Path root, CaseKey key) {
        return new CaseConfigFiles(root, key == null ? null : SealedText.of(key, KeyUse.FILES));
    }

    public boolean sealed() {
        return sealed != null;
    }

    /**
     * {@code name} when it names a configuration file ({@code kinds.txt}, {@code laws/us-xx.json}); anything else,
     * a path that climbs out of its folder among them, is refused.
     */
    public static String requireName(String name) {
        if (name != null && FILES.contains(name)) return name;
        String[] parts = name == null ? new String[0] : name.split("/", -1);
        if (parts.length == 2
                && FOLDERS.containsKey(parts[0])
                && FILE_NAME.matcher(parts[1]).matches()
                && !parts[1].contains("..")
                && parts[1].endsWith(FOLDERS.get(parts[0]))
                && !parts[1].endsWith(SEALED)) return name;
        throw new UserMistake("'" + name + "' is not a configuration file of a case; the names are " + FILES
                + " and claims/NAME.json, laws/NAME.json, calendars/NAME.json, letters/LAW.txt");
    }

    /** The text of a configuration file, if the case has it. */
    public Optional<String> read(String name) {
        requireName(name);
        try {
            if (sealed == null) {
                Path plain = root.resolve(name);
                return Files.isRegularFile(plain)
                        ? Optional.of(Files.readString(plain, StandardCharsets.UTF_8))
                        : Optional.empty();
            }
            Path file = root.resolve(name + SEALED);
            if (!Files.isRegularFile(file)) return Optional.empty();
            return Optional.of(
                    new String(sealed.openBytes(LABEL, name, Files.readAllBytes(file)), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts of a folder's files ({@code claims}, {@code laws}…), by name, in the order of their names. */
    public Map<String, String> folder(String folder) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : names())
            if (name.startsWith(folder + "/")) texts.put(name, read(name).orElseThrow());
        return texts;
    }

    /** Every configuration file the case has, sorted. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        String suffix = sealed == null ? "" : SEALED;
        for (String f : FILES) if (Files.isRegularFile(root.resolve(f + suffix))) names.add(f);
        for (String folder : FOLDERS.keySet().stream().sorted().toList()) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(Files::isRegularFile)
                        .map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(suffix) && (sealed == null || n.length() > SEALED.length()))
                        .map(n -> folder + "/" + n.substring(0, n.length() - suffix.length()))
                        .filter(CaseConfigFiles::isName)
                        .sorted()
                        .forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        names.sort(null);
        return names;
    }

    /** Writes a configuration file (sealed in an encrypted case) through a temporary file and a rename. */
    public void write(String name, String text) {
        requireName(name);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path target = root.resolve(sealed == null ? name : name + SEALED);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".config-", ".tmp");
            try {
                Files.write(temporary, sealed == null ? bytes : sealed.sealBytes(LABEL, name, bytes));
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * In an encrypted case, seals every configuration file still lying in the clear (left by {@code redress
     * encrypt}, by a case made before they were sealed, or put there by hand) and deletes the plain one; a crash
     * between the two leaves the plain file, sealed again on the next open. Returns the names it sealed.
     */
    public List<String> sealPlainFiles() {
        if (sealed == null) return List.of();
        List<String> done = new ArrayList<>();
        for (String name : CaseConfigFiles.of(root, null).names()) {
            Path plain = root.resolve(name);
            try {
                write(name, Files.readString(plain, StandardCharsets.UTF_8));
                Files.delete(plain);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            done.add(name);
        }
        return done;
    }

    private static boolean isName(String name) {
        try {
            requireName(name);
            return true;
        } catch (UserMistake e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "CaseConfigFiles[" + (sealed == null ? "plain" : "sealed") + "]";
    }
}
