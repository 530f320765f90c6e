package org.parallax.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One edition of an article as read from a file: the text every offset points into, its language,
 * sections, paragraphs and infobox entries. TimeML input also carries the document creation time and
 * the gold temporal expressions.
 *
 * @param id        the path or name the document was given as
 * @param paragraphs spans of running text (headings and infobox lines are not paragraphs)
 */
public record Document(String id, Language language, String title, String text, List<Section> sections,
                       List<Span> paragraphs, List<InfoboxEntry> infobox, Optional<LocalDate> creationDate,
                       List<Timex> goldTimexes) {
    public Document {
        if (id == null || language == null || title == null || text == null || creationDate == null) {
            throw new IllegalArgumentException("document fields must not be null");
        }
        sections = List.copyOf(sections);
        paragraphs = List.copyOf(paragraphs);
        infobox = List.copyOf(infobox);
        goldTimexes = List.copyOf(goldTimexes);
    }

    /** The innermost section that contains the offset, if any. */
    public Optional<Section> sectionAt(int offset) {
        Section found = null;
        for (Section s : sections) {
            if (s.span().contains(offset) && (found == null || s.level() >= found.level())) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The index of the paragraph that contains the offset, or -1. */
    public int paragraphAt(int offset) {
        // Paragraphs are in text order and do not overlap: binary search keeps per-mention lookups cheap.
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span p = paragraphs.get(mid);
            if (p.contains(offset)) {
                return mid;
            }
            if (offset < p.start()) {
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        for (int i = 0; i < paragraphs.size(); i++) { // paragraphs given out of order (hand-built documents)
            if (paragraphs.get(i).contains(offset)) {
                return i;
            }
        }
        return -1;
    }
}
