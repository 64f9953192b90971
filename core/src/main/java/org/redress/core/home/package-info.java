/**
 * The case's home page as a member sees it over time: when they last came (so the page can say what is new since),
 * and whether they put away the first-run guide. Plain Java, no libraries.
 */
package org.redress.core.home;
