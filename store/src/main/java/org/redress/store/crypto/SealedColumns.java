package org.redress.store.crypto;

import com.google.crypto.tink.subtle.AesSiv;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import org.redress.core.corpus.Sha256;

/**
 * The columns of an encrypted case. Sealed values are {@link SealedText} under the database subkey, one key per
 * column. Tokens use
 * AES-SIV under the lookup subkey with the column as associated data, written as lowercase hex, so that SQLite's
 * case-blind comparisons can never make two tokens equal.
 */
final class SealedColumns implements ColumnCipher {
    /** The one label of every column that holds a SHA-256: documents' ids, hashes of page text, attachments. */
    static final String CONTENT_HASH = "content-hash";

    private static final HexFormat HEX = HexFormat.of();
    private final SealedText sealed;
    private final AesSiv lookups;

    SealedColumns(CaseKey key) {
        this.sealed = SealedText.of(key, KeyUse.DATABASE_COLUMNS);
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
        return sealed.seal(column, row, value);
    }

    @Override
    public String open(String column, String row, String stored) {
        return sealed.open(column, row, stored);
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

    private static byte[] tokenData(String column) {
        return ("redress token v1\n" + column).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ColumnCipher[sealed]";
    }
}
