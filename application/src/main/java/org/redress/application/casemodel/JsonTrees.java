package org.redress.application.casemodel;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the JSON the team brings (imports, claim templates) as trees; the output style lives in app. */
final class JsonTrees {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonTrees() {}
}
