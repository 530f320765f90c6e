package org.parallax.compare;

import java.util.List;
import org.parallax.model.Finding;

/**
 * The result of comparing editions: the editions compared and the findings, most important first. Each
 * finding comes with, for each of its claims, the words of the sentence that carry the compared value
 * (for highlighting; empty when the value is not a contiguous piece of the sentence).
 */
public record FindingsReport(List<EditionRef> editions, List<Entry> entries) {
    /** One compared edition: the document as given and its language code. */
    public record EditionRef(String doc, String lang) {
    }

    /** A finding and, per claim, the words to highlight in its sentence. */
    public record Entry(Finding finding, List<String> marks) {
        public Entry {
            marks = List.copyOf(marks);
            if (marks.size() != finding.claims().size()) {
                throw new IllegalArgumentException("one mark per claim expected");
            }
        }
    }

    public FindingsReport {
        editions = List.copyOf(editions);
        entries = List.copyOf(entries);
    }

    public List<Finding> findings() {
        return entries.stream().map(Entry::finding).toList();
    }

    /** JSON as in the product contract: editions, then findings with kind, facet, subject, confidence and claims. */
    public String toJson() {
        return ReportJson.render(this);
    }

    /** Markdown for people: one section per finding, the editions' sentences side by side with values in bold. */
    public String toMarkdown() {
        return ReportMarkdown.render(this);
    }

    /** A self-contained HTML page (no scripts, no external resources); all article text is escaped. */
    public String toHtml() {
        return ReportHtml.render(this);
    }
}
