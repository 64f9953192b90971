package org.redress.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * When {@code redress ingest} draws its progress bar, which goes to standard error: {@code --progress} (default
 * {@code REDRESS_PROGRESS}, else auto). System.console() answers for standard input and output, not standard error,
 * and Java 17 has no call that does; so auto reads the link {@code /proc/self/fd/2} (Linux) and draws only when it
 * names a terminal device. Where that link cannot be read (no /proc, as on macOS or Windows) auto draws nothing, and
 * neither does it for {@code TERM=dumb}, which cannot return to the start of a line: a bar must never fill a log file.
 */
enum ProgressMode {
    AUTO,
    ALWAYS,
    NEVER;

    /** Standard error of this process, as Linux shows it. */
    static final Path STDERR = Path.of("/proc/self/fd/2");

    private static final Pattern TERMINAL = Pattern.compile("/dev/(?:pts/\\d+|tty\\w*|console)");

    static ProgressMode parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.redress.core.UserMistake("--progress is auto, always or never, not '" + s + "'");
        }
    }

    /** @param term the TERM variable (may be null); @param stderr the /proc link of standard error */
    boolean draws(String term, Path stderr) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> !"dumb".equals(term) && isTerminal(stderr);
        };
    }

    /** Whether a /proc/…/fd/N link points at a terminal; a pipe, a file, /dev/null or an unreadable link is not one. */
    static boolean isTerminal(Path fdLink) {
        try {
            return TERMINAL.matcher(Files.readSymbolicLink(fdLink).toString()).matches();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
