/**
 * Adding a production from the web: the page with its form (files or a zip uploaded, or a folder on this machine
 * named; the source, the received date, the request it answers and the passwords of encrypted files), the upload
 * saved to the case's work folder as it arrives, the ingest run in the background through the same
 * {@link org.redress.app.wiring.CaseServices} ingest the command line uses, and its progress as JSON.
 */
package org.redress.app.web.ingest;
