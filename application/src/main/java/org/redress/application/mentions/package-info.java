/**
 * Mentions of the case's watched people, as a standing screen: the watch list (subjects, and anyone marked watched),
 * screening the corpus with it (the Lucene page screen first, then the precise matcher of
 * {@link org.redress.analysis.names}), review of each hit, and the summaries a court asks for: when and by which
 * organisation each person was first and last named. Screening is idempotent: each document remembers the watch
 * list it was screened with, so a changed watch list screens everything again and an ingest only what is new.
 */
package org.redress.application.mentions;
