package org.redress.app.web;

import java.util.List;
import java.util.Map;

/**
 * A marked stretch of a page's text on the document page: a mention of a watched person, and later an entity, an
 * exemption mark or an animus flag. {@code start} and {@code end} are character offsets into the page's text;
 * {@code kind} names what it is (its label in the bundles is {@code marks.kind.KIND}); {@code label} is shown as the
 * span's title and in its note; {@code cssClass} colours it; {@code anchor} is unique on the page (the note's id);
 * {@code form}, when given, is what the reader can do about it (plain buttons: scripts are forbidden).
 */
public record TextSpan(int start, int end, String kind, String label, String cssClass, String anchor, Form form) {

    /**
     * A post form under the span's note: hidden fields, an optional text field (a reason) and buttons, each sending
     * its own name and value. The form token is written in by the server, as in every form.
     */
    public record Form(
            String action, Map<String, String> hidden, String inputName, String inputLabel, List<Button> buttons) {
        public Form {
            hidden = Map.copyOf(hidden);
            buttons = List.copyOf(buttons);
        }
    }

    public record Button(String name, String value, String label) {}
}
