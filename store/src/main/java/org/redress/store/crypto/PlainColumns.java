package org.redress.store.crypto;

/** The columns of a plain case: stored as they are. */
final class PlainColumns implements ColumnCipher {
    @Override
    public boolean encrypts() {
        return false;
    }

    @Override
    public String seal(String column, String row, String value) {
        return value;
    }

    @Override
    public String open(String column, String row, String stored) {
        return stored;
    }

    @Override
    public String token(String column, String value) {
        return value;
    }

    @Override
    public String untoken(String column, String stored) {
        return stored;
    }

    @Override
    public String hash(String sha256) {
        return sha256;
    }

    @Override
    public String unhash(String stored) {
        return stored;
    }

    @Override
    public String toString() {
        return "ColumnCipher[plain]";
    }
}
