/**
 * The users of a team server: managing them ({@link org.redress.application.users.UserAdmin}, for
 * {@code redress users}) and logging them in ({@link org.redress.application.users.Login}: password, second factor,
 * lockout, sessions and API tokens), over the ports of {@code org.redress.core.port} and independent of the web.
 */
package org.redress.application.users;
