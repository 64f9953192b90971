package org.redress.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.redress.app.json.DocumentJson;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseException;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.requests.ProducedBy;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import org.redress.core.corpus.DocumentView;
import org.redress.core.corpus.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Show a document: metadata, provenance (every place and source it came from), and text.")
final class ShowCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Parameters(
            paramLabel = "DOCUMENT_ID",
            description = "The document's id (its SHA-256), or its first 6 or more characters.")
    String id;

    @Option(names = "--page", paramLabel = "N", description = "Only this page.")
    Integer page;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    private String shown;

    @Override
    public Integer call() throws Exception {
        try (CaseServices c = caseOption.open()) {
            DocumentView view = c.corpus()
                    .view(id)
                    .orElseThrow(() ->
                            new CaseException("no document '" + id + "' in this case (or the prefix is not unique)"));
            shown = view.document().id();
            List<Page> pages = view.pages();
            if (page != null) {
                pages = pages.stream().filter(p -> p.number() == page).toList();
                if (pages.isEmpty())
                    throw new CaseException("the document has "
                            + Count.of(view.pages().size(), "page", "pages") + "; there is no page " + page);
            }
            List<ProducedBy> producedBy = c.producedBy(view.document().id());
            if (json) {
                System.out.println(Json.write(DocumentJson.of(view, pages, producedBy)));
                return 0;
            }
            System.out.println(DocumentJson.plain(view, pages, producedBy));
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return page == null
                ? AuditNote.of(AuditAction.DOCUMENT_VIEW, shown)
                : new AuditNote(AuditAction.PAGE_VIEW, shown, "page " + page);
    }
}
