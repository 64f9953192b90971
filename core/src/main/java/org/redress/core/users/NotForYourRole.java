package org.redress.core.users;

import org.redress.core.NotFound;

/**
 * The user's role may not see this (the watch-list, its hits, the group's private references). A {@link NotFound},
 * so that every error table answers it as it answers an unknown id (HTTP 404, exit code 1) unless it maps this type
 * first (to 403); the message names the role, never the thing refused.
 */
public final class NotForYourRole extends NotFound {
    private static final long serialVersionUID = 1L;

    public NotForYourRole(Role role, String what) {
        super(what + " is not for your role (" + role.code() + ")");
    }
}
