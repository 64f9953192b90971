package org.redress.store.crypto;

import com.google.crypto.tink.subtle.AesSiv;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.redress.core.corpus.Sha256;

/**
 * The columns of an encrypted case. Sealed values use AES-256-GCM under a key of their own column (HKDF of the
 * database subkey with the column's name), with the column and row as associated data, written as base64. Tokens use
 * AES-SIV under the lookup subkey with the column as associated data, written as lowercase hex, so that SQLite's
 * case-blind comparisons can never make two tokens equal.
 */
final class SealedColumns implements ColumnCipher {
    /** The one label of every column that holds a SHA-256: documents' ids, hashes of page text, attachments. */
    static final String CONTENT_HASH = "content-hash";

    private static final HexFormat HEX = HexFormat.of();
    private final byte[] columnsKey;
    private final AesSiv lookups;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, Gcm> perColumn = new ConcurrentHashMap<>();

    SealedColumns(CaseKey key) {
        this.columnsKey = key.subkey(KeyUse.DATABASE_COLUMNS);
        byte[] sivKey = key.subkey(KeyUse.DATABASE_LOOKUPS, 64);
        try {
            this.lookups = new AesSiv(sivKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-SIV is not available", e);
        } finally {
            Arrays.fill(sivKey, (byte) 0);
        }
    }

    @Override
    public boolean encrypts() {
        return true;
    }

    @Override
    public String seal(String column, String row, String value) {
        if (value == null) return null;
        byte[] sealed = gcmOf(column).seal(value.getBytes(StandardCharsets.UTF_8), sealedData(column, row));
        return Base64.getEncoder().withoutPadding().encodeToString(sealed);
    }

    @Override
    public String open(String column, String row, String stored) {
        if (stored == null) return null;
        try {
            byte[] sealed = Base64.getDecoder().decode(stored);
            return new String(gcmOf(column).open(sealed, sealedData(column, row)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new DamagedValueException(column, e);
        }
    }

    @Override
    public String token(String column, String value) {
        if (value == null) return null;
        return HEX.formatHex(siv(value.getBytes(StandardCharsets.UTF_8), column));
    }

    @Override
    public String untoken(String column, String stored) {
        if (stored == null) return null;
        return new String(unsiv(stored, column), StandardCharsets.UTF_8);
    }

    @Override
    public String hash(String sha256) {
        if (sha256 == null) return null;
        if (!Sha256.isHex(sha256)) throw new IllegalArgumentException("not a SHA-256 digest");
        return HEX.formatHex(siv(HEX.parseHex(sha256), CONTENT_HASH));
    }

    @Override
    public String unhash(String stored) {
        if (stored == null) return null;
        return HEX.formatHex(unsiv(stored, CONTENT_HASH));
    }

    private byte[] siv(byte[] plaintext, String column) {
        try {
            return lookups.encryptDeterministically(plaintext, tokenData(column));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-SIV failed to encrypt", e);
        }
    }

    private byte[] unsiv(String stored, String column) {
        try {
            return lookups.decryptDeterministically(HEX.parseHex(stored), tokenData(column));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new DamagedValueException(column, e);
        }
    }

    private Gcm gcmOf(String column) {
        return perColumn.computeIfAbsent(column, c -> {
            HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
            hkdf.init(new HKDFParameters(columnsKey, null, ("redress column key v1: " + c).getBytes(StandardCharsets.UTF_8)));
            byte[] key = new byte[32];
            hkdf.generateBytes(key, 0, key.length);
            Gcm gcm = new Gcm(key, random);
            Arrays.fill(key, (byte) 0);
            return gcm;
        });
    }

    /** Column and row, each preceded by its length, so no two (column, row) pairs give the same bytes. */
    private static byte[] sealedData(String column, String row) {
        String r = row == null ? "" : row;
        return ("redress column v1\n" + column.length() + ":" + column + "\n" + r.length() + ":" + r)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] tokenData(String column) {
        return ("redress token v1\n" + column).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ColumnCipher[sealed]";
    }
}
