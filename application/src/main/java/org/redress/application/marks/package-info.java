/**
 * The marking stages as use cases: every ingest marks the pages it adds (pattern entities, exemption marks, animus
 * flags), {@code redress marks} catches up or marks everything again after the lexicon changed; the redaction report
 * (how much each agency withheld under which exemption), the flags, a flag cited as evidence of motive, and the marks
 * of one page for the document page. Like screening it is idempotent: each document remembers, stage by stage, the
 * rules it was marked with.
 */
package org.redress.application.marks;
