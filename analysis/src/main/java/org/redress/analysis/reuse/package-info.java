/**
 * Text reuse: finding the passages of agency records that quote the group's own material, through OCR damage and
 * reformatting, with exact bounds on both sides ({@link ReuseFinder}); and near-duplicate documents across productions
 * with the exemption marks that differ between versions ({@link NearDuplicates}, {@link MarkChanges}).
 */
package org.redress.analysis.reuse;
