package org.redress.store.sqlite;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * What a count leaves out (the documents and sources a role may not reach), as {@code AND … NOT IN (…)} clauses that
 * are empty when nothing is left out. Document ids are given as they are stored (hashed by the case's cipher).
 */
record Exclusion(List<String> documentIds, List<Long> sourceIds) {
    private static final String DOCUMENTS = "excludedDocuments";
    private static final String SOURCES = "excludedSources";

    Exclusion {
        documentIds = List.copyOf(documentIds);
        sourceIds = List.copyOf(sourceIds);
    }

    /** Rows on none of the documents left out. */
    String documents(String column) {
        return documentIds.isEmpty() ? "" : " AND " + column + " NOT IN (<" + DOCUMENTS + ">)";
    }

    /** Rows on no document, or on none left out. */
    String documentsOrNone(String column) {
        return documentIds.isEmpty()
                ? ""
                : " AND (" + column + " IS NULL OR " + column + " NOT IN (<" + DOCUMENTS + ">))";
    }

    /** Rows of none of the sources left out. */
    String sources(String column) {
        return sourceIds.isEmpty() ? "" : " AND " + column + " NOT IN (<" + SOURCES + ">)";
    }

    /** Binds the lists the statement's SQL names (Jdbi refuses a binding it does not use). */
    <T extends SqlStatement<T>> T bind(T statement, String sql) {
        if (sql.contains("<" + DOCUMENTS + ">")) statement.bindList(DOCUMENTS, documentIds);
        if (sql.contains("<" + SOURCES + ">")) statement.bindList(SOURCES, sourceIds);
        return statement;
    }

    long count(Handle h, String sql) {
        return bind(h.createQuery(sql), sql).mapTo(Long.class).one();
    }
}
