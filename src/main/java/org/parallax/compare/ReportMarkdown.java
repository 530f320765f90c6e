package org.parallax.compare;

import java.util.List;
import java.util.Locale;
import org.parallax.model.Claim;
import org.parallax.model.Finding;

/**
 * The report in Markdown: a summary, then one section per finding with a table that puts each edition's
 * value and quoted sentence side by side, the compared words in bold. Article text is escaped so that it
 * cannot inject Markdown or HTML.
 */
final class ReportMarkdown {
    private ReportMarkdown() {
    }

    static String render(FindingsReport report) {
        StringBuilder out = new StringBuilder("# Parallax: comparison of editions\n\n");
        for (FindingsReport.EditionRef e : report.editions()) {
            out.append("- ").append(e.lang()).append(": `").append(e.doc().replace("`", "'")).append("`\n");
        }
        out.append('\n').append(Summary.line(report)).append("\n\n");
        int n = 0;
        for (FindingsReport.Entry entry : report.entries()) {
            Finding f = entry.finding();
            out.append("## ").append(++n).append(". ").append(f.kind().code()).append(" · ").append(f.facet()).append(" · ")
                    .append(escape(f.subject())).append("\n\n");
            out.append(String.format(Locale.ROOT, "Confidence %.2f. %s.%n%n", f.confidence(), escape(f.note())));
            out.append("| edition | value | sentence | span |\n|---|---|---|---|\n");
            List<Claim> claims = f.claims();
            for (int i = 0; i < claims.size(); i++) {
                Claim c = claims.get(i);
                Highlight h = Highlight.of(c.text(), entry.marks().get(i));
                String sentence = escape(h.before()) + (h.marked().isEmpty() ? "" : "**" + escape(h.marked()) + "**") + escape(h.after());
                out.append("| ").append(c.language().code()).append(" | ")
                        .append(c.value().isEmpty() ? "*(not given)*" : "**" + escape(c.value()) + "**").append(" | ")
                        .append(sentence).append(" | ").append(c.span().start()).append('–').append(c.span().end()).append(" |\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Escapes Markdown syntax and HTML in untrusted text; newlines become spaces so a table row stays one line. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '!', '{', '}' -> b.append('\\').append(c);
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\n', '\r', '\t' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
