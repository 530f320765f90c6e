package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.Finding;
import org.parallax.model.Language;
import org.parallax.model.Span;

/** The Markdown report: one section per finding, the editions' sentences side by side, the differing values in bold. */
class ReportMarkdownTest {
    private static final String EN = "Forey reached Valdoria on 16 March 1863 with 26,000 men.";
    private static final String PT = "Forey chegou a Valdoria em 23 de março de 1863.";
    private static final String FR = "Forey atteint Valdoria en mars 1863 avec 26 000 hommes.";

    private static FindingsReport report() {
        Finding date = new Finding(Finding.Kind.CONTRADICTION, "date", "arrival at Valdoria (1863)", 0.91,
                List.of(new Claim("en.txt", Language.EN, "1863-03-16", EN, new Span(0, EN.length())),
                        new Claim("pt.txt", Language.PT, "1863-03-23", PT, new Span(10, 10 + PT.length()))),
                "the editions give values that do not agree under the tolerances");
        Finding agree = new Finding(Finding.Kind.AGREEMENT, "date", "arrival at Valdoria (1863)", 0.8,
                List.of(new Claim("en.txt", Language.EN, "1863-03-16", EN, new Span(0, EN.length())),
                        new Claim("fr.txt", Language.FR, "1863-03", FR, new Span(5, 5 + FR.length()))),
                "agree at different precisions: en gives the day (1863-03-16), fr the month (1863-03)");
        Finding omitted = new Finding(Finding.Kind.OMISSION, "figure", "arrival at Valdoria (1863) — troops — not given by pt", 0.5,
                List.of(new Claim("en.txt", Language.EN, "26000 troops", EN, new Span(0, EN.length())),
                        new Claim("pt.txt", Language.PT, "", PT, new Span(10, 10 + PT.length()))),
                "the edition tells the episode but leaves out this fact");
        return new FindingsReport(List.of(new FindingsReport.EditionRef("en.txt", "en"), new FindingsReport.EditionRef("pt.txt", "pt"),
                new FindingsReport.EditionRef("fr.txt", "fr")),
                List.of(new FindingsReport.Entry(date, List.of("16 March 1863", "23 de março de 1863")),
                        new FindingsReport.Entry(agree, List.of("16 March 1863", "mars 1863")),
                        new FindingsReport.Entry(omitted, List.of("26,000 men", ""))));
    }

    private static List<String> lines() {
        return Arrays.asList(report().toMarkdown().split("\n"));
    }

    @Test
    void listsTheEditionsAndCountsTheFindingsByKind() {
        assertThat(lines()).contains("- en: `en.txt`", "- pt: `pt.txt`", "- fr: `fr.txt`");
        assertThat(report().toMarkdown()).contains("3 findings: 1 agreement, 1 contradiction, 1 omission.");
    }

    @Test
    void givesEachFindingANumberedHeadingWithKindFacetAndSubject() {
        assertThat(lines().stream().filter(l -> l.startsWith("## ")).toList()).containsExactly(
                "## 1. contradiction · date · arrival at Valdoria (1863)",
                "## 2. agreement · date · arrival at Valdoria (1863)",
                "## 3. omission · figure · arrival at Valdoria (1863) — troops — not given by pt");
    }

    @Test
    void putsEveryEditionsSentenceInOneTableRowWithItsValueAndSpan() {
        String md = report().toMarkdown();
        String first = md.substring(md.indexOf("## 1."), md.indexOf("## 2."));
        assertThat(first).contains("| edition | value | sentence | span |\n|---|---|---|---|\n");
        List<String> rows = first.lines().filter(l -> l.startsWith("| en |") || l.startsWith("| pt |")).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("| en | **1863-03-16** | ").endsWith(" | 0–" + EN.length() + " |");
        assertThat(rows.get(1)).startsWith("| pt | **1863-03-23** | ").endsWith(" | 10–" + (10 + PT.length()) + " |");
    }

    @Test
    void highlightsTheDifferingValueInsideEachQuotedSentence() {
        String md = report().toMarkdown();
        assertThat(md).contains("| Forey reached Valdoria on **16 March 1863** with 26,000 men. |");
        assertThat(md).contains("| Forey chegou a Valdoria em **23 de março de 1863**. |");
        assertThat(md).contains("Confidence 0.91. the editions give values that do not agree under the tolerances.");
    }

    @Test
    void notesTheFinerPrecisionOfAnAgreementAndMarksTheSilentEdition() {
        String md = report().toMarkdown();
        assertThat(md).contains("agree at different precisions: en gives the day (1863-03-16), fr the month (1863-03)");
        assertThat(md).contains("| pt | *(not given)* | Forey chegou a Valdoria em 23 de março de 1863. |");
    }

    @Test
    void escapesMarkdownAndHtmlInArticleText() {
        String hostile = "A | B <script>x</script> **bold** [link](http://x)";
        Finding f = new Finding(Finding.Kind.CONTRADICTION, "place", "s", 0.5,
                List.of(new Claim("a", Language.EN, "v", hostile, new Span(0, hostile.length()))), "n");
        String md = new FindingsReport(List.of(), List.of(new FindingsReport.Entry(f, List.of("")))).toMarkdown();
        assertThat(md).doesNotContain("<script>").doesNotContain("[link](").contains("A \\| B &lt;script&gt;");
    }
}
