package org.redress.store.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * Small values sealed with AES-256-GCM under one subkey of the case: each label (a database column, a kind of file,
 * a field of the audit log) gets its own key by HKDF, and the label and the value's place ("row") are its associated
 * data, so a value moved to another place or label fails to open. Text is written as base64.
 */
public final class SealedText {
    private final byte[] rootKey;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, Gcm> perLabel = new ConcurrentHashMap<>();

    private SealedText(byte[] rootKey) {
        this.rootKey = rootKey;
    }

    /** Sealing under the case's subkey for this use. */
    public static SealedText of(CaseKey key, KeyUse use) {
        return new SealedText(key.subkey(use));
    }

    public String seal(String label, String row, String value) {
        if (value == null) return null;
        return Base64.getEncoder()
                .withoutPadding()
                .encodeToString(sealBytes(label, row, value.getBytes(StandardCharsets.UTF_8)));
    }

    public String open(String label, String row, String stored) {
        if (stored == null) return null;
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(stored);
        } catch (IllegalArgumentException e) {
            throw new DamagedValueException(label, e);
        }
        return new String(openBytes(label, row, sealed), StandardCharsets.UTF_8);
    }

    public byte[] sealBytes(String label, String row, byte[] value) {
        return gcmOf(label).seal(value, associatedData(label, row));
    }

    public byte[] openBytes(String label, String row, byte[] sealed) {
        try {
            return gcmOf(label).open(sealed, associatedData(label, row));
        } catch (GeneralSecurityException e) {
            throw new DamagedValueException(label, e);
        }
    }

    private Gcm gcmOf(String label) {
        return perLabel.computeIfAbsent(label, l -> {
            HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
            hkdf.init(new HKDFParameters(rootKey, null, ("redress sealed v1: " + l).getBytes(StandardCharsets.UTF_8)));
            byte[] key = new byte[32];
            hkdf.generateBytes(key, 0, key.length);
            Gcm gcm = new Gcm(key, random);
            Arrays.fill(key, (byte) 0);
            return gcm;
        });
    }

    /** Label and row, each preceded by its length, so no two (label, row) pairs give the same bytes. */
    private static byte[] associatedData(String label, String row) {
        String r = row == null ? "" : row;
        return ("redress sealed v1\n" + label.length() + ":" + label + "\n" + r.length() + ":" + r)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "SealedText[hidden]";
    }
}
