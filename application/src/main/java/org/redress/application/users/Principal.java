package org.redress.application.users;

import java.util.List;
import org.redress.core.users.Role;
import org.redress.core.users.UserAccount;
import org.redress.core.users.UserName;

/** Who a request or a command acts as, once logged in: a user with a role and the cases they are a member of. */
public record Principal(UserName name, Role role, List<String> cases) {
    public Principal {
        cases = List.copyOf(cases);
    }

    static Principal of(UserAccount account) {
        return new Principal(account.name(), account.role(), account.cases());
    }

    /** Whether the user may see anything of the case at all (server case name, as {@code smith_v_ice}). */
    public boolean memberOf(String caseName) {
        return cases.contains(caseName);
    }
}
