package org.redress.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text Tika emits, one entry per page. PDFs arrive as one {@code <div class="page">}
 * per page, so a citation can name the real page; other formats are one page, except plain text
 * with form feeds, which productions use as page breaks.
 */
final class PageSplitter extends DefaultHandler {
    // Compiled once: String.replaceAll compiles its pattern on every call, for every page.
    private static final Pattern TRAILING_BLANKS = Pattern.compile("[ \\t\\x0B]+\\n");
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "br",
            "li",
            "tr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "pre",
            "blockquote",
            "table",
            "section",
            "article",
            "title");
    private final int maxChars;
    private final List<StringBuilder> pages = new ArrayList<>();
    private StringBuilder current;
    private boolean sawPageDivs;
    private int headDepth;
    private long totalChars;
    private boolean truncated;

    PageSplitter(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        if ("head".equals(name)) headDepth++;
        if ("div".equals(name) && "page".equals(atts.getValue("class"))) {
            // What came before the first page (the newlines Tika writes after <head>) is not a page
            // of its own: a 3-page PDF must give pages 1 to 3, not a blank page 1 and pages 2 to 4.
            StringBuilder before = !sawPageDivs && pages.size() == 1 ? pages.remove(0) : null;
            sawPageDivs = true;
            current = before == null ? new StringBuilder() : before;
            pages.add(current);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        if ("head".equals(name)) headDepth--;
        else if (BLOCKS.contains(name) && headDepth == 0) append("\n");
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (headDepth > 0) return;
        append(new String(ch, start, length));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void append(String text) {
        if (truncated) return;
        if (totalChars + text.length() > maxChars) {
            text = text.substring(0, (int) Math.max(0, maxChars - totalChars));
            truncated = true;
        }
        totalChars += text.length();
        if (current == null) {
            current = new StringBuilder();
            pages.add(current);
        }
        current.append(text);
    }

    boolean truncated() {
        return truncated;
    }

    /** The pages' texts, tidied: blank runs collapsed, a lone page split on form feeds. */
    List<String> pages() {
        List<String> out = new ArrayList<>();
        if (!sawPageDivs && pages.size() == 1 && pages.get(0).indexOf("\f") >= 0) {
            for (String part : pages.get(0).toString().split("\f", -1)) out.add(tidy(part));
            while (out.size() > 1 && out.get(out.size() - 1).isBlank()) out.remove(out.size() - 1);
            return out;
        }
        for (StringBuilder page : pages) out.add(tidy(page.toString()));
        if (out.isEmpty()) out.add("");
        return out;
    }

    static String tidy(String text) {
        String lines = TRAILING_BLANKS.matcher(text.replace("\r\n", "\n")).replaceAll("\n");
        return BLANK_RUNS.matcher(lines).replaceAll("\n\n").strip();
    }
}
