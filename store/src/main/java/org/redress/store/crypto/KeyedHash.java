package org.redress.store.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.redress.core.corpus.Sha256;

/**
 * A content hash keyed with the case's {@link KeyUse#CONTENT_HASH} subkey (HMAC-SHA256). Whatever an encrypted case
 * looks up or names by content hash uses this instead of the plain SHA-256, so that someone holding a known file
 * cannot tell whether the case holds it.
 */
public final class KeyedHash {
    private final SecretKeySpec key;

    public KeyedHash(CaseKey caseKey) {
        byte[] subkey = caseKey.subkey(KeyUse.CONTENT_HASH);
        this.key = new SecretKeySpec(subkey, "HmacSHA256");
        java.util.Arrays.fill(subkey, (byte) 0);
    }

    /** 64 lowercase hex digits for a SHA-256 given as hex. */
    public String of(String sha256) {
        if (!Sha256.isHex(sha256)) throw new IllegalArgumentException("not a SHA-256 digest: " + sha256);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(("sha256:" + sha256).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JDK", e);
        }
    }

    @Override
    public String toString() {
        return "KeyedHash[hidden]";
    }
}
