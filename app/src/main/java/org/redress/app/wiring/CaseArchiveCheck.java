package org.redress.app.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.redress.app.json.Json;
import org.redress.core.corpus.Sha256;

/**
 * Checks a whole {@link CaseArchive} before anything of it is written: it opens (the passphrase is right and no
 * encrypted segment was altered), its manifest comes last and is of a version this reads, every entry is one this
 * version writes, appears once, and has the SHA-256, bytes and rows the manifest gives it, an original its own
 * digest, and no entry the manifest lists is missing.
 */
final class CaseArchiveCheck {
    private CaseArchiveCheck() {}

    /** The archive's manifest, once every entry matches it; a {@link CaseException} naming the first that does not. */
    static CaseArchive.Manifest check(Path file, char[] passphrase) throws IOException {
        CaseArchive.Manifest manifest = null;
        List<CaseArchive.Entry> seen = new java.util.ArrayList<>();
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(open(file, passphrase))) {
            for (ZipEntry z; (z = zip.getNextEntry()) != null; ) {
                String name = z.getName();
                if (manifest != null) throw altered(CaseArchive.MANIFEST); // something after the manifest
                if (name.equals(CaseArchive.MANIFEST)) {
                    manifest = manifest(zip);
                    continue;
                }
                if (!CaseArchive.known(name) || !names.add(name)) throw altered(name);
                CaseArchive.Entry entry = measure(name, zip);
                if (name.startsWith(CaseArchive.ORIGINALS)
                        && !entry.sha256().equals(name.substring(CaseArchive.ORIGINALS.length()))) throw altered(name);
                seen.add(entry);
            }
        } catch (ZipException e) {
            throw new CaseException("'" + file + "' is not a Redress case archive, or it is damaged");
        } catch (IOException e) { // an encrypted segment that does not open: altered, or cut short
            throw new CaseException(
                    "'" + file + "' was altered or is damaged: it does not decrypt; nothing was" + " imported");
        }
        if (manifest == null)
            throw new CaseException("'" + file + "' is not a Redress case archive: it has no manifest");
        Set<CaseArchive.Entry> listed = new HashSet<>(manifest.entries());
        for (CaseArchive.Entry e : seen) if (!listed.remove(e)) throw altered(e.name());
        if (!listed.isEmpty()) throw altered(listed.iterator().next().name());
        return manifest;
    }

    /** The archive's bytes, decrypted under {@code passphrase} when it is encrypted (null: it is plain). */
    static InputStream open(Path file, char[] passphrase) throws IOException {
        return PassphraseFiles.open(file, passphrase == null ? null : passphrase.clone());
    }

    static CaseException altered(String entry) {
        return new CaseException("the case archive was altered or is damaged: its entry " + entry
                + " is not what its manifest lists; nothing was imported");
    }

    private static CaseArchive.Manifest manifest(InputStream in) throws IOException {
        CaseArchive.Manifest m;
        try {
            m = Json.MAPPER.readValue(in.readAllBytes(), CaseArchive.Manifest.class);
        } catch (IOException e) {
            throw altered(CaseArchive.MANIFEST);
        }
        if (!CaseArchive.FORMAT.equals(m.format()) || m.entries() == null)
            throw new CaseException("this file is not a Redress case archive");
        if (m.version() != CaseArchive.VERSION)
            throw new CaseException("this case archive is of version " + m.version() + "; this Redress reads version "
                    + CaseArchive.VERSION);
        return m;
    }

    private static CaseArchive.Entry measure(String name, InputStream in) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
            bytes += n;
            for (int i = 0; i < n; i++) if (buffer[i] == '\n') lines++;
        }
        return new CaseArchive.Entry(
                name, name.endsWith(".jsonl") ? lines : 0, bytes, HexFormat.of().formatHex(digest.digest()));
    }
}
