package org.redress.store.crypto;

import java.nio.charset.StandardCharsets;

/** What a subkey of the case is for: each use has its own, derived from the data key, so none can stand in for another. */
public enum KeyUse {
    /** Streaming encryption of the originals. */
    ORIGINALS("originals"),
    /** The encrypting Lucene directory of the search index. */
    INDEX("index"),
    /** Database columns that can hold case content. */
    DATABASE_COLUMNS("database-columns"),
    /** Deterministic tokens of database values that are looked up by equality (content hashes, unique names). */
    DATABASE_LOOKUPS("database-lookups"),
    /** Work files and other files of the case that are not originals, index or database (manifests, keys). */
    FILES("files"),
    /** HMAC of content hashes, so a file's plain SHA-256 does not show that the case holds it. */
    CONTENT_HASH("content-hash-hmac"),
    /** Sealing the head of the audit log's hash chain. */
    AUDIT("audit"),
    /** The fingerprint recovery shares carry, so that shares of two cases are never mixed. */
    RECOVERY_FINGERPRINT("recovery-fingerprint");

    private final String label;

    KeyUse(String label) {
        this.label = label;
    }

    /** The HKDF info: versioned, so a future scheme derives different keys from the same data key. */
    byte[] hkdfInfo() {
        return ("redress case subkey v1: " + label).getBytes(StandardCharsets.US_ASCII);
    }
}
