package org.redress.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.redress.application.requests.RequestService;
import org.redress.core.requests.Request;
import org.redress.core.requests.RequestStatus;

/** Renders the records-request pages (the list and one request) from precompiled, escaping jte templates. */
public final class RequestPages {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final List<String> STATUSES =
            Arrays.stream(RequestStatus.values()).map(RequestStatus::id).toList();

    /** The requests page: requests in order of urgency. */
    public record ListModel(
            Messages t,
            List<RequestService.Listed> rows,
            LocalDate today,
            List<String> laws,
            String error,
            Map<String, String> form) {
        public String value(String field) {
            return form == null ? "" : form.getOrDefault(field, "");
        }

        public List<String> statuses() {
            return STATUSES;
        }

        public String status(Request r) {
            return t.get("requests.status." + r.status().id());
        }

        public String kind(String kind) {
            return t.get("requests.deadline." + kind);
        }
    }

    /** One request's page. */
    public record DetailModel(
            Messages t,
            RequestService.Detail detail,
            LocalDate today,
            String error,
            String errorForm,
            Map<String, String> form) {
        public Request r() {
            return detail.listed().request();
        }

        public List<String> statuses() {
            return STATUSES;
        }

        /** What the update form shows: what was typed if it was refused, else the stored value. */
        public String update(String field) {
            if ("update".equals(errorForm)) return form.getOrDefault(field, "");
            Request r = r();
            Object v = switch (field) {
                case "status" -> r.status().id();
                case "filed" -> r.filed();
                case "received" -> r.received();
                case "determined" -> r.determined();
                case "appealed" -> r.appealed();
                case "fees" -> r.fees() == null ? null : r.fees().toPlainString();
                case "extension" -> r.extension() ? "yes" : "";
                case "expedited" -> r.expedited() ? "yes" : "";
                case "tolled" ->
                    String.join("\n", r.tolled().stream().map(Object::toString).toList());
                default -> null;
            };
            return v == null ? "" : v.toString();
        }

        /** What the correspondence form shows: what was typed if it was refused, else nothing (today's date). */
        public String correspondence(String field) {
            if ("correspondence".equals(errorForm)) return form.getOrDefault(field, "");
            return "date".equals(field) ? today.toString() : "";
        }

        public String status() {
            return t.get("requests.status." + r().status().id());
        }

        public String kind(String kind) {
            return t.get("requests.deadline." + kind);
        }

        public String searchLink(RequestService.ProductionView v) {
            return "/?q=" + Pages.enc(v.searchQuery());
        }

        /** The fees in words with the currency of the law's country (its id starts with it: us-foia → USD). */
        public String fees() {
            if (r().fees() == null) return "—";
            return t.dates().money(r().fees(), currencyOf(r().lawId()));
        }
    }

    /** The currency of the country a law id names first ({@code us-…}), or null when it names none the JDK knows. */
    static java.util.Currency currencyOf(String lawId) {
        if (lawId == null) return null;
        int dash = lawId.indexOf('-');
        String country = (dash < 0 ? lawId : lawId.substring(0, dash)).toUpperCase(java.util.Locale.ROOT);
        if (country.length() != 2) return null;
        try {
            return java.util.Currency.getInstance(new java.util.Locale("", country));
        } catch (IllegalArgumentException unknownCountry) {
            return null;
        }
    }

    String list(ListModel m) {
        return render("requests.jte", m);
    }

    String detail(DetailModel m) {
        return render("request.jte", m);
    }

    private static String render(String template, Object model) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, Map.of("m", model), out);
        return out.toString();
    }
}
