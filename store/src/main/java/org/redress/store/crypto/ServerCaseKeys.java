package org.redress.store.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The data key of an encrypted case on a team server. A worker reads files unattended, so no passphrase can open it:
 * the key is wrapped (AES-256-GCM) under a key derived from the server's secrets key, bound to the case's name, and
 * kept in the case's folder as {@value #FILE}. The secrets key must live outside the shared blob store, on each
 * machine that runs Redress for the server: a copy of the blob store alone then opens nothing, and the wrapped key
 * moved to another case's folder does not open either.
 */
public final class ServerCaseKeys {
    /** Where in the case's folder the wrapped key is, apart from a case folder's passphrase-wrapped key. */
    public static final String FILE = "keys/server-case-key";

    private static final String HEADER = "redress server case key v1";
    private static final String WRAP_PURPOSE = "redress server case key wrap v1";

    private ServerCaseKeys() {}

    public static boolean isEncrypted(Path caseFolder) {
        return Files.exists(caseFolder.resolve(FILE));
    }

    /** A new data key for the case named {@code caseName}, stored wrapped in its folder; refused when one is there. */
    public static CaseKey create(Path caseFolder, ServerSecrets secrets, String caseName) throws IOException {
        CaseKey key = CaseKey.generate(new SecureRandom());
        byte[] dataKey = key.dataKeyForWrapping();
        try {
            byte[] wrapped = gcm(secrets).seal(dataKey, boundTo(caseName));
            String text = HEADER + "\n" + Base64.getEncoder().encodeToString(wrapped) + "\n";
            OwnerOnlyFiles.create(caseFolder.resolve(FILE), text.getBytes(StandardCharsets.US_ASCII));
            return key;
        } catch (IOException | RuntimeException e) {
            key.close();
            throw e;
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** The case's data key, unwrapped; refused, naming neither key, when the secrets key is not the one that made it. */
    public static CaseKey unlock(Path caseFolder, ServerSecrets secrets, String caseName) throws IOException {
        List<String> lines = Files.readAllLines(caseFolder.resolve(FILE), StandardCharsets.US_ASCII);
        if (lines.size() < 2 || !HEADER.equals(lines.get(0)))
            throw new IllegalStateException("the key file of case " + caseName + " is damaged");
        try {
            byte[] wrapped = Base64.getDecoder().decode(lines.get(1).strip());
            return new CaseKey(gcm(secrets).open(wrapped, boundTo(caseName)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "the key of case " + caseName + " does not open with this machine's server"
                            + " secrets key (secrets.key.file): it must be a copy of the one on the machine that made the"
                            + " case",
                    e);
        }
    }

    private static Gcm gcm(ServerSecrets secrets) {
        byte[] wrapKey = secrets.derivedKey(WRAP_PURPOSE);
        try {
            return new Gcm(wrapKey, new SecureRandom());
        } finally {
            Arrays.fill(wrapKey, (byte) 0);
        }
    }

    private static byte[] boundTo(String caseName) {
        return ("redress server case " + caseName).getBytes(StandardCharsets.UTF_8);
    }
}
