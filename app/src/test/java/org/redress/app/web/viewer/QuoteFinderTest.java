package org.redress.app.web.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private static final String PAGE =
            "2. A confidential source reports that the group will hold a march\non March 17. Officers will be present.";

    @Test
    void aQuoteIsFoundAcrossLineBreaksAndCase() {
        QuoteFinder.Found f = QuoteFinder.find(
                        PAGE, "  confidential SOURCE reports that the group will hold a march on march 17 ")
                .orElseThrow();
        assertThat(PAGE.substring(f.start(), f.end()))
                .isEqualTo("confidential source reports that the group will hold a march\non March 17");
    }

    @Test
    void curlyAndStraightQuotesAndDashesMatch() {
        String text = "He said \u201cwe\u2019ll be there\u201d \u2014 then left.";
        assertThat(QuoteFinder.find(text, "\"we'll be there\" - then")).isPresent();
    }

    @Test
    void wordsNotOnThePageAreNotFoundAndRegexCharactersAreLiteral() {
        assertThat(QuoteFinder.find(PAGE, "confidential informant")).isEmpty();
        assertThat(QuoteFinder.find(PAGE, "march.*present")).isEmpty();
        assertThat(QuoteFinder.find("costs $5 (five)", "$5 (five)")).isPresent();
        assertThat(QuoteFinder.find(PAGE, "   ")).isEmpty();
        assertThat(QuoteFinder.find(PAGE, null)).isEmpty();
    }
}
