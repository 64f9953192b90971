/**
 * The use cases of the case model: importing people and events from CSV or JSON (all or nothing, each problem
 * naming its line and field), the court-ready chronology, the gap report of what each claim still lacks, claim
 * templates, and the analyses run on the stored events. Written against core's ports only, never an adapter, so the
 * command line and the web pages share one behaviour; how the results are printed or exported is the app's.
 */
package org.redress.application.casemodel;
