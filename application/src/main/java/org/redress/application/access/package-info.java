/**
 * Who may see what of a case, decided in one place (issue 13): {@link org.redress.application.access.Access} reads the
 * role the request acts for ({@link org.redress.application.users.ActingUser}), {@link
 * org.redress.application.access.Visibility} says which documents and notes that role may not reach, and the {@code
 * Visible…} decorators the wiring puts around the case's ports leave them out (or refuse the watch-list) wherever
 * they are read, so no handler decides it. Without an acting user (the command line, an embedded case, a worker,
 * background screening) everything is seen, exactly as before.
 */
package org.redress.application.access;
