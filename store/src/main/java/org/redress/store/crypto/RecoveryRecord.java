package org.redress.store.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.redress.core.UserMistake;

/**
 * {@code keys/recovery.json}: what the case knows of its recovery shares, so that {@code key recover} can tell this
 * case's shares from another's. The fingerprint of the data key and, for each set given out, its name, size, threshold
 * and date. No share and no key is in it.
 */
final class RecoveryRecord {
    static final String RELATIVE_PATH = "keys/recovery.json";
    private static final String FORMAT = "redress-recovery";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** @param made when, as an ISO-8601 instant */
    record Set(String set, int shares, int threshold, String made) {}

    record Stored(String format, int version, String fingerprint, List<Set> sets) {}

    private RecoveryRecord() {}

    static void add(Path caseRoot, String fingerprint, Set set) throws IOException {
        Path file = caseRoot.resolve(RELATIVE_PATH);
        List<Set> sets = new ArrayList<>();
        if (Files.exists(file)) sets.addAll(read(file).sets());
        sets.add(set);
        byte[] json = JSON.writeValueAsBytes(new Stored(FORMAT, 1, fingerprint, sets));
        Path temp = Files.createTempFile(file.getParent(), ".recovery-", ".tmp");
        try {
            Files.write(temp, json);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The fingerprint of the case's key, as its shares carry it. */
    static String fingerprint(Path caseRoot) throws IOException {
        Path file = caseRoot.resolve(RELATIVE_PATH);
        if (!Files.isRegularFile(file))
            throw new UserMistake("This case has no recovery shares on record (" + RELATIVE_PATH + " is missing):"
                    + " shares are made with 'redress key recovery'; nothing was changed");
        return read(file).fingerprint();
    }

    private static Stored read(Path file) throws IOException {
        try {
            Stored stored = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), Stored.class);
            if (!FORMAT.equals(stored.format()) || stored.fingerprint() == null || stored.sets() == null)
                throw damaged(file);
            return stored;
        } catch (JsonProcessingException e) {
            throw damaged(file);
        }
    }

    private static UserMistake damaged(Path file) {
        return new UserMistake("The case's record of its recovery shares " + file
                + " is damaged; restore it from a backup of the case");
    }
}
