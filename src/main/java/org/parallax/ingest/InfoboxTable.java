package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads the rows of a Wikipedia infobox ({@code table.infobox}, French {@code infobox_v2}/{@code infobox_v3},
 * Italian {@code sinottico}) into key/value pairs. A row with a header cell and data cells is one entry. A
 * row of a single header cell opens a group ("Belligerents"); the data cells of the rows under it become
 * "Belligerents 1", "Belligerents 2", one per column, as the side-by-side columns of a conflict infobox
 * are (French infoboxes head a group with a {@code .bloc} element instead). Title, image and caption rows
 * are left out. Values that the page lays out on several lines are
 * joined with ", ".
 */
final class InfoboxTable {
    private static final Pattern INFOBOX_CLASS = Pattern.compile("(?i)infobox.*|sinottico.*");
    private static final Pattern TITLE_CELL = Pattern.compile("(?i)infobox-above|infobox-title|infobox-image|infobox-caption|entete|sinottico_testata|sinottico_immagine");
    private static final List<String> LINE_BREAKING = List.of("br", "li", "p", "div", "tr", "dd", "dt");

    private InfoboxTable() {
    }

    static boolean isInfobox(Element e) {
        return e.classNames().stream().anyMatch(c -> INFOBOX_CLASS.matcher(c).matches())
                && (e.normalName().equals("table") || !e.select("tr").isEmpty());
    }

    static List<String[]> rows(Element infobox) {
        List<String[]> rows = new ArrayList<>();
        String group = "";
        for (Element tr : infobox.select("tr, .bloc")) {
            if (insideValue(tr, infobox)) {
                continue;
            }
            if (!tr.nameIs("tr")) {
                // French infobox_v3 heads its groups with a "bloc" paragraph between tables
                group = TextLayout.clean(tr.text());
                continue;
            }
            List<Element> cells = tr.children().stream().filter(c -> c.nameIs("th") || c.nameIs("td")).toList();
            List<Element> headers = cells.stream().filter(c -> c.nameIs("th")).toList();
            List<Element> data = cells.stream().filter(c -> c.nameIs("td")).toList();
            if (cells.isEmpty() || isTitleCell(tr) || cells.stream().anyMatch(InfoboxTable::isTitleCell)
                    || (headers.isEmpty() && data.stream().anyMatch(d -> d.selectFirst("table") != null))) {
                // a layout cell holding a nested table: its rows are read one by one
                continue;
            }
            if (headers.size() == 1 && data.isEmpty()) {
                group = key(headers.get(0));
            } else if (!headers.isEmpty() && !data.isEmpty()) {
                rows.add(new String[] {key(headers.get(0)), value(data)});
            } else if (headers.isEmpty() && !group.isEmpty() && hasOwnText(data)) {
                for (int i = 0; i < data.size(); i++) {
                    rows.add(new String[] {data.size() == 1 ? group : group + " " + (i + 1), value(List.of(data.get(i)))});
                }
            }
        }
        return rows;
    }

    /** A row of a table nested in a value cell belongs to that value, not to the infobox. */
    private static boolean insideValue(Element tr, Element infobox) {
        for (Element up = tr.parent(); up != null && up != infobox; up = up.parent()) {
            if (up.nameIs("td") && up.parent() != null && !up.parent().select("> th").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A title, image or caption cell, or a row marked as one. */
    private static boolean isTitleCell(Element cellOrRow) {
        return cellOrRow.classNames().stream().anyMatch(c -> TITLE_CELL.matcher(c).matches());
    }

    private static boolean hasOwnText(List<Element> data) {
        return data.stream().anyMatch(d -> !TextLayout.clean(d.text()).isEmpty());
    }

    private static String key(Element header) {
        String key = TextLayout.clean(header.text());
        return key.replaceAll("\\s*:$", "");
    }

    private static String value(List<Element> cells) {
        List<String> parts = new ArrayList<>();
        for (Element cell : cells) {
            StringBuilder line = new StringBuilder();
            collectLines(cell, line, parts, 0);
            addPart(line, parts);
        }
        return String.join(", ", parts);
    }

    private static void collectLines(Element element, StringBuilder line, List<String> parts, int depth) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                line.append(t.getWholeText());
            } else if (child instanceof Element e) {
                boolean breaks = LINE_BREAKING.contains(e.normalName());
                if (breaks) {
                    addPart(line, parts);
                }
                if (depth > 50) {
                    line.append(e.wholeText());
                } else {
                    collectLines(e, line, parts, depth + 1);
                }
                if (breaks) {
                    addPart(line, parts);
                }
            }
        }
    }

    private static void addPart(StringBuilder line, List<String> parts) {
        String part = TextLayout.clean(line.toString()).replaceAll("^[,;•·]\\s*|\\s*[,;•·]$", "");
        if (!part.isEmpty()) {
            parts.add(part);
        }
        line.setLength(0);
    }
}
