package org.parallax.ingest;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads Wikipedia HTML (the {@code action=parse} output, with or without the {@code mw-heading} wrappers
 * of recent MediaWiki, the Parsoid REST HTML, or a page saved from a browser) into the same structure as
 * the wiki-text reader: headings {@code h1}–{@code h6} become sections, runs of text become paragraphs,
 * the infobox becomes an {@code Infobox} block of {@code - Key: value} lines outside the paragraphs, and
 * everything that is not article prose is dropped first (see {@link PageCleaner}). Tables other than the
 * infobox are left out. The text is only read: nothing in the page runs.
 */
final class HtmlReader {
    /** Elements that start a new block; everything else flows into the surrounding paragraph. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "h1", "h2", "h3", "h4",
            "h5", "h6", "figure", "figcaption", "pre", "center", "hr", "address", "details", "summary", "body",
            "tbody", "thead", "tfoot", "tr", "td", "th", "fieldset");
    /** Past this nesting (only hostile pages go so deep) a container is read as one paragraph, without recursion. */
    private static final int MAX_DEPTH = 200;

    private HtmlReader() {
    }

    static Parsed parse(String html, String fallbackTitle) {
        org.jsoup.nodes.Document dom = Jsoup.parse(html);
        TextLayout layout = new TextLayout();
        Element firstHeading = dom.selectFirst("h1#firstHeading");
        Element skinContent = dom.selectFirst("#mw-content-text");
        Element root = dom.body();
        if (skinContent != null) {
            // a page saved from a browser: read the article, not the menus and footers around it
            Element output = skinContent.selectFirst(".mw-parser-output");
            root = output != null ? output : skinContent;
            if (firstHeading != null) {
                layout.heading(firstHeading.text(), 1);
            }
        }
        PageCleaner.clean(root);
        String title = title(dom, firstHeading, fallbackTitle);
        if (skinContent == null && root.selectFirst("h1") == null && !dom.title().isBlank()) {
            // REST (Parsoid) HTML carries the title in the head only; the text files open with it as "= Title ="
            layout.heading(title, 1);
        }
        walk(root, layout, 0);
        return layout.build(title);
    }

    private static String title(org.jsoup.nodes.Document dom, Element firstHeading, String fallback) {
        if (firstHeading != null && !TextLayout.clean(firstHeading.text()).isEmpty()) {
            return TextLayout.clean(firstHeading.text());
        }
        String title = TextLayout.clean(dom.title());
        return title.isEmpty() ? fallback : title;
    }

    /** Reads a container: runs of inline content are paragraphs, block children are read in turn. */
    private static void walk(Element container, TextLayout out, int depth) {
        if (depth > MAX_DEPTH) {
            out.paragraph(container.wholeText());
            return;
        }
        StringBuilder inline = new StringBuilder();
        for (Node child : container.childNodes()) {
            if (child instanceof TextNode t) {
                inline.append(t.getWholeText());
            } else if (child instanceof Element e && !BLOCKS.contains(e.normalName())) {
                inline.append(e.nameIs("br") ? " " : e.wholeText());
            } else if (child instanceof Element e) {
                out.paragraph(inline.toString());
                inline.setLength(0);
                block(e, out, depth);
            }
        }
        out.paragraph(inline.toString());
    }

    private static void block(Element e, TextLayout out, int depth) {
        String name = e.normalName();
        if (headingLevel(e) > 0) {
            out.heading(e.text(), headingLevel(e));
        } else if (InfoboxTable.isInfobox(e)) {
            out.infobox(InfoboxTable.rows(e));
        } else if (name.equals("table")) {
            // data tables are not prose; an infobox inside a layout table is still read
            e.select("table, div").stream().filter(InfoboxTable::isInfobox).findFirst()
                    .ifPresent(infobox -> out.infobox(InfoboxTable.rows(infobox)));
        } else if (!name.equals("hr")) {
            walk(e, out, depth + 1);
        }
    }

    private static int headingLevel(Element e) {
        String name = e.normalName();
        boolean heading = name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
        return heading ? name.charAt(1) - '0' : 0;
    }
}
