package org.redress.store.crypto;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.redress.core.UserMistake;

/**
 * Where the passphrase of an encrypted case comes from, in this order: a key file named on the command line, the
 * {@code REDRESS_PASSPHRASE} environment variable, or a prompt on the terminal. With none of them there is no way to
 * ask, and the user is told how to give it. The passphrase is returned as a char array for the caller to wipe.
 */
public final class Passphrases {
    public static final String ENVIRONMENT_VARIABLE = "REDRESS_PASSPHRASE";
    /** The new passphrase when one replaces another ({@code key change}, {@code key recover}). */
    public static final String NEW_ENVIRONMENT_VARIABLE = "REDRESS_NEW_PASSPHRASE";

    public static final String NEEDED =
            "This case is encrypted and needs its passphrase: set REDRESS_PASSPHRASE or run on a terminal";
    /** A new passphrase guards everything in the case: short ones fall to guessing even through Argon2id. */
    public static final int MINIMUM_NEW_LENGTH = 12;

    private final Map<String, String> environment;
    private final Console console;

    /** @param console the terminal, or null when there is none (as {@link System#console()} gives) */
    public Passphrases(Map<String, String> environment, Console console) {
        this.environment = environment;
        this.console = console;
    }

    /** From the process's own environment and terminal. */
    public static Passphrases ofThisProcess() {
        return new Passphrases(System.getenv(), System.console());
    }

    /** The passphrase of an existing case. */
    public char[] existing(Path keyFile) {
        char[] given = fromFileOrEnvironment(keyFile, ENVIRONMENT_VARIABLE);
        if (given != null) return given;
        if (console == null) throw new UserMistake(NEEDED);
        char[] typed = console.readPassword("Passphrase of the case: ");
        if (typed == null || typed.length == 0) throw new UserMistake(NEEDED);
        return typed;
    }

    /** A passphrase for a new key: asked twice on a terminal, and long enough. */
    public char[] fresh(Path keyFile) {
        char[] given = fromFileOrEnvironment(keyFile, ENVIRONMENT_VARIABLE);
        if (given == null && console == null)
            throw new UserMistake("An encrypted case needs a passphrase: set " + ENVIRONMENT_VARIABLE
                    + ", give --key-file FILE, or run on a terminal");
        return newOne(given);
    }

    /**
     * The passphrase that replaces the case's (or a lost one): from {@code --new-key-file FILE}, else
     * {@code REDRESS_NEW_PASSPHRASE}, else asked twice on the terminal; long enough. Never REDRESS_PASSPHRASE, which
     * holds the old one.
     */
    public char[] replacement(Path newKeyFile) {
        char[] given = newKeyFile != null ? fromFile(newKeyFile) : fromEnvironment(NEW_ENVIRONMENT_VARIABLE);
        if (given == null && console == null)
            throw new UserMistake("The new passphrase is needed: set " + NEW_ENVIRONMENT_VARIABLE
                    + ", give --new-key-file FILE, or run on a terminal");
        return newOne(given);
    }

    private char[] newOne(char[] given) {
        if (given == null) {
            given = console.readPassword("New passphrase of the case: ");
            char[] again = console.readPassword("The same passphrase again: ");
            boolean same = given != null && Arrays.equals(given, again);
            if (again != null) Arrays.fill(again, '\0');
            if (!same) {
                if (given != null) Arrays.fill(given, '\0');
                throw new UserMistake("The two passphrases differ; nothing was changed");
            }
        }
        if (given.length < MINIMUM_NEW_LENGTH) {
            Arrays.fill(given, '\0');
            throw new UserMistake("Choose a passphrase of at least " + MINIMUM_NEW_LENGTH
                    + " characters (several words are easier to remember); nothing was changed");
        }
        return given;
    }

    private char[] fromFileOrEnvironment(Path keyFile, String variable) {
        if (keyFile != null) return fromFile(keyFile);
        return fromEnvironment(variable);
    }

    private char[] fromEnvironment(String variable) {
        String value = environment.get(variable);
        return value != null && !value.isEmpty() ? value.toCharArray() : null;
    }

    /** The file's text without one line ending at its end (what an editor or {@code echo} adds). */
    private static char[] fromFile(Path keyFile) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(keyFile);
        } catch (IOException e) {
            throw new UserMistake("The key file '" + keyFile + "' cannot be read");
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            int end = chars.limit();
            if (end > 0 && chars.get(end - 1) == '\n') end--;
            if (end > 0 && chars.get(end - 1) == '\r') end--;
            if (end == 0) throw new UserMistake("The key file '" + keyFile + "' is empty");
            char[] passphrase = new char[end];
            chars.get(passphrase);
            Arrays.fill(chars.array(), '\0');
            return passphrase;
        } catch (CharacterCodingException e) {
            throw new UserMistake("The key file '" + keyFile + "' is not UTF-8 text");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
