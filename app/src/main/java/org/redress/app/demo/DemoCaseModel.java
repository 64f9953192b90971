package org.redress.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.redress.app.wiring.CaseServices;
import org.redress.application.casemodel.CaseImport;
import org.redress.application.requests.RequestInput;
import org.redress.core.casemodel.CaseModel;
import org.redress.core.casemodel.Claim;
import org.redress.core.casemodel.Finding;
import org.redress.core.casemodel.Weight;
import org.redress.core.search.SearchQuery;

/**
 * The fictional case around the demo production: its people, a chronology of protected activity
 * and adverse actions (one cited to a page of the memo), a claim with a finding, and the records
 * request that produced the documents. Goes through the same import and services as a user's
 * files, and only into a case that has no people yet.
 */
public final class DemoCaseModel {
    private DemoCaseModel() {}

    public static boolean addTo(CaseServices c, Path scratch) throws IOException {
        CaseModel model = c.caseModel();
        if (!model.store().people().isEmpty()) return false;
        Files.createDirectories(scratch);
        Path people = Files.writeString(scratch.resolve("people.csv"), """
                name,aliases,role,organisation,leader
                Enrique Balcázar,Kike;E. Balcazar,subject,Migrant Justice,yes
                Luz Elena Balcázar,L. E. Balcazar,subject,Migrant Justice,yes
                Zully Palacios Rodríguez,Zully Palacios,subject,Migrant Justice,no
                Dana Kimball,,official,Department of Motor Vehicles,no
                Robert Whitcomb,Rob,official,ICE,no
                Tom Marsh,,official,ICE,no
                """);
        String memo = documentMatching(c, "\"field office\" AND memorandum")
                .map(id -> id.substring(0, 12) + "#p1")
                .orElse("Field office memorandum");
        Path events = Files.writeString(scratch.resolve("events.csv"), """
                id,date,kind,people,description,source,actors
                E1,2017-02,protected.campaign,Migrant Justice,Milk with Dignity campaign events across the state,https://example.org/milk-with-dignity,
                E2,2017-03-02,adverse.records_lookup,Enrique Balcázar;Luz Elena Balcázar,DMV sends ICE the organisers' photos and addresses,Photos and addresses you asked for,Dana Kimball
                E3,2017-03-14T11:00,protected.press_conference,Enrique Balcázar,Press conference at the State House against farm raids,%s,
                E4,2017-03-17T13:00,protected.march,Migrant Justice,March for the dignity of dairy workers,https://example.org/march,
                E5,2017-03-17T18:30,adverse.arrest,Enrique Balcázar,Arrested on Route 2 after the march,Field arrest report,Tom Marsh
                E6,~2017-03-21,adverse.arrest,Zully Palacios Rodríguez,Arrested on her way to work,Witness account (community hotline),
                """.formatted(memo));
        CaseImport importer = c.importer();
        importer.importPeople(people);
        importer.importEvents(events);

        Claim template = c.claimTemplates().get("first-amendment-retaliation");
        model.store()
                .saveClaim(new Claim(
                        template.id(), template.id(), template.title(), template.summary(), template.elements()));
        model.link(new Finding(
                0,
                template.id(),
                "protected-activity",
                "E3",
                null,
                Weight.fromCode("supports-strongly"),
                "Press conference the field-office memo itself records"));
        model.link(new Finding(
                0,
                template.id(),
                "adverse-action",
                "E5",
                null,
                Weight.fromCode("supports-strongly"),
                "Arrest three days after the press conference"));

        RequestInput request = new RequestInput();
        request.law = "us-foia";
        request.agency = "U.S. Immigration and Customs Enforcement";
        request.office = "FOIA Office";
        request.subject = "Records about Migrant Justice and its organisers, January 2016 to September 2017";
        request.filed = "2017-05-30";
        request.received = "2017-06-01";
        request.trackingNumber = "2017-ICFO-00001 (fictional)";
        request.status = "partial_release";
        c.requests(java.time.Clock.systemDefaultZone(), 5).add(request);
        return true;
    }

    /** The id of the best match in the corpus, to cite it by page as a user would. */
    private static Optional<String> documentMatching(CaseServices c, String query) {
        return c.index().search(SearchQuery.of(query, 1)).hits().stream()
                .findFirst()
                .map(h -> h.documentId());
    }
}
