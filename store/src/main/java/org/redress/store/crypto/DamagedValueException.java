package org.redress.store.crypto;

/**
 * A stored value that does not decrypt and authenticate: changed on disk, copied from another row or column, or
 * written under another case's key. The message names where it was, never what it holds.
 */
public final class DamagedValueException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    DamagedValueException(String where, Throwable cause) {
        super(
                "a stored value of " + where
                        + " failed its integrity check: the case database was altered, or belongs to another case key",
                cause);
    }
}
