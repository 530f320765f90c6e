package org.parallax.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.DocumentReader;
import org.parallax.model.Document;
import org.parallax.model.Language;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.model.Token;

/**
 * Properties that hold for any text, checked on texts built by a seeded generator from pieces that stress
 * the rules (abbreviations, initials, numbers, quotes, spaced punctuation, headings, infobox lines).
 */
class SegmenterInvariantsTest {
    private static final String[] PIECES = {
        "Gen.", "Col.", "U.S.", "S.", "Mr.", "p. es.", "z. B.", "5.", "Mai", "1862", "3.5", "$4", "million", "«", "»",
        "\"", "(", ")", "!", "?", "…", ".", ",", "M.", "J.-C.", "EE. UU.", "the", "Die", "La", "città", "ciudad",
        "Forey", "Puebla", "a", "é", "’", "'", "\u00a0", "1.º", "etc.", "—", ":", ";", "?»",
    };
    private static final String[] LINES = {"== Capítulo ==", "Infobox", "- Data: 1863", "", "===Teil===", "- elemento"};

    private final Segmenter segmenter = new Segmenter();

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int lines = 1 + random.nextInt(8);
        for (int l = 0; l < lines; l++) {
            if (random.nextInt(4) == 0) {
                text.append(LINES[random.nextInt(LINES.length)]).append('\n');
                continue;
            }
            int words = 1 + random.nextInt(30);
            for (int w = 0; w < words; w++) {
                text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            }
            text.append('\n');
        }
        return "Texto " + text;
    }

    @Test
    void sentencesAreOrderedDisjointTrimmedAndInsideTheirParagraph() {
        Random random = new Random(20261121L);
        for (int i = 0; i < 600; i++) {
            Language language = Language.values()[i % Language.values().length];
            String input = randomText(random);
            Document doc = new DocumentReader(Optional.of(language)).read("r.txt", input.getBytes(StandardCharsets.UTF_8));
            List<Sentence> sentences = segmenter.sentences(doc);
            int previousEnd = 0;
            for (int k = 0; k < sentences.size(); k++) {
                Sentence s = sentences.get(k);
                String shown = language + " " + input;
                assertThat(s.index()).as(shown).isEqualTo(k);
                assertThat(s.span().start()).as(shown).isGreaterThanOrEqualTo(previousEnd);
                assertThat(s.span().of(doc.text())).as(shown).isEqualTo(s.text()).isEqualTo(s.text().strip());
                assertThat(doc.paragraphs().get(s.paragraph()).contains(s.span())).as(shown).isTrue();
                previousEnd = s.span().end();
            }
        }
    }

    @Test
    void tokensAreOrderedDisjointNonBlankAndInsideTheirSpan() {
        Random random = new Random(42L);
        for (int i = 0; i < 600; i++) {
            Language language = Language.values()[i % Language.values().length];
            String input = randomText(random);
            Document doc = new DocumentReader(Optional.of(language)).read("r.txt", input.getBytes(StandardCharsets.UTF_8));
            Span all = new Span(0, doc.text().length());
            int previousEnd = 0;
            for (Token t : segmenter.tokens(doc, all)) {
                assertThat(t.span().start()).as(input).isGreaterThanOrEqualTo(previousEnd);
                assertThat(t.span().of(doc.text())).as(input).isEqualTo(t.text());
                assertThat(t.text()).as(input).doesNotContainPattern("[\\s\\u00a0\\u202f]");
                previousEnd = t.span().end();
            }
        }
    }
}
