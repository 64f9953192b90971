package org.redress.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.redress.core.casemodel.Citation;
import org.redress.core.casemodel.WitnessStatement;

/** A citation from its JSON fields (sent to the API, or gathered from the citation form): document, witness or outside. */
final class CitationInput {
    private CitationInput() {}

    static Citation of(JsonNode n) {
        String type = n.path("type").asText("document");
        return switch (type) {
            case "document" ->
                Citation.document(
                        n.path("document").asText(""),
                        n.path("page").asInt(0),
                        n.path("quote").asText(""));
            case "witness" ->
                Citation.witness(new WitnessStatement(
                        n.path("witness").asText(null),
                        n.path("saw").asText(null),
                        n.path("when").asText(""),
                        n.path("where").asText(""),
                        n.path("words").asText(""),
                        n.path("vehicles").asText(""),
                        n.path("badges").asText("")));
            case "outside" ->
                Citation.outside(
                        CaseOperations.blankToNull(n.path("url").asText(null)),
                        CaseOperations.blankToNull(n.path("title").asText(null)),
                        n.path("date").asText(""),
                        n.path("quote").asText(""));
            default ->
                throw new org.redress.core.UserMistake(
                        "'" + type + "' is not a citation type: use document, witness or outside");
        };
    }
}
