package org.redress.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PiecesTest {
    @Test
    void cutsAtAParagraphBreakBeforeALineBreakOrASpace() {
        String text = "aaaa bbbb\ncccc\n\ndddd eeee";
        List<Pieces.Piece> pieces = Pieces.of(text, 20);
        assertThat(pieces).extracting(Pieces.Piece::text).containsExactly("aaaa bbbb\ncccc\n\n", "dddd eeee");
        assertThat(pieces.get(1).start()).isEqualTo(16);
    }

    @Test
    void aTextWithoutBreaksIsCutAtTheLimit() {
        assertThat(Pieces.of("x".repeat(25), 10))
                .extracting(p -> p.text().length())
                .containsExactly(10, 10, 5);
    }

    @Property(tries = 300)
    void piecesPutBackTogetherAreTheText(
            @ForAll @StringLength(max = 400) String text, @ForAll @IntRange(min = 4, max = 60) int max) {
        StringBuilder joined = new StringBuilder();
        for (Pieces.Piece p : Pieces.of(text, max)) {
            assertThat(p.start()).isEqualTo(joined.length());
            assertThat(p.text().length()).isBetween(1, max);
            joined.append(p.text());
        }
        assertThat(joined.toString()).isEqualTo(text);
    }
}
