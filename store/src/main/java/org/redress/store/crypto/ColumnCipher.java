package org.redress.store.crypto;

/**
 * How the stores of a case write the database columns that can hold case content. A plain case uses {@link #PLAIN},
 * which changes nothing; an encrypted one {@link #of(CaseKey)}, under the case's database subkeys. Every store gets
 * it from its {@code SqliteDatabase}, so a new store adopts it by passing its content values through {@link #seal}
 * on the way in and {@link #open} on the way out.
 *
 * <p>Three kinds of value:
 *
 * <ul>
 *   <li>{@link #seal}: authenticated encryption (AES-256-GCM, random nonce) bound by its associated data to the
 *       column and to the row's key, so a value copied to another row or column fails to open. For text that is only
 *       read back: page text, titles, notes.
 *   <li>{@link #token}: deterministic authenticated encryption (AES-SIV, RFC 5297) bound to the column: equal values
 *       give equal tokens, so the database can still find, join and keep unique by them, and the key turns a token
 *       back into its value. For values looked up by equality: source names, paths, the watched person of a hit.
 *   <li>{@link #hash}: the token of a content hash (a SHA-256 in hex), one shared label for every column that holds
 *       one, so document ids still join across tables; without the key a file's plain SHA-256 says nothing about
 *       whether the case holds it.
 * </ul>
 *
 * A value that fails to open throws {@link DamagedValueException}, which names the column and never the value. Null
 * stays null.
 */
public interface ColumnCipher {
    /** The identity: a plain case's columns as they are. */
    ColumnCipher PLAIN = new PlainColumns();

    /** The columns of the encrypted case this key opens. */
    static ColumnCipher of(CaseKey key) {
        return new SealedColumns(key);
    }

    /** False for {@link #PLAIN}: a store may then let SQL compare or sort content columns itself. */
    boolean encrypts();

    /** The stored form of a content value of {@code column} ("table.column") in the row whose key is {@code row}. */
    String seal(String column, String row, String value);

    String open(String column, String row, String stored);

    /** The deterministic stored form of a value of {@code column} that is looked up by equality. */
    String token(String column, String value);

    String untoken(String column, String stored);

    /** The stored form of a SHA-256 (64 lowercase hex digits) in any column that holds a content hash. */
    String hash(String sha256);

    String unhash(String stored);
}
