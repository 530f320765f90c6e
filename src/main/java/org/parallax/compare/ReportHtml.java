package org.parallax.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.model.Claim;
import org.parallax.model.Finding;

/**
 * The report as one self-contained HTML page: no script, no external resource, a strict content security
 * policy. Each finding shows the editions side by side, one column per edition, each with its quoted
 * sentences and the compared words highlighted. All article text, values, subjects and file names are
 * escaped: they are untrusted input.
 */
final class ReportHtml {
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2rem;max-width:80rem;color:#222}
            h1{font-size:1.4rem}h2{font-size:1.05rem;margin:0 0 .4rem}
            .finding{border:1px solid #ccc;border-radius:6px;padding:.8rem 1rem;margin:1rem 0}
            .contradiction{border-left:6px solid #c0392b}.inconsistency{border-left:6px solid #d35400}
            .omission{border-left:6px solid #7f8c8d}.agreement{border-left:6px solid #27ae60}
            .kind{text-transform:uppercase;font-size:.75rem;letter-spacing:.05em;color:#555}
            .editions{display:grid;grid-auto-flow:column;grid-auto-columns:1fr;gap:1rem}
            .edition h3{font-size:.9rem;margin:.2rem 0}.value{font-weight:bold}
            blockquote{margin:.3rem 0;padding:.3rem .6rem;background:#f7f7f7;border-left:3px solid #ddd}
            mark{background:#ffe58a;padding:0 .1em}.missing{color:#888;font-style:italic}
            .meta{color:#555;font-size:.85rem}.span{color:#888;font-size:.75rem}
            """;

    private ReportHtml() {
    }

    static String render(FindingsReport report) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>Parallax: comparison of editions</title><style>").append(STYLE).append("</style></head><body>\n")
                .append("<h1>Parallax: comparison of editions</h1>\n<ul>");
        report.editions().forEach(e -> out.append("<li>").append(esc(e.lang())).append(": <code>").append(esc(e.doc()))
                .append("</code></li>"));
        out.append("</ul>\n<p>").append(esc(Summary.line(report))).append("</p>\n");
        int n = 0;
        for (FindingsReport.Entry entry : report.entries()) {
            finding(out, ++n, entry);
        }
        return out.append("</body></html>\n").toString();
    }

    private static void finding(StringBuilder out, int n, FindingsReport.Entry entry) {
        Finding f = entry.finding();
        out.append("<section class=\"finding ").append(esc(f.kind().code())).append("\" id=\"f").append(n).append("\">")
                .append("<div class=\"kind\">").append(esc(f.kind().code())).append(" · ").append(esc(f.facet())).append("</div>")
                .append("<h2>").append(n).append(". ").append(esc(f.subject())).append("</h2>")
                .append(String.format(Locale.ROOT, "<p class=\"meta\">confidence %.2f — %s</p>", f.confidence(), esc(f.note())))
                .append("<div class=\"editions\">");
        Map<String, List<Integer>> byEdition = new LinkedHashMap<>();
        for (int i = 0; i < f.claims().size(); i++) {
            byEdition.computeIfAbsent(f.claims().get(i).docId(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> indices : byEdition.values()) {
            Claim first = f.claims().get(indices.get(0));
            out.append("<div class=\"edition\"><h3>").append(esc(first.language().code())).append(" <span class=\"span\">")
                    .append(esc(first.docId())).append("</span></h3>");
            for (int i : indices) {
                Claim c = f.claims().get(i);
                Highlight h = Highlight.of(c.text(), entry.marks().get(i));
                out.append(c.value().isEmpty() ? "<div class=\"missing\">not given</div>"
                        : "<div class=\"value\">" + esc(c.value()) + "</div>");
                out.append("<blockquote>").append(esc(h.before()));
                if (!h.marked().isEmpty()) {
                    out.append("<mark>").append(esc(h.marked())).append("</mark>");
                }
                out.append(esc(h.after())).append(" <span class=\"span\">[").append(c.span().start()).append(", ")
                        .append(c.span().end()).append(")</span></blockquote>");
            }
            out.append("</div>");
        }
        out.append("</div></section>\n");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
