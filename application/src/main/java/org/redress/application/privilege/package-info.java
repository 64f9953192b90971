/**
 * Privilege marks on documents and findings' notes (issue 13): marking, lifting and listing them for {@code redress
 * privilege} (and later the web), refused to the roles that may not see privileged material.
 */
package org.redress.application.privilege;
