package org.redress.store.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * One Shamir share of a case's data key, as a trusted person keeps it: printable text with the case's fingerprint
 * (so shares of two cases are not mixed), the set it belongs to (each {@code key recovery} makes a new set), its
 * number, how many shares the set has and how many open it, the share itself, and a check that catches a mistyped
 * character. The share alone reveals nothing of the key; {@code threshold} of them together give it back.
 *
 * @param fingerprint the case's, normalized (see {@link KeyRecovery#fingerprint})
 * @param set the set's short random name, normalized
 * @param number 1 to 255, the share's x coordinate
 * @param shares how many shares the set has
 * @param threshold how many of them open the case
 * @param data the share's bytes (as long as the data key)
 */
// the data array is copied in and out, and equals/hashCode compare its content
@SuppressWarnings("ArrayRecordComponent")
public record RecoveryShare(String fingerprint, String set, int number, int shares, int threshold, byte[] data) {
    static final String BEGIN = "-----BEGIN REDRESS RECOVERY SHARE-----";
    static final String END = "-----END REDRESS RECOVERY SHARE-----";

    public RecoveryShare {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecoveryShare s
                && fingerprint.equals(s.fingerprint)
                && set.equals(s.set)
                && number == s.number
                && shares == s.shares
                && threshold == s.threshold
                && Arrays.equals(data, s.data);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(fingerprint, set, number, shares, threshold) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "RecoveryShare[" + number + " of " + shares + ", set " + set + ", hidden]";
    }

    /** The case's fingerprint as printed: groups of four. */
    public String printedFingerprint() {
        return ReadableBase32.grouped(fingerprint);
    }

    /** The share as a person keeps it: a few lines saying what it is, and the block {@code key recover} reads. */
    public String text(String caseName, String made) {
        return "Redress recovery share " + number + " of " + shares + " for the case \"" + caseName + "\", made "
                + made + ".\n"
                + "Any " + threshold + " of the " + shares
                + " shares, with the case folder, give back the case's key: keep this one private and safe.\n"
                + "To use it: redress key recover --case DIR SHARE-FILE... (or paste the shares when it asks)\n\n"
                + BEGIN + "\n"
                + "Case:   " + printedFingerprint() + "\n"
                + "Set:    " + set + "\n"
                + "Share:  " + number + " of " + shares + "\n"
                + "Needs:  " + threshold + "\n"
                + "Key:    " + ReadableBase32.grouped(ReadableBase32.encode(data)) + "\n"
                + "Check:  " + ReadableBase32.grouped(check()) + "\n"
                + END + "\n";
    }

    /** 30 bits of SHA-256 over every field: a mistyped character anywhere fails it (but for one time in 10⁹). */
    String check() {
        String canonical = "redress recovery share v1|" + fingerprint + "|" + set + "|" + number + "|" + shares + "|"
                + threshold + "|" + ReadableBase32.encode(data);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.US_ASCII));
            return ReadableBase32.encode(Arrays.copyOf(digest, 4)).substring(0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}
