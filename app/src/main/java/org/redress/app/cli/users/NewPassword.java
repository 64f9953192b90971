package org.redress.app.cli.users;

import java.io.Console;
import java.util.Arrays;
import java.util.Map;
import org.redress.core.UserMistake;

/**
 * A user's new password, never an argument (it would stay in the shell's history and the process list): from
 * {@code REDRESS_USER_PASSWORD}, else asked twice on the terminal. The caller's use case wipes it.
 */
final class NewPassword {
    static final String ENVIRONMENT_VARIABLE = "REDRESS_USER_PASSWORD";

    private static Map<String, String> environment = System.getenv();

    private NewPassword() {}

    /** The environment the password is read from (the process's own, unless a test gives another). */
    static void useEnvironment(Map<String, String> variables) {
        environment = variables;
    }

    @SuppressWarnings("SystemConsoleNull") // Java 17: null is exactly "no terminal"
    static char[] read(String whose) {
        String given = environment.get(ENVIRONMENT_VARIABLE);
        if (given != null && !given.isEmpty()) return given.toCharArray();
        Console console = System.console();
        if (console == null)
            throw new UserMistake(
                    "the user's password is needed: set " + ENVIRONMENT_VARIABLE + " or run on a terminal");
        char[] typed = console.readPassword("New password of %s: ", whose);
        char[] again = console.readPassword("The same password again: ");
        try {
            if (typed == null || again == null || !Arrays.equals(typed, again))
                throw new UserMistake("the two passwords are not the same; nothing was changed");
            return typed.clone();
        } finally {
            if (typed != null) Arrays.fill(typed, '\0');
            if (again != null) Arrays.fill(again, '\0');
        }
    }
}
