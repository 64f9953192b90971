package org.redress.nlp.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.entities.EntityType;

class LabelledTextTest {
    @TempDir
    Path dir;

    @Test
    void readsCoNllAndMakesGoldSpansOfTheJoinedText() throws Exception {
        Path file = dir.resolve("t.conll");
        Files.writeString(
                file,
                "\uFEFFYou\tO\nmet\tO\nRedondo\tB-location\nBeach\tI-location\nand\tO\nJo\tB-person\n\n"
                        + "Apple\tB-corporation\niPhone\tB-product\nfans\tI-group\n");
        List<LabelledSentence> sentences = LabelledSentence.read(file);
        assertThat(sentences).hasSize(2);
        LabelledText t = LabelledText.of(sentences);
        assertThat(t.text()).isEqualTo("You met Redondo Beach and Jo\n\nApple iPhone fans");
        assertThat(t.gold())
                .containsExactly(
                        new GoldSpan(8, 21, EntityType.PLACE),
                        new GoldSpan(26, 28, EntityType.PERSON),
                        new GoldSpan(30, 35, EntityType.ORGANISATION),
                        // an I- tag after another type starts an entity (CoNLL's rule); products are left out
                        new GoldSpan(43, 47, EntityType.ORGANISATION));
    }

    @Test
    void scoresExactSpansPerTypeAndOverall() {
        Score s = new Score();
        s.add(
                List.of(new GoldSpan(0, 5, EntityType.PERSON), new GoldSpan(10, 15, EntityType.PLACE)),
                List.of(
                        new GoldSpan(0, 5, EntityType.PERSON),
                        new GoldSpan(10, 14, EntityType.PLACE),
                        new GoldSpan(20, 25, EntityType.ORGANISATION)));
        assertThat(s.of(EntityType.PERSON).f1()).isEqualTo(1.0);
        assertThat(s.of(EntityType.PLACE)).isEqualTo(new Score.Figures(0, 1, 1));
        assertThat(s.overall().precision()).isEqualTo(1.0 / 3);
        assertThat(s.overall().recall()).isEqualTo(0.5);
        assertThat(s.overall().f1()).isEqualTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
    }
}
