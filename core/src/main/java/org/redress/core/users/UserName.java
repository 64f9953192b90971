package org.redress.core.users;

import java.util.Locale;
import java.util.regex.Pattern;
import org.redress.core.UserMistake;

/**
 * The login name of a user of a team server: 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a
 * letter or digit, read whatever its case. The message of a refusal does not repeat what was typed.
 */
public record UserName(String value) {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public UserName {
        if (value == null || !VALID.matcher(value).matches())
            throw new UserMistake(
                    "a user name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter" + " or digit");
    }

    public static UserName of(String typed) {
        if (typed == null) return new UserName(null);
        return new UserName(typed.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
