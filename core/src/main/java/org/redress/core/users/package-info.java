/**
 * The users of a team server (issue 13): their names, roles and accounts as the user store keeps them. Who may see
 * what of a case is decided from these in one place, never per handler.
 */
package org.redress.core.users;
