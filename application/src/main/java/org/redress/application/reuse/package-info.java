/**
 * The text-reuse use cases: compare agency records with the group's reference material (standing: only what is new
 * on either side), list the passages with both dates and what the timing shows, show a passage beside its source
 * with the differences marked, and group near-duplicate documents with the exemption marks that changed.
 */
package org.redress.application.reuse;
