package org.redress.analysis.redaction;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers as libphonenumber's matcher finds them: US numbers with or without a country code, and any other
 * country's written with +. Leniency STRICT_GROUPING: the number must be valid, stand apart from letters, and have
 * its digits either not grouped at all or grouped as that country writes them. So 8025550142, (802) 555-0142,
 * 802.555.0142 and +1 802 555 0142 are phones, while an A-number (A123456789, a letter in front), a date, or a Bates
 * number ICE-2018-000123 (ten digits, but grouped 4 and 6) is not.
 */
final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** libphonenumber drops a whole run of digits that holds a slash date, a phone number beside the date included. */
    private static final Pattern SLASH_DATE = Pattern.compile("(?<!\\d)\\d{1,2}/\\d{1,2}/\\d{2,4}(?!\\d)");

    /** A label before an ungrouped number that makes it a record's number: "Case No. 2024000123", "Receipt: …". */
    private static final Pattern RECORD_LABEL = Pattern.compile("(?i)\\b(?:case|docket|file|receipt|tracking|control"
            + "|request|bates|exhibit|invoice|account|serial|incident|event|ref|reference)\\.?"
            + "\\s*(?:nos?\\.?|number|num\\.?|#)?\\s*[:#]?\\s*$");

    /** A document-id prefix glued on by a hyphen, as Bates numbers are: ICE-2018000123. */
    private static final Pattern ID_PREFIX = Pattern.compile("\\p{Lu}{2,}-$");

    // The first time it checks a +1 number's grouping, libphonenumber logs a WARNING that its jar has no alternate
    // formats for +1. That is expected, not a fault; the logger is held here so the level set on it is kept.
    private static final Logger METADATA_LOG =
            Logger.getLogger("com.google.i18n.phonenumbers.metadata.init.ClassPathResourceMetadataLoader");

    static {
        METADATA_LOG.setLevel(Level.SEVERE);
    }

    private PhoneNumbers() {}

    static List<Identifier> find(String text) {
        List<Identifier> found = new ArrayList<>();
        Iterable<PhoneNumberMatch> matches = UTIL.findNumbers(
                withoutSlashDates(text), "US", PhoneNumberUtil.Leniency.STRICT_GROUPING, Long.MAX_VALUE);
        for (PhoneNumberMatch m : matches) {
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            if (ID_PREFIX.matcher(before).find()) continue;
            if (m.rawString().chars().allMatch(Character::isDigit)
                    && RECORD_LABEL.matcher(before).find()) continue;
            found.add(new Identifier(
                    Identifier.Kind.PHONE,
                    m.start(),
                    m.end(),
                    UTIL.format(m.number(), PhoneNumberUtil.PhoneNumberFormat.E164)));
        }
        return found;
    }

    /** The text with each slash date blanked out, same length, so the offsets found in it hold for the text. */
    private static String withoutSlashDates(String text) {
        Matcher m = SLASH_DATE.matcher(text);
        if (!m.find()) return text;
        StringBuilder out = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) out.setCharAt(i, ' ');
        } while (m.find());
        return out.toString();
    }
}
