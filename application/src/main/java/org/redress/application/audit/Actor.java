package org.redress.application.audit;

/**
 * Who did something, and from where.
 *
 * @param who  the person; today the operating-system user, later the user logged in to the team server
 * @param from {@code cli}, or {@code web} and the client's address
 */
public record Actor(String who, String from) {
    /** The operating-system user running Redress, acting from {@code from}. */
    public static Actor localUser(String from) {
        String name = System.getProperty("user.name");
        return new Actor(name == null || name.isBlank() ? "unknown" : name, from);
    }

    public static Actor commandLine() {
        return localUser("cli");
    }

    public static Actor web(String address) {
        return localUser("web " + address);
    }
}
