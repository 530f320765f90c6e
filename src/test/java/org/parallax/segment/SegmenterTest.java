package org.parallax.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.DocumentReader;
import org.parallax.model.Document;
import org.parallax.model.Language;
import org.parallax.model.Sentence;

class SegmenterTest {
    private final Segmenter segmenter = new Segmenter();

    private List<String> sentences(Language language, String text) {
        Document doc = new DocumentReader(Optional.of(language)).read("t.txt", text.getBytes(StandardCharsets.UTF_8));
        return segmenter.sentences(doc).stream().map(Sentence::text).toList();
    }

    @Test
    void keepsEnglishAbbreviationsInsideSentences() {
        assertThat(sentences(Language.EN,
                "Gen. Forey met the U.S. consul on 5 May. The loan of $4 million was refused. Ferdinand M. Habsburg left."))
                .containsExactly("Gen. Forey met the U.S. consul on 5 May.", "The loan of $4 million was refused.",
                        "Ferdinand M. Habsburg left.");
    }

    @Test
    void keepsGermanOrdinalDatesInsideSentences() {
        assertThat(sentences(Language.DE, "Am 5. Mai 1862 siegten die Mexikaner, z. B. bei Puebla. Danach kam Forey."))
                .containsExactly("Am 5. Mai 1862 siegten die Mexikaner, z. B. bei Puebla.", "Danach kam Forey.");
    }

    @Test
    void splitsSpanishWithoutAModel() {
        assertThat(sentences(Language.ES, "El Gral. Forey llegó, p. ej. a Puebla. ¿Quién ganó? Ganaron los franceses."))
                .containsExactly("El Gral. Forey llegó, p. ej. a Puebla.", "¿Quién ganó?", "Ganaron los franceses.");
    }

    @Test
    void sentenceOffsetsPointIntoTheDocumentText() {
        Document doc = new DocumentReader(Optional.of(Language.IT))
                .read("t.txt", "= Titolo =\n\nIl gen. Forey arrivò. La città cadde.\n".getBytes(StandardCharsets.UTF_8));
        for (Sentence s : segmenter.sentences(doc)) {
            assertThat(doc.text().substring(s.span().start(), s.span().end())).isEqualTo(s.text());
        }
    }
}
