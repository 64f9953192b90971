package org.redress.store.custody;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.redress.core.custody.StoredManifest;
import org.redress.core.port.ManifestStore;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.DamagedValueException;
import org.redress.store.crypto.KeyUse;
import org.redress.store.crypto.SealedText;

/**
 * Manifests as {@code source-<id>.v<version>.json} with the detached signature beside it in
 * {@code source-<id>.v<version>.sig} (base64 of the 64 signature bytes, one line).
 */
public final class FileManifestStore implements ManifestStore {
    private static final Pattern NAME = Pattern.compile("source-(\\d+)\\.v(\\d+)\\.json");
    private final Path root;
    /** An encrypted case's manifests (they list file names) are sealed; null for a plain case. */
    private final SealedText sealed;

    public FileManifestStore(Path root) {
        this(root, null);
    }

    /**
     * The manifests of an encrypted case: each manifest's bytes sealed with the case's file subkey, bound to its
     * source and version. What is signed, checked and exported is the plain manifest.
     */
    public FileManifestStore(Path root, CaseKey key) {
        this.root = root;
        this.sealed = key == null ? null : SealedText.of(key, KeyUse.FILES);
    }

    @Override
    public void save(long sourceId, int version, byte[] json, byte[] signature) throws IOException {
        Files.createDirectories(root);
        String base = "source-" + sourceId + ".v" + version;
        // The signature first: a crash between the two leaves a signature without a manifest, never the reverse.
        place(
                base + ".sig",
                (Base64.getEncoder().encodeToString(signature) + "\n").getBytes(StandardCharsets.US_ASCII));
        place(base + ".json", sealed == null ? json : sealed.sealBytes("manifest", base, json));
    }

    private void place(String name, byte[] bytes) throws IOException {
        Path target = root.resolve(name);
        if (Files.exists(target))
            throw new FileAlreadyExistsException(target.toString(), null, "a manifest is never replaced");
        Path temp = Files.createTempFile(root, ".incoming-", ".tmp");
        try {
            Files.write(temp, bytes);
            temp.toFile().setReadOnly();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public List<StoredManifest> all() throws IOException {
        if (!Files.isDirectory(root)) return List.of();
        List<StoredManifest> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.toList()) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (!m.matches()) continue;
                Path sig = root.resolve(file.getFileName().toString().replaceFirst("\\.json$", ".sig"));
                String base = file.getFileName().toString().replaceFirst("\\.json$", "");
                found.add(new StoredManifest(
                        Long.parseLong(m.group(1)),
                        Integer.parseInt(m.group(2)),
                        root.getFileName() + "/" + file.getFileName(),
                        opened(base, Files.readAllBytes(file)),
                        Files.exists(sig) ? signature(sig) : null));
            }
        }
        found.sort(Comparator.comparingLong(StoredManifest::sourceId).thenComparingInt(StoredManifest::version));
        return found;
    }

    /** The manifest as signed; bytes that fail to open stay as they are, so that their signature fails, by name. */
    private byte[] opened(String base, byte[] stored) {
        if (sealed == null) return stored;
        try {
            return sealed.openBytes("manifest", base, stored);
        } catch (DamagedValueException e) {
            return stored;
        }
    }

    /** The signature bytes, or an empty array when the file is not base64 (so it fails to verify, by name). */
    private static byte[] signature(Path sig) throws IOException {
        try {
            return Base64.getDecoder()
                    .decode(Files.readString(sig, StandardCharsets.ISO_8859_1).strip());
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }
}
