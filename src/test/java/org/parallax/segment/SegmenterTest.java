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
import org.parallax.model.Token;

/** Sentence and token boundaries in the six languages, on passages written for these tests. */
class SegmenterTest {
    private final Segmenter segmenter = new Segmenter();

    private Document document(Language language, String text) {
        return new DocumentReader(Optional.of(language)).read("t.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> sentences(Language language, String text) {
        return segmenter.sentences(document(language, text)).stream().map(Sentence::text).toList();
    }

    @Test
    void keepsEnglishTitlesAcronymsInitialsAndMoneyInsideSentences() {
        assertThat(sentences(Language.EN,
                "Gen. Forey met the U.S. consul and Col. Dupin on 5 May. The loan of $4 million was refused. "
                        + "Mr. Ferdinand M. Habsburg left for Trieste."))
                .containsExactly("Gen. Forey met the U.S. consul and Col. Dupin on 5 May.",
                        "The loan of $4 million was refused.", "Mr. Ferdinand M. Habsburg left for Trieste.");
    }

    @Test
    void keepsDecimalsAndPercentagesInsideEnglishSentences() {
        assertThat(sentences(Language.EN, "The column marched 12.5 km a day. Losses reached 3.2% by May 1863."))
                .containsExactly("The column marched 12.5 km a day.", "Losses reached 3.2% by May 1863.");
    }

    @Test
    void endsASentenceAfterAnAcronymWhenTheNextWordOpensOne() {
        assertThat(sentences(Language.EN, "The envoy sailed back to the U.S. The talks had failed."))
                .containsExactly("The envoy sailed back to the U.S.", "The talks had failed.");
    }

    @Test
    void endsASentenceAfterARegnalNumeralWhenTheNextWordOpensOne() {
        assertThat(sentences(Language.EN, "The throne passed to Pedro I. Through his mother he claimed more."))
                .containsExactly("The throne passed to Pedro I.", "Through his mother he claimed more.");
    }

    @Test
    void keepsSeveralInitialsTogether() {
        assertThat(sentences(Language.EN, "The report of W. H. Ward reached Paris. Nobody read it."))
                .containsExactly("The report of W. H. Ward reached Paris.", "Nobody read it.");
    }

    @Test
    void splitsAfterClosingQuotesAndBrackets() {
        assertThat(sentences(Language.EN,
                "He wrote: \"We hold the town.\" The reply came late. (The courier was lost.) Nobody moved."))
                .containsExactly("He wrote: \"We hold the town.\"", "The reply came late.",
                        "(The courier was lost.)", "Nobody moved.");
    }

    @Test
    void doesNotSplitInsideAQuotedSentenceFollowedByLowercase() {
        assertThat(sentences(Language.EN, "\"Hold the bridge!\" said the captain. They held it."))
                .containsExactly("\"Hold the bridge!\" said the captain.", "They held it.");
    }

    @Test
    void keepsGermanOrdinalDatesAndAbbreviationsInsideSentences() {
        assertThat(sentences(Language.DE,
                "Am 5. Mai 1862 siegten die Mexikaner, z. B. bei Puebla. Danach kam Gen. Forey mit 4,5 Tsd. Mann. "
                        + "Siehe S. 12 der Chronik."))
                .containsExactly("Am 5. Mai 1862 siegten die Mexikaner, z. B. bei Puebla.",
                        "Danach kam Gen. Forey mit 4,5 Tsd. Mann.", "Siehe S. 12 der Chronik.");
    }

    @Test
    void splitsGermanSentencesEndingInAYear() {
        assertThat(sentences(Language.DE, "Die Belagerung endete im Mai 1863. Danach zog Forey weiter."))
                .containsExactly("Die Belagerung endete im Mai 1863.", "Danach zog Forey weiter.");
    }

    @Test
    void keepsFrenchAbbreviationsAndSplitsAfterSpacedGuillemets() {
        assertThat(sentences(Language.FR,
                "Le gén. Forey et M. Dupin arrivent le 16 mars 1863. Il crie « Vive l'Empereur ! » Les troupes "
                        + "avancent. Qui gagne ? Les Français."))
                .containsExactly("Le gén. Forey et M. Dupin arrivent le 16 mars 1863.", "Il crie « Vive l'Empereur ! »",
                        "Les troupes avancent.", "Qui gagne ?", "Les Français.");
    }

    @Test
    void keepsFrenchExampleAndEraAbbreviationsInsideSentences() {
        assertThat(sentences(Language.FR,
                "Plusieurs villes, p. ex. Puebla, résistent. César meurt en 44 av. J.-C. à Rome. Le col. Dupin suit."))
                .containsExactly("Plusieurs villes, p. ex. Puebla, résistent.", "César meurt en 44 av. J.-C. à Rome.",
                        "Le col. Dupin suit.");
    }

    @Test
    void keepsItalianAbbreviationsInsideSentencesWithoutAModel() {
        assertThat(sentences(Language.IT,
                "Il Gen. Forey assediò Puebla, p. es. il forte di S. Javier. Il Col. Dupin arrivò con 2.000 uomini. "
                        + "Cadde il 17 maggio 1863."))
                .containsExactly("Il Gen. Forey assediò Puebla, p. es. il forte di S. Javier.",
                        "Il Col. Dupin arrivò con 2.000 uomini.", "Cadde il 17 maggio 1863.");
    }

    @Test
    void splitsSpanishQuestionsAndKeepsAbbreviations() {
        assertThat(sentences(Language.ES,
                "El Gral. Forey llegó, p. ej. a Puebla. ¿Quién ganó? Ganaron los franceses. "
                        + "Los EE. UU. no reconocieron al Sr. Maximiliano."))
                .containsExactly("El Gral. Forey llegó, p. ej. a Puebla.", "¿Quién ganó?", "Ganaron los franceses.",
                        "Los EE. UU. no reconocieron al Sr. Maximiliano.");
    }

    @Test
    void keepsPortugueseAbbreviationsAndOrdinalsInsideSentences() {
        assertThat(sentences(Language.PT,
                "O Gen. Forey chegou no dia 1.º de março. O Sr. Almonte, p. ex., apoiou-o. A cidade caiu em 1863."))
                .containsExactly("O Gen. Forey chegou no dia 1.º de março.", "O Sr. Almonte, p. ex., apoiou-o.",
                        "A cidade caiu em 1863.");
    }

    @Test
    void neverSplitsAcrossParagraphsOrInsideHeadings() {
        Document doc = document(Language.EN, "= Title =\n\nFirst paragraph ends here\n\nSecond one. Third one.\n");
        assertThat(segmenter.sentences(doc)).extracting(Sentence::text, Sentence::paragraph)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("First paragraph ends here", 0),
                        org.assertj.core.groups.Tuple.tuple("Second one.", 1),
                        org.assertj.core.groups.Tuple.tuple("Third one.", 1));
    }

    @Test
    void sentenceOffsetsPointIntoTheDocumentText() {
        Document doc = document(Language.IT, "= Titolo =\n\nIl gen. Forey arrivò. La città cadde.\n");
        assertThat(segmenter.sentences(doc)).hasSize(2).allSatisfy(s ->
                assertThat(doc.text().substring(s.span().start(), s.span().end())).isEqualTo(s.text()));
    }

    @Test
    void tokensKeepNumbersMoneyAndAbbreviationsWhole() {
        Document doc = document(Language.EN, "Gen. Forey paid $4 million, 38,493 pesos and 3.5% in the U.S. today.");
        List<String> tokens = segmenter.tokens(doc, new org.parallax.model.Span(0, doc.text().length())).stream()
                .map(Token::text).toList();
        assertThat(tokens).containsExactly("Gen.", "Forey", "paid", "$4", "million", ",", "38,493", "pesos", "and",
                "3.5%", "in", "the", "U.S.", "today", ".");
    }

    @Test
    void tokensKeepSpaceGroupedThousandsButNotTwoNumbersInARow() {
        Document doc = document(Language.FR, "En 1862 300 hommes et 26 000 soldats.");
        List<String> tokens = segmenter.tokens(doc, new org.parallax.model.Span(0, doc.text().length())).stream()
                .map(Token::text).toList();
        assertThat(tokens).containsExactly("En", "1862", "300", "hommes", "et", "26 000", "soldats", ".");
    }

    @Test
    void tokenOffsetsPointIntoTheDocumentText() {
        Document doc = document(Language.DE, "Am 5. Mai 1862 kämpften 4.500 Mann, z. B. Zuaven.");
        assertThat(segmenter.tokens(doc, new org.parallax.model.Span(0, doc.text().length())))
                .allSatisfy(t -> assertThat(t.span().of(doc.text())).isEqualTo(t.text()));
    }

    @Test
    void runsOnAcrossAStrayStopBetweenANameAndItsNumberInFrenchSpanishAndPortuguese() {
        assertThat(sentences(Language.FR, "Le conseil fit juger le roi Henri. IV avec ses ministres, le 3 mai 1610. La ville se rendit."))
                .containsExactly("Le conseil fit juger le roi Henri. IV avec ses ministres, le 3 mai 1610.", "La ville se rendit.");
        assertThat(sentences(Language.ES, "La corte recibió a Felipe. II, rey de Castilla, en 1560. Nadie protestó."))
                .containsExactly("La corte recibió a Felipe. II, rey de Castilla, en 1560.", "Nadie protestó.");
        assertThat(sentences(Language.PT, "O povo aclamou Pedro. I como imperador em 1822. Houve festas."))
                .containsExactly("O povo aclamou Pedro. I como imperador em 1822.", "Houve festas.");
    }

    @Test
    void endsASentenceAfterANameWithItsNumberInFrenchAndSpanish() {
        assertThat(sentences(Language.FR, "La flotte partit sur ordre de Napoléon III. Le lendemain, elle atteignit Brest."))
                .containsExactly("La flotte partit sur ordre de Napoléon III.", "Le lendemain, elle atteignit Brest.");
        assertThat(sentences(Language.ES, "El tratado fue firmado por Carlos IV. Después llegó la guerra."))
                .containsExactly("El tratado fue firmado por Carlos IV.", "Después llegó la guerra.");
    }

    @Test
    void readsItalianAndEnglishIAsANumberOnlyBeforeWhatFollowsARulersNumber() {
        assertThat(sentences(Language.IT, "Il trono passò a Ferdinando. I del regno di Napoli fu l'ultimo atto. I soldati partirono."))
                .containsExactly("Il trono passò a Ferdinando. I del regno di Napoli fu l'ultimo atto.", "I soldati partirono.");
        assertThat(sentences(Language.IT, "Il popolo accolse Umberto. I francesi invece protestarono."))
                .containsExactly("Il popolo accolse Umberto.", "I francesi invece protestarono.");
        assertThat(sentences(Language.EN, "The envoy met Leopold. I of Belgium had sent him. Later I wrote to Leopold. I was glad."))
                .containsExactly("The envoy met Leopold. I of Belgium had sent him.", "Later I wrote to Leopold.", "I was glad.");
    }

    @Test
    void keepsAGermanRulersNumberWithItsDotUnlessASentenceOpenerFollows() {
        assertThat(sentences(Language.DE, "Die Armee von Napoleon III. Kaiser der Franzosen zog 1862 nach Puebla. Wilhelm I. Der König schwieg."))
                .containsExactly("Die Armee von Napoleon III. Kaiser der Franzosen zog 1862 nach Puebla.", "Wilhelm I.", "Der König schwieg.");
        assertThat(sentences(Language.DE, "Der Vertrag kam von Napoleon III. Danach begann der Krieg."))
                .containsExactly("Der Vertrag kam von Napoleon III.", "Danach begann der Krieg.");
    }
}
