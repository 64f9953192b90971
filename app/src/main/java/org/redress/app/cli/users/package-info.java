/**
 * The team server's user commands: {@code redress users add|list|disable|reset|grant|revoke|token --server FILE}.
 * They read a new password from {@code REDRESS_USER_PASSWORD} or the terminal (never from an argument), call the user
 * use cases of {@code application.users} and record each change in the audit log of every case it concerns; the
 * rules (hashing, second factor, lockout) live there, not here.
 */
package org.redress.app.cli.users;
