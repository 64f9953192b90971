package org.redress.ingest.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads small plain-text files in this process and hands everything else to the isolated reader. A production of
 * thousands of 3 KB text files otherwise pays, per file, a round trip to the reader process, Tika's type detection
 * and a result file; and when a production holds nothing else, no reader process is ever started. Only a file that
 * is certainly plain text is kept: named {@code .txt}, at most {@link #MAX_BYTES}, valid UTF-8 without control
 * characters (but form feeds), and not starting like a format Tika would recognise from its bytes (markup, RTF, PDF, mail
 * headers). Its text comes out as Tika's text parser would give it (same page splitting, same tidying), so a
 * document reads the same whichever way it went; any doubt sends the file to the reader.
 */
public final class PlainTextFirst implements Extractor {
    /** Larger text files are rare in productions and cheap to send on; decoding stays small and bounded here. */
    static final int MAX_BYTES = 1 << 20;

    private static final String MEDIA_TYPE = "text/plain"; // what Tika detects for such a file
    /** The first line of a mail message or a mailbox ("From: …", "Received: …", "From someone …"). */
    private static final Pattern HEADER_START = Pattern.compile("^(From |[A-Za-z][A-Za-z0-9-]{0,40}:)");

    private static final char FORM_FEED = '\f';

    private final Extractor isolated;

    public PlainTextFirst(Extractor isolated) {
        this.isolated = isolated;
    }

    @Override
    public ExtractionResult extract(ExtractionRequest request) {
        String text = plainText(request);
        return text == null ? isolated.extract(request) : result(request, text);
    }

    /** The file's text when it is certainly plain UTF-8 text, else null. */
    static String plainText(ExtractionRequest request) {
        String name = request.name() == null ? "" : request.name().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".txt")) return null;
        try {
            Path file = Path.of(request.file());
            long size = Files.size(file);
            if (size == 0 || size > MAX_BYTES) return null;
            byte[] bytes = Files.readAllBytes(file);
            int start = bytes.length >= 3
                            && (bytes[0] & 0xff) == 0xEF
                            && (bytes[1] & 0xff) == 0xBB
                            && (bytes[2] & 0xff) == 0xBF
                    ? 3
                    : 0;
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
            return looksPlain(text) ? withTikasFormFeeds(text) : null;
        } catch (CharacterCodingException e) {
            return null;
        } catch (IOException e) {
            return null; // the reader will say what is wrong with the file
        }
    }

    private static boolean looksPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            // Control characters and the non-characters: left to Tika, whose handling of them this class does not
            // copy. Except the form feed, the page separator of text releases (every file of a FOIA text production
            // has some): Tika's text parser writes it as U+FFFD (not a character of XML), which this class copies.
            if (ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t' && ch != FORM_FEED) return false;
            if (ch == 0x7f || ch == 0xfffe || ch == 0xffff) return false;
        }
        String head = text.stripLeading();
        if (head.isEmpty()) return false;
        char first = head.charAt(0);
        if (first == '<' || first == '{' || first == '%' || first == '#' || first == '@') return false;
        return !HEADER_START.matcher(text).find();
    }

    /** The text as Tika hands it on: a form feed is not an XML character, so its content handler writes U+FFFD. */
    private static String withTikasFormFeeds(String text) {
        return text.replace(FORM_FEED, '\uFFFD');
    }

    private static ExtractionResult result(ExtractionRequest request, String text) {
        PageSplitter splitter = new PageSplitter(request.maxTextChars());
        char[] chars = text.toCharArray();
        splitter.characters(chars, 0, chars.length);
        splitter.endElement("", "p", "p"); // Tika's text parser writes the text as one paragraph
        List<ExtractionResult.PageText> pages = new java.util.ArrayList<>();
        List<String> texts = splitter.pages();
        for (int i = 0; i < texts.size(); i++) pages.add(new ExtractionResult.PageText(i + 1, texts.get(i), false));
        List<String> notes =
                splitter.truncated() ? List.of("text cut at " + request.maxTextChars() + " characters") : List.of();
        return new ExtractionResult(
                true,
                null,
                MEDIA_TYPE,
                null,
                null,
                null,
                null,
                LanguageGuesser.shared().guess(String.join("\n", texts)),
                null,
                pages,
                List.of(),
                List.of(),
                null,
                notes);
    }

    @Override
    public void close() {
        isolated.close();
    }
}
