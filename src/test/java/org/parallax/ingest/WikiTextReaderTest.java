package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.parallax.model.InfoboxEntry;
import org.parallax.model.Section;
import org.parallax.model.Span;

class WikiTextReaderTest {
    private static final String ARTICLE = """
            = Belagerung von Puebla =

            Infobox
            - Datum: 16. März – 17. Mai 1863
            - Ort: Puebla
            - Ergebnis: französischer Sieg
            - Stärke1:
            Die Belagerung dauerte zwei Monate.

            == Vorgeschichte ==
            Die Franzosen kamen im Winter.
            Sie warteten auf Verstärkung.

            ===Die Armee===
            - erste Brigade
            - zweite Brigade

            ====Der Angriff====
            Am 29. März fiel das Fort.
            =====Das Fort=====
            ======Die Mauern======
            Die Mauern hielten nicht.
            """;

    private final Parsed parsed = WikiTextReader.parse(ARTICLE, "fallback");

    @Test
    void readsHeadingsOfEveryLevelWithTheirText() {
        assertThat(parsed.sections()).extracting(Section::heading, Section::level).containsExactly(
                tuple("Belagerung von Puebla", 1), tuple("Vorgeschichte", 2), tuple("Die Armee", 3),
                tuple("Der Angriff", 4), tuple("Das Fort", 5), tuple("Die Mauern", 6));
    }

    @Test
    void takesTheTitleFromTheFirstLevelOneHeading() {
        assertThat(parsed.title()).isEqualTo("Belagerung von Puebla");
        assertThat(WikiTextReader.parse("Nur ein Satz.", "datei").title()).isEqualTo("datei");
    }

    @Test
    void sectionSpansRunFromTheirHeadingLineToTheNextHeading() {
        Section background = parsed.sections().get(1);
        String body = background.span().of(ARTICLE);
        assertThat(body).startsWith("== Vorgeschichte ==").contains("Verstärkung.").doesNotContain("Die Armee");
        assertThat(background.headingSpan().of(ARTICLE)).isEqualTo("Vorgeschichte");
        assertThat(parsed.sections().get(0).span().end()).isEqualTo(background.span().start());
    }

    @Test
    void readsTheInfoboxAsEntriesWithSpansOfKeyAndValue() {
        assertThat(parsed.infobox()).extracting(InfoboxEntry::key, InfoboxEntry::value).containsExactly(
                tuple("Datum", "16. März – 17. Mai 1863"), tuple("Ort", "Puebla"),
                tuple("Ergebnis", "französischer Sieg"), tuple("Stärke1", ""));
        assertThat(parsed.infobox()).allSatisfy(e -> {
            assertThat(e.keySpan().of(ARTICLE)).isEqualTo(e.key());
            assertThat(e.valueSpan().of(ARTICLE)).isEqualTo(e.value());
        });
    }

    @Test
    void infoboxLinesAndHeadingsAreNotParagraphs() {
        assertThat(parsed.paragraphs()).extracting(p -> p.of(ARTICLE)).containsExactly(
                "Die Belagerung dauerte zwei Monate.",
                "Die Franzosen kamen im Winter.\nSie warteten auf Verstärkung.",
                "- erste Brigade", "- zweite Brigade",
                "Am 29. März fiel das Fort.",
                "Die Mauern hielten nicht.");
    }

    @Test
    void keepsTheTextAsGivenSoEveryOffsetPointsIntoIt() {
        String crlf = "== Antecedentes ==\r\n\r\nEl ejército llegó.\r\nLuego sitió la ciudad.\r\n";
        Parsed p = WikiTextReader.parse(crlf, "x");
        assertThat(p.text()).isEqualTo(crlf);
        assertThat(p.sections().get(0).headingSpan().of(crlf)).isEqualTo("Antecedentes");
        assertThat(p.paragraphs()).extracting(s -> s.of(crlf))
                .containsExactly("El ejército llegó.\r\nLuego sitió la ciudad.");
    }

    @Test
    void aLineOfEqualSignsAloneIsNoHeading() {
        Parsed p = WikiTextReader.parse("Testo.\n\n====\n\nAltro testo.", "x");
        assertThat(p.sections()).isEmpty();
        assertThat(p.paragraphs()).extracting(s -> s.of(p.text())).contains("Testo.", "Altro testo.");
    }

    @Test
    void paragraphSpansAreTrimmedAndInsideTheText() {
        assertThat(parsed.paragraphs()).allSatisfy(p -> {
            assertThat(p.end()).isLessThanOrEqualTo(ARTICLE.length());
            String s = p.of(ARTICLE);
            assertThat(s).isEqualTo(s.strip());
        });
        assertThat(new Span(0, ARTICLE.length()).contains(parsed.paragraphs().get(0))).isTrue();
    }
}
