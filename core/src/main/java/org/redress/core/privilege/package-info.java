/**
 * Privilege marks (issue 13): a document or a finding's note under attorney–client privilege or work product, which
 * the roles that may not see privileged material (reporters, viewers) never reach.
 */
package org.redress.core.privilege;
