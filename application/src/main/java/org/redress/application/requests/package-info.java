/**
 * The records-request use cases the command line and the web pages share: adding and updating requests from what a
 * person typed, their deadlines flagged overdue or closing soon as of an injected clock, correspondence, productions
 * ingested into the corpus, and which request produced a document. Every input is checked before anything is
 * written, so a refused value never changes what is stored.
 */
package org.redress.application.requests;
