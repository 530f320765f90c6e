package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.parallax.model.InfoboxEntry;
import org.parallax.model.Section;
import org.parallax.model.Span;

/**
 * Lays out the blocks read from a page as document text, blocks separated by a blank line, the way the
 * wiki-text reader finds them in plain text: a heading is its text alone, a paragraph is one line, the
 * infobox is an {@code Infobox} line followed by {@code - Key: value} lines. Records the spans as it goes,
 * and skips apparatus sections ("References", "Weblinks", …) up to the next heading of the same or a
 * higher level.
 */
final class TextLayout {
    /** Spaces that are layout in HTML (no-break, thin, figure spaces) become plain spaces, as in the text files. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]+");
    /** Invisible characters: soft hyphens, zero-width spaces and joiners, direction marks, BOMs. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200F\\u2060\\u202A-\\u202E\\uFEFF]");

    private final StringBuilder text = new StringBuilder();
    private final List<Span> paragraphs = new ArrayList<>();
    private final List<InfoboxEntry> infobox = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private int skippingBelowLevel = Integer.MAX_VALUE;

    static String clean(String raw) {
        return SPACES.matcher(INVISIBLE.matcher(raw).replaceAll("")).replaceAll(" ").strip();
    }

    void heading(String raw, int level) {
        String heading = clean(raw);
        if (heading.isEmpty()) {
            return;
        }
        if (level <= skippingBelowLevel) {
            skippingBelowLevel = Integer.MAX_VALUE;
        }
        if (skipping()) {
            return;
        }
        if (ApparatusHeadings.contains(heading)) {
            skippingBelowLevel = level;
            return;
        }
        int start = startBlock();
        text.append(heading);
        headings.add(new Heading(heading, level, new Span(start, text.length())));
    }

    void paragraph(String raw) {
        String paragraph = clean(raw);
        if (paragraph.isEmpty() || skipping()) {
            return;
        }
        int start = startBlock();
        text.append(paragraph);
        paragraphs.add(new Span(start, text.length()));
    }

    /** Key/value rows, already cleaned; rows with an empty key or value are left out. */
    void infobox(List<String[]> rows) {
        List<String[]> kept = rows.stream().filter(r -> !r[0].isEmpty() && !r[1].isEmpty()).toList();
        if (kept.isEmpty() || skipping()) {
            return;
        }
        startBlock();
        text.append("Infobox");
        for (String[] row : kept) {
            text.append("\n- ");
            int keyStart = text.length();
            text.append(row[0]);
            Span key = new Span(keyStart, text.length());
            text.append(": ");
            int valueStart = text.length();
            text.append(row[1]);
            infobox.add(new InfoboxEntry(row[0], row[1], key, new Span(valueStart, text.length())));
        }
    }

    Parsed build(String title) {
        String all = text.toString();
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            int end = i + 1 < headings.size() ? headings.get(i + 1).span.start() : all.length();
            sections.add(new Section(h.text, h.level, h.span, new Span(h.span.start(), end)));
        }
        return new Parsed(all, title, sections, paragraphs, infobox);
    }

    private boolean skipping() {
        return skippingBelowLevel != Integer.MAX_VALUE;
    }

    private int startBlock() {
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        return text.length();
    }

    private record Heading(String text, int level, Span span) {
    }
}
