package org.redress.analysis.retaliation;

/**
 * A page of the agency's records that names a person (a reviewed or well-scored, never rejected, mention), dated by
 * its document: evidence of when the agency knew of them. {@code date} is an ISO day.
 */
public record Naming(String person, String date, String documentId, int page) {
    @Override
    public String toString() {
        return "Naming[" + date + ", document " + documentId + ", page " + page + "]";
    }
}
