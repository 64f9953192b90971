package org.redress.app.wiring;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.redress.analysis.deadline.DeadlineCalculator;
import org.redress.analysis.deadline.LawLibrary;
import org.redress.analysis.mail.OrganisationTable;
import org.redress.analysis.marks.Lexicon;
import org.redress.analysis.names.Diminutives;
import org.redress.analysis.names.NameMatcher;
import org.redress.application.access.Access;
import org.redress.application.access.WatchListField;
import org.redress.application.audit.AuditTrail;
import org.redress.application.casemodel.CaseImport;
import org.redress.application.casemodel.ClaimTemplates;
import org.redress.application.custody.CustodyCheck;
import org.redress.application.custody.CustodyIngester;
import org.redress.application.custody.CustodyRecorder;
import org.redress.application.custody.ManifestLookup;
import org.redress.application.entities.EntityPages;
import org.redress.application.entities.EntityRecognition;
import org.redress.application.entities.EntityService;
import org.redress.application.mail.MailService;
import org.redress.application.marks.MarkService;
import org.redress.application.mentions.MentionPages;
import org.redress.application.mentions.MentionService;
import org.redress.application.privilege.PrivilegeService;
import org.redress.application.requests.ProducedBy;
import org.redress.application.requests.RequestDeadlines;
import org.redress.application.requests.RequestService;
import org.redress.application.reuse.NearDuplicateService;
import org.redress.application.reuse.ReuseService;
import org.redress.application.searches.SavedSearchService;
import org.redress.core.casemodel.CaseModel;
import org.redress.core.chronology.EventKindRegistry;
import org.redress.core.corpus.Corpus;
import org.redress.core.custody.RequestRef;
import org.redress.core.port.BlobStore;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.Ingester;
import org.redress.core.port.SearchIndex;
import org.redress.core.requests.Request;
import org.redress.ingest.extract.Extractor;
import org.redress.ingest.extract.PlainTextFirst;
import org.redress.ingest.pipeline.InFlight;
import org.redress.ingest.pipeline.Ingest;
import org.redress.ingest.pipeline.IngestListener;
import org.redress.ingest.pipeline.IngestOptions;
import org.redress.ingest.worker.IsolatedExtractor;
import org.redress.store.postgres.CaseName;

/**
 * The composition root of one open case: the one place where its adapters (a {@link CaseBackend}: a
 * {@link CaseFolder}, or a {@link ServerCase} on a team server) are joined to its use cases. Opened once per case by a command or by the web server, never per HTTP
 * request: the laws, calendars and claim templates are read here once.
 */
public final class CaseServices implements AutoCloseable {
    private final CaseBackend folder;
    private final Corpus corpus;
    private final DeadlineCalculator deadlines;
    private final ClaimTemplates templates;
    private final org.redress.application.mail.ThreadCache threads;
    private NameMatcher matcher;

    private CaseServices(CaseBackend folder) {
        this.folder = folder;
        this.corpus = new Corpus(folder.store());
        this.threads =
                new org.redress.application.mail.ThreadCache(folder.stores().visibility()::hiddenDocuments);
        // The case's own laws/, calendars/ and claims/ folders add to or replace the built-ins.
        this.deadlines = new DeadlineCalculator(
                LawLibrary.load(folder.config().folder("laws"), folder.config().folder("calendars")));
        this.templates = ClaimTemplates.load(folder.config().folder("claims"));
        // Search fields answered from the case database: person:"NAME" (the mentions that count), entity:"NAME".
        // person: is the watch-list: refused to a role that may not see it, with no facet (issue 13).
        folder.pageSetFields()
                .register(new WatchListField(
                        new MentionPages(folder::mentions, () -> caseModel().store())));
        folder.pageSetFields().register(new EntityPages(this::entities));
    }

    /** Opens an existing case folder. */
    public static CaseServices open(Path dir) throws IOException {
        return new CaseServices(CaseFolder.open(dir));
    }

    /** Makes a new case folder, or reopens an existing one without harm. */
    public static CaseServices init(Path dir) throws IOException {
        return init(dir, false);
    }

    /** The same, encrypted at rest when {@code encrypt} (a new case only; {@code redress encrypt} converts one). */
    public static CaseServices init(Path dir, boolean encrypt) throws IOException {
        return new CaseServices(CaseFolder.init(dir, encrypt));
    }

    /** Opens an existing case on a team server. */
    public static CaseServices open(ServerConfig server, CaseName name) throws IOException {
        return new CaseServices(ServerCase.open(server, name));
    }

    /** Makes a new case on a team server, or reopens an existing one without harm. */
    public static CaseServices init(ServerConfig server, CaseName name) throws IOException {
        return init(server, name, false);
    }

    /** The same, encrypted when {@code encrypt} (under the server's secrets key, {@code secrets.key.file}). */
    public static CaseServices init(ServerConfig server, CaseName name, boolean encrypt) throws IOException {
        return new CaseServices(ServerCase.init(server, name, encrypt));
    }

    /** The audit trail of a case on a team server, without opening its database or index. */
    public static AuditTrail audit(ServerConfig server, CaseName name) {
        return new AuditTrail(ServerCase.auditLogOf(server, name), Clock.systemUTC());
    }

    /**
     * The audit trail of the case in {@code dir}, without opening the rest of it: the command line records each
     * command here after it has closed its case.
     */
    public static AuditTrail audit(Path dir) {
        return new AuditTrail(CaseFolder.auditLogOf(dir), Clock.systemUTC());
    }

    /** The audit trail of this case: every view, search, export, import and change is recorded through it. */
    public AuditTrail audit() {
        return new AuditTrail(folder.auditLog(), Clock.systemUTC());
    }

    /** Where the case lives: its folder, or its place on a team server. */
    public CaseBackend folder() {
        return folder;
    }

    /** The case's ingest queue as counts; an embedded case ingests inline and has none waiting or running. */
    public org.redress.store.postgres.FileQueue.Counts queueCounts() {
        return folder instanceof ServerCase server
                ? server.queue().counts()
                : org.redress.store.postgres.FileQueue.Counts.NONE;
    }

    /** Where a team server's workers stand on this case's files, with their pace; empty for a case folder. */
    public java.util.Optional<Workers> workers() {
        if (!(folder instanceof ServerCase server)) return java.util.Optional.empty();
        return java.util.Optional.of(
                new Workers(server.queue().counts(), server.queue().pace(Workers.PACE_WINDOW)));
    }

    public DocumentStore documents() {
        return folder.store();
    }

    public BlobStore blobs() {
        return folder.blobs();
    }

    public SearchIndex index() {
        return folder.index();
    }

    public Corpus corpus() {
        return corpus;
    }

    public CaseModel caseModel() {
        return folder.caseModel();
    }

    /** The event kinds this case knows: built in, its {@code kinds.txt}, and those its events already use. */
    public EventKindRegistry kinds() throws IOException {
        return CaseImport.kindsOf(folder.config().read("kinds.txt").orElse(null), caseModel());
    }

    /** A new all-or-nothing import of people and events; imported people screen the corpus again. */
    public CaseImport importer() throws IOException {
        return importer(() -> mentions().screen());
    }

    /** The same, running {@code afterPeople} once people are stored (the web starts screening in the background). */
    public CaseImport importer(Runnable afterPeople) throws IOException {
        CaseModel model = caseModel();
        return new CaseImport(
                model, CaseImport.kindsOf(folder.config().read("kinds.txt").orElse(null), model), afterPeople);
    }

    /** The watch list's mentions: screening, review, summaries. */
    public MentionService mentions() {
        return new MentionService(
                folder.store(),
                folder.requests(),
                caseModel().store(),
                folder.mentions(),
                folder.pageScreen(),
                this::nameMatcher,
                Clock.systemUTC());
    }

    /** Privilege marks on documents and findings' notes ({@code redress privilege}). */
    public PrivilegeService privileges() {
        return new PrivilegeService(
                folder.stores().privileges(), folder.store(), caseModel().store(), Clock.systemUTC());
    }

    /** Entities, exemption marks and animus flags: the standing marking stages and what they found. */
    public MarkService marks() {
        return new MarkService(folder.store(), folder.requests(), folder.marks(), this::lexicon);
    }

    /** The built-in animus lexicon with the case's own {@code lexicon.txt}, read afresh for each run. */
    private Lexicon lexicon() {
        Lexicon lexicon = Lexicon.builtIn();
        return folder.config()
                .read("lexicon.txt")
                .map(text -> lexicon.with(text, "lexicon.txt"))
                .orElse(lexicon);
    }

    /** The named-entity stage over every page not yet recognised ({@code redress entities}, {@code ingest --entities}). */
    public EntityRecognition entityRecognition() {
        return new EntityRecognition(folder.store(), folder.entities(), folder.entityRecognizer());
    }

    /** Entities: the team's renames, merges and hides, and what search and the document page read of them. */
    public EntityService entities() {
        return new EntityService(folder.entities());
    }

    /** Text reuse: the group's own words in the agency's records. */
    public ReuseService reuse() {
        return new ReuseService(folder.store(), folder.reuse());
    }

    /** Saved searches: what each newly matches after a production, for the home page and {@code /searches}. */
    public SavedSearchService savedSearches() {
        return new SavedSearchService(folder.savedSearches(), folder.index());
    }

    /** Documents whose text is mostly the same, with the exemption marks that changed between versions. */
    public NearDuplicateService nearDuplicates() {
        return new NearDuplicateService(
                folder.store(),
                () -> folder.reuse().references().stream()
                        .map(org.redress.core.reuse.ReferenceDocument::documentId)
                        .collect(java.util.stream.Collectors.toSet()));
    }

    /** The name matcher with the built-in short names and the case's own {@code diminutives.txt}, read once. */
    private synchronized NameMatcher nameMatcher() {
        if (matcher == null) {
            Diminutives builtIn = Diminutives.builtIn();
            Diminutives table = folder.config()
                    .read("diminutives.txt")
                    .map(text -> builtIn.with(text, "diminutives.txt"))
                    .orElse(builtIn);
            matcher = new NameMatcher(table);
        }
        return matcher;
    }

    /** The witness form: drafts from community members, their attachments ingested, reviewed into the chronology. */
    public org.redress.application.casemodel.WitnessIntake witness() {
        return new org.redress.application.casemodel.WitnessIntake(
                folder.witnessReports(),
                folder.store(),
                caseModel(),
                () -> ingester(IngestSettings.defaults()),
                this::importer,
                Clock.systemUTC());
    }

    /** Who wrote to whom and how far up it went; the case's {@code organisations.txt} is read on each use. */
    public MailService mail() {
        return new MailService(folder.store(), caseModel().store(), folder.mentions(), this::mailDomains, threads);
    }

    /** The case's table of mail domains, {@code organisations.txt} in the case folder (none: an empty table). */
    public OrganisationTable mailDomains() {
        return folder.config()
                .read(ORGANISATIONS_FILE)
                .map(text -> OrganisationTable.parse(text, ORGANISATIONS_FILE))
                .orElse(OrganisationTable.empty());
    }

    public static final String ORGANISATIONS_FILE = "organisations.txt";

    public ClaimTemplates claimTemplates() {
        return templates;
    }

    public LawLibrary laws() {
        return deadlines.library();
    }

    /** The records requests as of the clock's day, with {@code soonDays} counted as closing soon. */
    public RequestService requests(Clock clock, int soonDays) {
        return new RequestService(
                folder.requests(), folder.store(), folder.blobs(), new RequestDeadlines(deadlines, clock, soonDays));
    }

    /** The records requests that produced a document. */
    public List<ProducedBy> producedBy(String documentId) {
        return ProducedBy.of(folder.store(), folder.requests(), documentId);
    }

    /**
     * The ingest pipeline of this case, with untrusted files read in isolated reader processes and the source's
     * signed custody manifest recorded when a run finishes.
     */
    public Ingester ingester(IngestSettings settings) throws IOException {
        return ingester(settings, null);
    }

    /** The same, for a production of {@code answering}: its manifest names the request from the first run on. */
    public Ingester ingester(IngestSettings settings, Request answering) throws IOException {
        CustodyRecorder recorder =
                new CustodyRecorder(folder.store(), folder.requests(), folder.manifests(), folder.custodyKey());
        RequestRef request = answering == null
                ? null
                : new RequestRef(answering.id(), answering.trackingNumber(), answering.agency());
        return asCase(new CustodyIngester(
                pipeline(settings), recorder, Clock.systemUTC(), System.getProperty("user.name"), request));
    }

    /**
     * Where the files given to this case go ({@link Intake}): on a team server they are queued for the workers, with
     * {@code entities} and the settings' passwords, timeout and reader memory carried to them; in a case folder they
     * are read now by {@link #ingester(IngestSettings, Request)}, and {@code entities} is the caller's to run after.
     */
    public Intake intake(IngestSettings settings, boolean entities, Request answering) throws IOException {
        if (folder instanceof ServerCase server)
            return new QueuedIntake(
                    this,
                    server,
                    QueuedSettings.of(
                            server, entities, settings.timeout(), settings.workerMemoryMb(), settings.passwords()));
        Ingester ingester = ingester(settings, answering);
        return (inputs, sourceName, received) -> new Intake.Read(ingester.run(inputs, sourceName, received));
    }

    /**
     * An ingest is the case's own work, whoever starts it: its originals, pages, hits, marks and custody manifest
     * cover every document, including those the starter's role may not see.
     */
    private static Ingester asCase(Ingester ingester) {
        return (inputs, sourceName, received) -> Access.asCase(() -> ingester.run(inputs, sourceName, received));
    }

    /**
     * The ingest a team server's worker runs on queued files: the same pipeline and standing analyses, without the
     * source's custody manifest, which {@link #recordQueuedProduction} signs once the production's last file is read.
     * It reads with {@code reader}, which the runs borrow and never close: a worker thread keeps its reader process
     * from one batch to the next instead of starting one per batch.
     */
    Ingester queuedFileIngester(IngestSettings settings, Extractor reader) throws IOException {
        InFlight contents = folder instanceof ServerCase server
                ? ContentsInFlight.of(folder.root(), server.queue())
                : ContentsInFlight.of(folder.root());
        return asCase(pipeline(settings, () -> new LentExtractor(reader), contents));
    }

    /** The reader an ingest run of this case uses for each of its threads, made new. */
    Extractor newReader(IngestSettings settings) throws IOException {
        return reader(settings, folder.readerTempDir());
    }

    /** Plain UTF-8 text files are read in process; everything else (and anything hostile) in a reader process. */
    private static Extractor reader(IngestSettings settings, Path readerTemp) {
        // readerTemp: where an encrypted case's readers write, in memory (null for a plain case: their default)
        return new PlainTextFirst(
                new IsolatedExtractor(settings.timeout(), settings.workerMemoryMb()).withTempDir(readerTemp));
    }

    /** Signs the custody manifest of a production the workers have finished, from its queueing to its last file. */
    void recordQueuedProduction(String sourceName, java.time.Instant queued, java.time.Instant finished, String user)
            throws IOException {
        new CustodyRecorder(folder.store(), folder.requests(), folder.manifests(), folder.custodyKey())
                .record(sourceName, queued, finished, user, null);
    }

    /** Checks every original and custody manifest of the case ({@code redress verify}). */
    public CustodyCheck custodyCheck() throws IOException {
        return new CustodyCheck(
                folder.store(), folder.blobs(), folder.manifests(), folder.custodyKey(), folder.requests());
    }

    /** The signed manifests a declaration cites. */
    public ManifestLookup manifests() throws IOException {
        return new ManifestLookup(folder.store(), folder.manifests(), folder.custodyKey());
    }

    private Ingester pipeline(IngestSettings settings) throws IOException {
        Path readerTemp = folder.readerTempDir();
        return pipeline(settings, () -> reader(settings, readerTemp), null);
    }

    /** {@code inFlight}: the contents other runs of this case in this process are reading, or null for none. */
    private Ingester pipeline(
            IngestSettings settings, java.util.function.Supplier<Extractor> readers, InFlight inFlight)
            throws IOException {
        IngestOptions options = IngestOptions.defaults(folder.workDir())
                .withPasswords(settings.passwords())
                .withTimeout(settings.timeout());
        if (settings.threads() != null) options = options.withThreads(settings.threads());
        Ingester ingest = new Ingest(
                folder.store(), folder.blobs(), folder.index(), readers, options, settings.listener(), inFlight);
        // Screening, marking, reuse and saved searches are standing: what a run adds is screened for the watch list,
        // marked (pattern
        // entities, exemption marks, flags) and compared with the group's reference material (new records with every
        // reference, new references with every record) before the run reports.
        return (inputs, sourceName, received) -> {
            var summary = ingest.run(inputs, sourceName, received);
            IngestListener heard = settings.listener();
            summary = summary.withMentionsNew(
                    mentions().screen(n -> heard.analysing("screening", n, -1)).hitsNew());
            marks().mark(new MarkService.Progress() {
                private volatile long total = -1;

                @Override
                public void started(long documents) {
                    total = documents;
                    heard.analysing("marking", 0, documents);
                }

                @Override
                public void documentDone(long done, long pages) {
                    heard.analysing("marking", done, total);
                }
            });
            reuse().compare(n -> heard.analysing("comparing", n, -1));
            savedSearches().refresh(); // the pages this run brought to each saved search are its new hits
            return summary;
        };
    }

    @Override
    public void close() {
        folder.close();
    }
}
