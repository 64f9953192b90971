package org.redress.app.wiring;

import java.util.function.Supplier;
import org.redress.application.access.Visibility;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.EntityStore;
import org.redress.core.port.HomeVisitStore;
import org.redress.core.port.MarkStore;
import org.redress.core.port.MentionStore;
import org.redress.core.port.PrivilegeStore;
import org.redress.core.port.RequestStore;
import org.redress.core.port.ReuseStore;
import org.redress.core.port.SavedSearchStore;
import org.redress.core.port.WitnessReportStore;
import org.redress.store.sqlite.CaseDatabase;
import org.redress.store.sqlite.SqliteCaseModelStore;
import org.redress.store.sqlite.SqliteDocumentStore;
import org.redress.store.sqlite.SqliteEntityStore;
import org.redress.store.sqlite.SqliteHomeVisitStore;
import org.redress.store.sqlite.SqliteMarkStore;
import org.redress.store.sqlite.SqliteMentionStore;
import org.redress.store.sqlite.SqlitePrivilegeStore;
import org.redress.store.sqlite.SqliteRequestStore;
import org.redress.store.sqlite.SqliteReuseStore;
import org.redress.store.sqlite.SqliteSavedSearchStore;
import org.redress.store.sqlite.SqliteWitnessReportStore;

/**
 * The SQL stores of one case over its database, whichever it is (a SQLite file or a PostgreSQL schema): the documents
 * at once, each other store on first use, each over a connection of its own, as both backends expect. The stores that
 * hold what a role may not see (documents, hits, marks, entities, productions' documents, reference material, saved
 * searches' hits, the case model) are handed out through the case's {@link Visibility}, the one place that decides it
 * (issue 13), and the privilege marks through it too, so that a change counts at once; for the command line and an
 * embedded case, which act for no user, those views change nothing.
 */
public final class CaseStores implements AutoCloseable {
    private final Supplier<CaseDatabase> database;
    private final SqliteDocumentStore rawDocuments;
    private final Visibility visibility = new Visibility(this::rawPrivileges, this::rawReuse);
    private final DocumentStore documents;
    private PrivilegeStore privileges;
    private PrivilegeStore markedPrivileges;
    private RequestStore requests;
    private RequestStore visibleRequests;
    private SqliteCaseModelStore caseModel;
    private MentionStore mentions;
    private MentionStore visibleMentions;
    private MarkStore marks;
    private MarkStore visibleMarks;
    private EntityStore entities;
    private EntityStore visibleEntities;
    private ReuseStore reuse;
    private ReuseStore visibleReuse;
    private SavedSearchStore savedSearches;
    private SavedSearchStore visibleSavedSearches;
    private WitnessReportStore witnessReports;
    private SqliteHomeVisitStore homeVisits;

    /** {@code database} opens a new connection to the case's database each time it is asked. */
    CaseStores(Supplier<CaseDatabase> database) {
        this.database = database;
        this.rawDocuments = new SqliteDocumentStore(database.get());
        this.documents = visibility.documents(rawDocuments);
    }

    /** What the acting role may not see of this case: the views below, the index and the originals ask it. */
    public Visibility visibility() {
        return visibility;
    }

    /** The privilege marks of the case's documents and findings' notes; each change counts at once for every view. */
    public synchronized PrivilegeStore privileges() {
        rawPrivileges();
        return markedPrivileges;
    }

    private synchronized PrivilegeStore rawPrivileges() {
        if (privileges == null) {
            privileges = new SqlitePrivilegeStore(database.get());
            markedPrivileges = visibility.privileges(privileges);
        }
        return privileges;
    }

    /** A connection of its own to the case's database, which the caller closes (a case archive's rows). */
    CaseDatabase openDatabase() {
        return database.get();
    }

    public DocumentStore documents() {
        return documents;
    }

    public synchronized RequestStore requests() {
        if (requests == null) {
            requests = new SqliteRequestStore(database.get());
            visibleRequests = visibility.requests(requests);
        }
        return visibleRequests;
    }

    public synchronized org.redress.core.casemodel.CaseModel caseModel() {
        if (caseModel == null) caseModel = new SqliteCaseModelStore(database.get());
        return new org.redress.core.casemodel.CaseModel(visibility.caseModel(caseModel), documents);
    }

    public synchronized MentionStore mentions() {
        if (mentions == null) {
            mentions = new SqliteMentionStore(database.get());
            visibleMentions = visibility.mentions(mentions);
        }
        return visibleMentions;
    }

    public synchronized HomeVisitStore homeVisits() {
        if (homeVisits == null) homeVisits = new SqliteHomeVisitStore(database.get());
        return homeVisits;
    }

    public synchronized MarkStore marks() {
        if (marks == null) {
            marks = new SqliteMarkStore(database.get());
            visibleMarks = visibility.marks(marks);
        }
        return visibleMarks;
    }

    public synchronized EntityStore entities() {
        if (entities == null) {
            entities = new SqliteEntityStore(database.get());
            visibleEntities = visibility.entities(entities);
        }
        return visibleEntities;
    }

    public synchronized ReuseStore reuse() {
        rawReuse();
        return visibleReuse;
    }

    private synchronized ReuseStore rawReuse() {
        if (reuse == null) {
            reuse = new SqliteReuseStore(database.get());
            visibleReuse = visibility.reuse(reuse);
        }
        return reuse;
    }

    public synchronized SavedSearchStore savedSearches() {
        if (savedSearches == null) {
            savedSearches = new SqliteSavedSearchStore(database.get());
            visibleSavedSearches = visibility.savedSearches(savedSearches);
        }
        return visibleSavedSearches;
    }

    public synchronized WitnessReportStore witnessReports() {
        if (witnessReports == null) witnessReports = new SqliteWitnessReportStore(database.get());
        return witnessReports;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (privileges != null) privileges.close();
            if (requests != null) requests.close();
            if (mentions != null) mentions.close();
            if (marks != null) marks.close();
            if (entities != null) entities.close();
            if (reuse != null) reuse.close();
            if (savedSearches != null) savedSearches.close();
            if (witnessReports != null) witnessReports.close();
            if (homeVisits != null) homeVisits.close();
        }
        rawDocuments.close();
        if (caseModel != null) caseModel.close();
    }
}
