package org.redress.app.wiring;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import java.util.List;
import org.redress.app.json.Json;
import org.redress.ingest.pipeline.IngestListener;
import org.redress.store.crypto.DamagedValueException;
import org.redress.store.crypto.ServerSecrets;

/**
 * What the person who queued a production on a team server chose for reading it ({@code ingest --entities},
 * {@code --passwords}, {@code --timeout}, {@code --worker-memory}), carried to the workers with each job. The
 * passwords are sealed under the server's secrets key, bound to the case, before they reach the queue: the database
 * never holds them in the clear, and a worker needs a copy of that key to read such a production.
 *
 * @param sealedPasswords the passwords, one per line, sealed; null for none
 */
public record QueuedSettings(boolean entities, long timeoutSeconds, int workerMemoryMb, String sealedPasswords) {
    private static final com.fasterxml.jackson.databind.ObjectWriter ONE_LINE =
            Json.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    public static final QueuedSettings DEFAULTS = new QueuedSettings(
            false, IngestSettings.DEFAULT_TIMEOUT.toSeconds(), IngestSettings.DEFAULT_WORKER_MEMORY_MB, null);

    /** The settings of a production queued on {@code on}, its passwords sealed at once. */
    public static QueuedSettings of(
            ServerCase on, boolean entities, Duration timeout, int workerMemoryMb, List<String> passwords) {
        String sealed = passwords.isEmpty()
                ? null
                : ServerSecrets.ofKeyFile(on.serverConfig().secretsKeyFile())
                        .seal(String.join("\n", passwords), owner(on));
        return new QueuedSettings(entities, timeout.toSeconds(), workerMemoryMb, sealed);
    }

    /** The text the queue keeps: null for the defaults, so the common job carries nothing. */
    String text() {
        if (equals(DEFAULTS)) return null;
        try {
            return ONE_LINE.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings of four plain fields always write", e);
        }
    }

    /** The settings a job was queued with ({@link #text}); null is the defaults. */
    static QueuedSettings parse(String text) {
        if (text == null) return DEFAULTS;
        try {
            return Json.MAPPER.readValue(text, QueuedSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the settings of a queued job are not this version's", e);
        }
    }

    /** The settings of the ingest run that reads such jobs, one file at a time, the passwords opened here. */
    IngestSettings ingestSettings(ServerCase on) {
        List<String> passwords;
        try {
            passwords = sealedPasswords == null
                    ? List.of()
                    : ServerSecrets.ofExistingKeyFile(on.serverConfig().secretsKeyFile())
                            .open(sealedPasswords, owner(on))
                            .lines()
                            .toList();
        } catch (DamagedValueException e) {
            throw new IllegalStateException(
                    "the production's passwords were sealed under another server secrets key"
                            + " than this machine's (secrets.key.file): copy the key of the machine that queued it, or queue it"
                            + " again there",
                    e);
        }
        return new IngestSettings(
                passwords, Duration.ofSeconds(timeoutSeconds), workerMemoryMb, 1, IngestListener.NONE);
    }

    private static String owner(ServerCase on) {
        return "ingest passwords of case " + on.caseName().value();
    }

    @Override
    public String toString() {
        return "QueuedSettings[entities=" + entities + ", timeoutSeconds=" + timeoutSeconds + ", workerMemoryMb="
                + workerMemoryMb + ", passwords=" + (sealedPasswords == null ? "none" : "sealed") + "]";
    }
}
