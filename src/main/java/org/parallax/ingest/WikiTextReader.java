package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.InfoboxEntry;
import org.parallax.model.Section;
import org.parallax.model.Span;

/**
 * Reads plain text with wiki-style structure: {@code == Heading ==} lines (the number of equal signs is
 * the level), an {@code Infobox} line followed by {@code - Key: value} lines, and paragraphs separated by
 * blank lines. List items ({@code - item}) are paragraphs of their own. Offsets point into the text as given.
 */
final class WikiTextReader {
    private static final Pattern HEADING = Pattern.compile("^[ \\t]*(=+)[ \\t]*(.*?)[ \\t]*\\1[ \\t]*$");
    private static final Pattern INFOBOX_ENTRY = Pattern.compile("^[ \\t]*[-*][ \\t]*([^:\\n]{1,60}?)[ \\t]*:[ \\t]*(.*?)[ \\t]*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^[ \\t]*[-*•][ \\t]+\\S.*$");

    private WikiTextReader() {
    }

    static Parsed parse(String text, String fallbackTitle) {
        List<Line> lines = lines(text);
        List<Span> paragraphs = new ArrayList<>();
        List<InfoboxEntry> infobox = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        int paraStart = -1;
        int paraEnd = -1;
        boolean inInfobox = false;
        for (Line line : lines) {
            String content = line.content(text);
            Matcher heading = HEADING.matcher(content);
            boolean blank = content.isBlank();
            if (inInfobox) {
                Matcher entry = INFOBOX_ENTRY.matcher(content);
                if (entry.matches()) {
                    infobox.add(new InfoboxEntry(entry.group(1), entry.group(2),
                            new Span(line.start + entry.start(1), line.start + entry.end(1)),
                            new Span(line.start + entry.start(2), line.start + entry.end(2))));
                    continue;
                }
                inInfobox = false;
            }
            if (blank || heading.matches() || content.strip().equals("Infobox") || LIST_ITEM.matcher(content).matches()) {
                if (paraStart >= 0) {
                    paragraphs.add(new Span(paraStart, paraEnd));
                    paraStart = -1;
                }
            }
            if (blank) {
                continue;
            }
            if (heading.matches() && !heading.group(2).isEmpty()) {
                headings.add(new Heading(heading.group(2), heading.group(1).length(),
                        new Span(line.start + heading.start(2), line.start + heading.end(2)), line.start));
            } else if (content.strip().equals("Infobox")) {
                inInfobox = true;
            } else if (LIST_ITEM.matcher(content).matches()) {
                paragraphs.add(trimmed(text, line.start, line.end));
            } else {
                Span t = trimmed(text, line.start, line.end);
                if (paraStart < 0) {
                    paraStart = t.start();
                }
                paraEnd = t.end();
            }
        }
        if (paraStart >= 0) {
            paragraphs.add(new Span(paraStart, paraEnd));
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            int end = i + 1 < headings.size() ? headings.get(i + 1).lineStart : text.length();
            sections.add(new Section(h.text, h.level, h.span, new Span(h.lineStart, end)));
        }
        String title = headings.stream().filter(h -> h.level == 1).map(h -> h.text).findFirst().orElse(fallbackTitle);
        return new Parsed(text, title, sections, paragraphs, infobox);
    }

    private static Span trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(new Line(start, contentEnd));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }

    private record Line(int start, int end) {
        String content(String text) {
            return text.substring(start, end);
        }
    }

    private record Heading(String text, int level, Span span, int lineStart) {
    }
}
