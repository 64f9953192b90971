package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redress.core.search.Snippet;

/** The document page's marked text: escaped, spans that overlap, the search's matches, numbered notes. */
class MarkedTextTest {
    static TextSpan span(int start, int end, String kind, String anchor) {
        return new TextSpan(start, end, kind, kind + " <label>", kind + " status-new", anchor, null);
    }

    @Test
    void everythingIsEscapedAndEachSpanIsMarkedWithItsNote() {
        String text = "Ms. <b>Zully</b> Palacios met them.";
        int start = text.indexOf("<b>");
        int end = text.indexOf(" met");
        MarkedText.Marked m = MarkedText.of(text, List.of(span(start, end, "mention", "mention-1")), null);
        assertThat(m.html())
                .isEqualTo(
                        "Ms. <span class=\"mark mention status-new\" id=\"at-mention-1\" title=\"mention &lt;label&gt;\">"
                                + "&lt;b&gt;Zully&lt;/b&gt; Palacios</span><sup class=\"mark-ref\"><a href=\"#mention-1\">1</a></sup>"
                                + " met them.");
        assertThat(m.notes()).extracting(MarkedText.Note::number).containsExactly(1);
    }

    @Test
    void overlappingSpansAndSearchMatchesAreAllKept() {
        String text = "Enrique Balcazar Sanchez";
        TextSpan person = span(0, 24, "mention", "a");
        TextSpan entity = span(8, 16, "entity", "b");
        Snippet query = new Snippet(List.of(
                new Snippet.Segment("Enrique ", false),
                new Snippet.Segment("Balcazar", true),
                new Snippet.Segment(" Sanchez", false)));
        MarkedText.Marked m = MarkedText.of(text, List.of(entity, person), query);
        assertThat(m.notes()).extracting(n -> n.span().anchor()).containsExactly("a", "b");
        assertThat(m.html())
                .contains(
                        "<span class=\"mark entity status-new\" id=\"at-b\" title=\"entity &lt;label&gt;\"><mark>Balcazar</mark></span>")
                .contains("<a href=\"#b\">2</a>")
                .endsWith("Sanchez</span><sup class=\"mark-ref\"><a href=\"#a\">1</a></sup>");
        // the text itself is whole, in order
        assertThat(m.html().replaceAll("<sup[^>]*>.*?</sup>", "").replaceAll("<[^>]+>", ""))
                .isEqualTo(text);
    }

    @Test
    void aSpanOutsideTheTextIsLeftOutRatherThanBreakingThePage() {
        MarkedText.Marked m =
                MarkedText.of("short", List.of(span(2, 99, "mention", "x"), span(3, 3, "mention", "y")), null);
        assertThat(m.html()).isEqualTo("short");
        assertThat(m.notes()).isEmpty();
    }

    @Test
    void aSpansFormCarriesItsButtons() {
        TextSpan.Form f = MentionSpans.reviewForm("abc123def456", "/documents/x#page-1", Messages.forLanguage("es"));
        assertThat(f.hidden()).isEqualTo(Map.of("id", "abc123def456", "back", "/documents/x#page-1"));
        assertThat(f.buttons()).extracting(TextSpan.Button::label).containsExactly("Confirmar", "Rechazar", "Dudoso");
    }
}
