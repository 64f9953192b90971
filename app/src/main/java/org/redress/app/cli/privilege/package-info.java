/**
 * The privilege commands: {@code redress privilege mark|unmark|list}. They call {@code application.privilege}, which
 * checks every item before it writes and refuses a role that may not see privileged material; what each role sees is
 * decided in {@code application.access}, not here.
 */
package org.redress.app.cli.privilege;
