package org.redress.app.cli.users;

import java.util.List;
import java.util.concurrent.Callable;
import org.redress.app.json.Json;
import org.redress.core.users.UserAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "The users of the server, their roles and cases.")
final class UserListCommand implements Callable<Integer> {
    @Mixin
    ServerFile serverFile;

    @Option(
            names = "--json",
            description = "One JSON document: {\"users\":[{\"name\", \"role\", \"disabled\", \"cases\", \"totp\"}]}.")
    boolean json;

    /** One user as --json shows them: never a hash or a secret. */
    record Listed(String name, String role, boolean disabled, List<String> cases, boolean totp) {
        static Listed of(UserAccount a) {
            return new Listed(a.name().value(), a.role().code(), a.disabled(), a.cases(), a.hasSecondFactor());
        }
    }

    record Listing(List<Listed> users) {}

    @Override
    public Integer call() {
        List<Listed> users =
                serverFile.users().admin().list().stream().map(Listed::of).toList();
        if (json) {
            System.out.println(Json.write(new Listing(users)));
            return 0;
        }
        if (users.isEmpty()) System.out.println("No users yet: add one with redress users add NAME --role admin.");
        for (Listed u : users)
            System.out.println(
                    u.name() + "  " + u.role() + (u.disabled() ? "  disabled" : "") + (u.totp() ? "  totp" : "")
                            + "  cases: " + (u.cases().isEmpty() ? "none" : String.join(", ", u.cases())));
        return 0;
    }
}
