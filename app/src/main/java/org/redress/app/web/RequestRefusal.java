package org.redress.app.web;

import java.util.Map;
import org.redress.core.requests.InvalidRequestException;
import org.redress.core.requests.Tolled;

/** Why a request form was refused, in the reader's language: the field's label, what was typed, and how to write it. */
final class RequestRefusal {
    private RequestRefusal() {}

    static String localized(Messages t, InvalidRequestException e, Map<String, String> form) {
        String field = e.field();
        String label = t.get("requests.field." + field);
        if (label.startsWith("requests.field.")) label = field;
        String value = form.getOrDefault(field, "");
        if ("tolled".equals(field)) {
            value = value.lines()
                    .map(String::strip)
                    .filter(l -> {
                        try {
                            Tolled.parse(l);
                            return false;
                        } catch (InvalidRequestException bad) {
                            return !l.isEmpty();
                        }
                    })
                    .findFirst()
                    .orElse(value);
        }
        if (value.isBlank()) return t.format("requests.error.required", label);
        String hint = switch (field) {
            case "filed", "received", "determined", "appealed", "date" -> "date";
            default -> field;
        };
        String h = t.get("requests.hint." + hint);
        return h.startsWith("requests.hint.")
                ? t.format("requests.error.invalidNoHint", label, value)
                : t.format("requests.error.invalid", label, value, h);
    }
}
