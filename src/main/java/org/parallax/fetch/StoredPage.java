package org.parallax.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.parallax.model.Language;

/**
 * The HTML file written for one edition: the rendered article under an {@code h1} title, with the
 * attribution in the head. The page is data for Parallax, but a person may open it in a browser, so it
 * carries a Content-Security-Policy that forbids scripts, and anything executable that an API (or a
 * misconfigured mirror) might send is removed first: scripts, frames, objects, forms, event handlers,
 * {@code javascript:} and {@code data:} links.
 */
final class StoredPage {
    private static final String CSP = "default-src 'none'; img-src https: http:; style-src 'unsafe-inline'";
    private static final String EXECUTABLE = "script, iframe, frame, object, embed, applet, base, form, meta, link";

    private StoredPage() {
    }

    static String document(ArticlePage page, String fragment, String attribution) {
        return "<!DOCTYPE html>\n<html lang=\"" + page.language().code() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n"
                + "<title>" + escape(page.title()) + "</title>\n"
                + "<link rel=\"license\" href=\"" + EditionFiles.LICENSE_URL + "\">\n"
                + "<meta name=\"attribution\" content=\"" + escape(attribution) + "\">\n"
                + "</head>\n<body>\n<h1>" + escape(page.title()) + "</h1>\n"
                + inert(fragment) + "\n</body>\n</html>\n";
    }

    static String inert(String fragment) {
        org.jsoup.nodes.Document dom = Jsoup.parseBodyFragment(fragment);
        dom.outputSettings().prettyPrint(false);
        dom.body().select(EXECUTABLE).remove();
        for (Element element : dom.body().getAllElements()) {
            List<String> drop = new ArrayList<>();
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                if (name.startsWith("on") || name.equals("formaction") || name.equals("srcdoc")
                        || value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:")) {
                    drop.add(attribute.getKey());
                }
            }
            drop.forEach(element::removeAttr);
        }
        return dom.body().html();
    }

    private static String escape(String text) {
        return Entities.escape(text).replace("\"", "&quot;");
    }
}
