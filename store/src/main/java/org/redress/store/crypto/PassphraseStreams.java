package org.redress.store.crypto;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import org.redress.core.UserMistake;

/**
 * A file encrypted under a passphrase alone (a backup of a plain case): a text header with the Argon2id costs and
 * salt, then the content in Tink's streaming AEAD (AES-256-GCM-HKDF, 1 MiB segments) under the Argon2id key, with the
 * header as associated data. Any size streams through with one segment in memory; a changed, cut or reordered byte
 * fails on read, and so does a wrong passphrase, which is told apart by failing on the very first segment.
 */
public final class PassphraseStreams {
    static final String MAGIC = "REDRESS ENCRYPTED FILE v1\n";
    public static final String WRONG = "This backup is encrypted and the passphrase is wrong";

    private PassphraseStreams() {}

    /** Whether the file begins as one of these. */
    public static boolean isEncrypted(Path file) throws IOException {
        byte[] magic = MAGIC.getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(magic.length), magic);
        }
    }

    public static OutputStream encrypting(OutputStream out, char[] passphrase, Argon2id costs) throws IOException {
        byte[] header = header(costs);
        out.write(header);
        try {
            return cipher(costs, passphrase).newEncryptingStream(out, header);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot start encrypting", e);
        }
    }

    /** The content; a {@link UserMistake} saying the passphrase is wrong when the first segment does not open. */
    public static InputStream decrypting(InputStream raw, char[] passphrase) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        byte[] magic = in.readNBytes(MAGIC.length());
        if (!Arrays.equals(magic, MAGIC.getBytes(StandardCharsets.US_ASCII)))
            throw new UserMistake("This file is not an encrypted Redress file");
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0 || line.size() > 200) throw new UserMistake("This encrypted Redress file is damaged");
            line.write(b);
        }
        String costs = line.toString(StandardCharsets.US_ASCII);
        Argon2id argon2id = parse(costs);
        byte[] header = (MAGIC + costs + "\n").getBytes(StandardCharsets.US_ASCII);
        InputStream plain;
        try {
            plain = cipher(argon2id, passphrase).newDecryptingStream(in, header);
        } catch (GeneralSecurityException e) {
            throw new UserMistake(WRONG);
        }
        BufferedInputStream checked = new BufferedInputStream(new Checked(plain), 1 << 16);
        checked.mark(1);
        try {
            checked.read(); // the first segment: a wrong passphrase fails here, before anything is written
        } catch (IOException e) {
            throw new UserMistake(WRONG);
        }
        checked.reset();
        return checked;
    }

    private static byte[] header(Argon2id a) {
        return (MAGIC + "argon2id m=" + a.memoryKiB() + " t=" + a.iterations() + " p=" + a.parallelism() + " salt="
                        + Base64.getEncoder().encodeToString(a.salt()) + "\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static Argon2id parse(String line) {
        try {
            String[] f = line.split(" ");
            if (f.length != 5 || !f[0].equals("argon2id")) throw new IllegalArgumentException(line);
            return new Argon2id(
                    Integer.parseInt(f[1].substring(2)),
                    Integer.parseInt(f[2].substring(2)),
                    Integer.parseInt(f[3].substring(2)),
                    Base64.getDecoder().decode(f[4].substring(5)));
        } catch (RuntimeException e) {
            throw new UserMistake("This encrypted Redress file is damaged");
        }
    }

    private static AesGcmHkdfStreaming cipher(Argon2id argon2id, char[] passphrase) {
        byte[] bytes = CaseKeys.passphraseBytes(passphrase);
        byte[] key = argon2id.derive(bytes);
        try {
            return new AesGcmHkdfStreaming(key, "HmacSha256", 32, StreamingCiphers.ORIGINALS_SEGMENT_BYTES, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM-HKDF streaming is not available", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(key, (byte) 0);
        }
    }

    /** A segment that fails its tag later on is damage, said plainly. */
    private static final class Checked extends FilterInputStream {
        Checked(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new IOException("the encrypted file is damaged or was cut short", e);
            }
        }
    }
}
