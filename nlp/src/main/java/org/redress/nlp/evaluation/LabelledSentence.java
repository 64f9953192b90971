package org.redress.nlp.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** One sentence of a CoNLL file: its tokens and their BIO tags ({@code B-person}, {@code I-location}, {@code O}). */
public record LabelledSentence(List<String> tokens, List<String> tags) {
    private static final Pattern CELLS = Pattern.compile("[\\t ]+");

    public LabelledSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) throw new IllegalArgumentException("one tag per token");
    }

    /** Reads a CoNLL file: the token first on each line, the tag last, tab or space between. */
    public static List<LabelledSentence> read(Path file) throws IOException {
        List<LabelledSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.replace("\uFEFF", "").strip();
            if (l.isEmpty() || l.startsWith("-DOCSTART-")) {
                if (!tokens.isEmpty()) sentences.add(new LabelledSentence(tokens, tags));
                tokens = new ArrayList<>();
                tags = new ArrayList<>();
                continue;
            }
            String[] cells = CELLS.split(l);
            if (cells.length < 2) continue;
            tokens.add(cells[0]);
            tags.add(cells[cells.length - 1]);
        }
        if (!tokens.isEmpty()) sentences.add(new LabelledSentence(tokens, tags));
        return sentences;
    }
}
