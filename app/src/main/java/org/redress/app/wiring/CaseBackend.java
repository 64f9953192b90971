package org.redress.app.wiring;

import java.io.IOException;
import java.nio.file.Path;
import org.redress.core.port.AuditLog;
import org.redress.core.port.BlobStore;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.EntityRecognizer;
import org.redress.core.port.EntityStore;
import org.redress.core.port.HomeVisitStore;
import org.redress.core.port.ManifestStore;
import org.redress.core.port.MarkStore;
import org.redress.core.port.MentionStore;
import org.redress.core.port.PageScreen;
import org.redress.core.port.RequestStore;
import org.redress.core.port.ReuseStore;
import org.redress.core.port.SavedSearchStore;
import org.redress.core.port.SearchIndex;
import org.redress.core.port.SigningKey;
import org.redress.core.port.WitnessReportStore;
import org.redress.core.search.PageSetFields;

/**
 * Where one open case lives, as {@link CaseServices} sees it: its database (the stores), its search index, its
 * originals, its audit log and custody keys, and the folder of its own files (laws, claim templates, lexicon,
 * diminutives, organisations, letters). {@link CaseFolder} is the embedded case (one folder); {@link ServerCase} a
 * named case on a team server (PostgreSQL, OpenSearch and a shared folder of originals).
 */
public interface CaseBackend extends AutoCloseable {
    /** The folder of the case's own files: its config files (laws/, claims/, lexicon.txt …), audit/, keys/. */
    Path root();

    /** The case's own configuration files (kinds, diminutives, lexicon, laws/, claims/ …), sealed where encrypted. */
    org.redress.store.config.CaseConfigFiles config();

    /** The case's name as people see it (the folder's name, or the name on the server). */
    String name();

    /** Whether the case is encrypted at rest. */
    boolean encrypted();

    /** Where the pipeline and the exports put their work files. */
    Path workDir() throws IOException;

    /** The isolated readers' temporary folder, or null for their default. */
    Path readerTempDir() throws IOException;

    /** The SQL stores of the case, over its database. */
    CaseStores stores();

    default DocumentStore store() {
        return stores().documents();
    }

    BlobStore blobs();

    SearchIndex index();

    /** The search fields whose pages come from outside the index ({@code person:}); filled by {@code CaseServices}. */
    PageSetFields pageSetFields();

    AuditLog auditLog();

    default RequestStore requests() {
        return stores().requests();
    }

    default org.redress.core.casemodel.CaseModel caseModel() {
        return stores().caseModel();
    }

    ManifestStore manifests();

    SigningKey custodyKey() throws IOException;

    default MentionStore mentions() {
        return stores().mentions();
    }

    default HomeVisitStore homeVisits() {
        return stores().homeVisits();
    }

    default MarkStore marks() {
        return stores().marks();
    }

    default EntityStore entities() {
        return stores().entities();
    }

    EntityRecognizer entityRecognizer();

    default ReuseStore reuse() {
        return stores().reuse();
    }

    default SavedSearchStore savedSearches() {
        return stores().savedSearches();
    }

    default WitnessReportStore witnessReports() {
        return stores().witnessReports();
    }

    /** The fast first pass of screening: one pass over a page's words, looked up in the watch list's dictionaries. */
    default PageScreen pageScreen() {
        return new org.redress.analysis.names.WatchListScreen();
    }

    @Override
    void close();
}
