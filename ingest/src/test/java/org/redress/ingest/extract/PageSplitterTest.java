package org.redress.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.AttributesImpl;

class PageSplitterTest {
    private static AttributesImpl pageClass() {
        AttributesImpl a = new AttributesImpl();
        a.addAttribute("", "class", "class", "CDATA", "page");
        return a;
    }

    private static void text(PageSplitter s, String t) {
        s.characters(t.toCharArray(), 0, t.length());
    }

    @Test
    void pdfPagesKeepTheirNumbersAndNothingBeforeThemBecomesAPage() {
        PageSplitter s = new PageSplitter(1000);
        text(s, "\n");
        for (String page : new String[] {"first", "second", "third"}) {
            s.startElement("", "div", "div", pageClass());
            text(s, page);
            s.endElement("", "div", "div");
        }
        assertThat(s.pages()).containsExactly("first", "second", "third");
    }

    @Test
    void formFeedsSplitPlainText() {
        PageSplitter s = new PageSplitter(1000);
        text(s, "one\fTWO\f");
        assertThat(s.pages()).containsExactly("one", "TWO");
    }

    @Test
    void textBeyondTheLimitIsCutAndSaidSo() {
        PageSplitter s = new PageSplitter(5);
        text(s, "abcdefgh");
        assertThat(s.pages()).containsExactly("abcde");
        assertThat(s.truncated()).isTrue();
    }
}
