/**
 * The case's home page ({@code /} without a query): what the case holds, what is new since the member's last visit
 * (productions, hits of watched people, deadlines closing soon, overdue requests), where to go next, and on the demo
 * case a first-run guide from a search to an exported chronology.
 */
package org.redress.app.web.home;
