package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.parallax.model.Section;
import org.parallax.model.Span;

/**
 * Reads Wikipedia HTML with jsoup into text with sections and paragraphs. Headings become sections,
 * {@code p} and list items become paragraphs; scripts, styles, navigation boxes, reference lists and
 * edit links are dropped.
 */
final class HtmlReader {
    private HtmlReader() {
    }

    static Parsed parse(String html, String fallbackTitle) {
        org.jsoup.nodes.Document dom = Jsoup.parse(html);
        dom.select("script, style, .navbox, .reflist, .references, .mw-editsection, sup.reference, .hatnote").remove();
        StringBuilder text = new StringBuilder();
        List<Span> paragraphs = new ArrayList<>();
        List<int[]> headingMarks = new ArrayList<>();
        List<String> headingTexts = new ArrayList<>();
        String title = dom.title().isBlank() ? fallbackTitle : dom.title();
        for (Element e : dom.body().select("h1, h2, h3, h4, h5, h6, p, li")) {
            String t = e.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(t);
            if (e.tagName().matches("h[1-6]")) {
                headingMarks.add(new int[] {start, text.length(), e.tagName().charAt(1) - '0'});
                headingTexts.add(t);
            } else {
                paragraphs.add(new Span(start, text.length()));
            }
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < headingMarks.size(); i++) {
            int[] h = headingMarks.get(i);
            int end = i + 1 < headingMarks.size() ? headingMarks.get(i + 1)[0] : text.length();
            sections.add(new Section(headingTexts.get(i), h[2], new Span(h[0], h[1]), new Span(h[0], end)));
        }
        return new Parsed(text.toString(), title, sections, paragraphs, List.of());
    }
}
