package org.parallax.ingest;

import org.jsoup.nodes.Element;

/**
 * Removes from Wikipedia HTML what is not article prose: code and embedded objects (the text is data,
 * nothing in it runs), hidden text, navigation, reference markers and lists, edit links, hatnotes,
 * maintenance banners, coordinates widgets, tables of contents, images and math markup. Class names
 * cover the action=parse output (with or without {@code mw-heading} wrappers) and the Parsoid REST HTML
 * of the six editions Parallax reads.
 */
final class PageCleaner {
    private static final String DROP = String.join(", ",
            // never prose, and the hostile part of any page: code, styling, embedded objects, forms
            "script", "style", "noscript", "template", "link", "meta", "base", "iframe", "frame", "object", "embed",
            "applet", "svg", "canvas", "form", "input", "button", "select", "textarea", "audio", "video",
            // text a reader of the page does not see
            "[hidden]", "[aria-hidden=true]", "[style~=(?i)display\\s*:\\s*none]", "[style~=(?i)visibility\\s*:\\s*hidden]",
            // navigation boxes, sidebars, portals, categories, authority control
            "nav", "[role=navigation]", ".navbox", ".navbox-styles", ".vertical-navbox", ".navbar", ".sidebar",
            ".catlinks", ".printfooter", ".authority-control", ".portal", ".portalbox", ".sistersitebox",
            ".side-box", ".bandeau-portail", ".noprint",
            // reference markers and reference lists (action=parse and Parsoid)
            "sup.reference", ".mw-ref", ".reflist", ".references", ".mw-references", ".mw-references-wrap",
            ".refbegin", ".mw-cite-backlink",
            // edit links, hatnotes ("main article", "for other uses"), maintenance banners
            ".mw-editsection", ".hatnote", ".dablink", ".rellink", "[role=note]", ".homonymie",
            ".bandeau-niveau-detail", ".hauptartikel", ".sieheauch", ".ambox", ".metadata", ".mbox-small",
            // coordinates widgets
            "#coordinates", ".coordinates", ".geo-default", ".geo-nondefault", ".geo-multi-punct",
            // tables of contents
            "#toc", ".toc", ".mw-toc",
            // images and galleries (captions are not prose), MathML and its TeX source
            "figure", ".thumb", ".gallery", "img", "math", ".mw-empty-elt");

    private PageCleaner() {
    }

    static void clean(Element root) {
        root.select(DROP).remove();
    }
}
