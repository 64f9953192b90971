package org.redress.store.blob;

import java.io.IOException;

/** A stored original that does not decrypt and authenticate: changed or damaged on disk, or under another key. */
public final class DamagedOriginalException extends IOException {
    private static final long serialVersionUID = 1L;

    DamagedOriginalException(String sha256, Throwable cause) {
        super(
                "the stored original " + sha256
                        + " failed its integrity check: it was altered or damaged on disk, or belongs to another case key",
                cause);
    }
}
