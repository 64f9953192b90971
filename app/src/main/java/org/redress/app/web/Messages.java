package org.redress.app.web;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The web interface's words in English or Spanish, from resource bundles. */
public final class Messages {
    private final ResourceBundle bundle;
    private final String language;

    private Messages(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(
                "i18n.messages",
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages forLanguage(String language) {
        return new Messages("es".equals(language) ? "es" : "en");
    }

    public String language() {
        return language;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The label of {@code prefix + "." + value} in this language, or the value itself when the bundle has none. */
    public String label(String prefix, String value) {
        if (value == null) return "";
        String key = prefix + "." + value;
        return bundle.containsKey(key) ? bundle.getString(key) : value;
    }

    /**
     * An event kind in words: "arrest" for adverse.arrest from the bundle; a kind the case added itself
     * (kinds.txt) has no label, so its name is shown with spaces for underscores.
     */
    public String kind(String code) {
        if (code == null) return "";
        String key = "kind." + code;
        if (bundle.containsKey(key)) return bundle.getString(key);
        int dot = code.indexOf('.');
        return (dot < 0 ? code : code.substring(dot + 1)).replace('_', ' ');
    }

    private static final java.util.regex.Pattern KIND_CODE =
            java.util.regex.Pattern.compile("\\b(?:protected|adverse|other)\\.[a-z][a-z0-9_]*");

    /** A sentence built elsewhere (a gap report's evidence label) with every event kind code in it put in words. */
    public String kinds(String text) {
        if (text == null) return "";
        return KIND_CODE.matcher(text).replaceAll(r -> java.util.regex.Matcher.quoteReplacement(kind(r.group())));
    }

    public String format(String key, Object... args) {
        return String.format(Locale.forLanguageTag(language), get(key), args);
    }
}
