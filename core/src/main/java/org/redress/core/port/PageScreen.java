package org.redress.core.port;

import java.util.List;
import java.util.Set;
import org.redress.core.mentions.ScreenWords;

/**
 * The fast first pass of screening: which watched people's words occur on a page at all. It may say yes too often
 * (the precise matcher decides), never too rarely.
 */
public interface PageScreen {

    /** A screen for these people, reused for many pages, by several threads at once. */
    Prepared prepare(List<ScreenWords> people);

    interface Prepared {
        /** The keys of the people whose words may occur in the text. */
        Set<String> candidates(String text);

        /**
         * The same for a page whose text was read by OCR ({@code ocr}), where the words may be damaged further; a
         * screen that makes no difference answers as for any page.
         */
        default Set<String> candidates(String text, boolean ocr) {
            return candidates(text);
        }
    }
}
