package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.compare.ComparedPassages.contradictions;
import static org.parallax.compare.ComparedPassages.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.Finding;

/** Order told in words, with no dates, in two editions: the same two actions the other way round. */
class WordOrderTest {
    private static final String EN = """
            = Siege of Valdoria =

            The siege of Valdoria was fought in 1702 between the Duke of Arven and the Republic.
            General Harrow stormed the fort of Montclair, and only then did Colonel Ravel cross the Lenne at Bruneck.
            """;
    private static final String FR_OTHER_WAY = """
            = Siège de Valdoria =

            Le siège de Valdoria opposa en 1702 le duc d'Arven à la République.
            Le colonel Ravel franchit la Lenne à Bruneck avec ses dragons, puis le général Harrow emporta le fort de Montclair.
            """;

    @Test
    void reportsTwoUndatedActionsToldInTheOtherOrder() {
        List<Finding> found = contradictions("sequence", doc("valdoria-en.txt", EN), doc("valdoria-fr.txt", FR_OTHER_WAY));
        assertThat(found).anySatisfy(f -> {
            assertThat(f.claims()).anySatisfy(c -> {
                assertThat(c.language().code()).isEqualTo("en");
                assertThat(c.text()).contains("only then did Colonel Ravel");
                assertThat(c.value()).isEqualTo("Harrow Montclair, then Ravel Lenne Bruneck");
            });
            assertThat(f.claims()).anySatisfy(c -> {
                assertThat(c.language().code()).isEqualTo("fr");
                assertThat(c.value()).isEqualTo("Ravel Lenne Bruneck, then Harrow Montclair");
            });
        });
    }

    @Test
    void findsNothingWhenTheEditionsTellTheSameOrderInDifferentWords() {
        Document de = doc("valdoria-de.txt", """
                = Belagerung von Valdoria =

                Die Belagerung von Valdoria fand 1702 statt.
                Erst nachdem General Harrow das Fort Montclair erstürmt hatte, überschritt Oberst Ravel bei Bruneck die Lenne.
                """);
        Document fr = doc("valdoria-fr.txt", """
                = Siège de Valdoria =

                Le siège de Valdoria eut lieu en 1702.
                Le colonel Ravel ne franchit la Lenne à Bruneck qu'après la prise du fort de Montclair par le général Harrow.
                """);
        assertThat(contradictions("sequence", doc("valdoria-en.txt", EN), de, fr)).isEmpty();
    }

    @Test
    void aSentenceOpeningOnThenFollowsTheSentenceBeforeIt() {
        Document de = doc("valdoria-de.txt", """
                = Belagerung von Valdoria =

                Die Belagerung von Valdoria fand 1702 statt.
                General Harrow erstürmte mit drei Regimentern das Fort Montclair.
                Erst danach überschritt Oberst Ravel bei Bruneck die Lenne.
                """);
        List<Finding> found = contradictions("sequence", de, doc("valdoria-fr.txt", FR_OTHER_WAY));
        assertThat(found).anySatisfy(f -> {
            assertThat(f.claims()).anySatisfy(c -> assertThat(c.text()).startsWith("General Harrow erstürmte"));
            assertThat(f.claims()).anySatisfy(c -> assertThat(c.text()).startsWith("Erst danach"));
        });
    }

    @Test
    void onlyThenAndOnlyWhenOrderInEveryLanguage() {
        SequenceMarkers markers = SequenceMarkers.bundled();
        assertThat(markers.clauses(org.parallax.model.Language.ES,
                "Ravel cayó prisionero cuando Harrow todavía resistía, y solo entonces el duque abandonó el campo."))
                .hasValueSatisfying(c -> assertThat(c.then()).contains("el duque abandonó"));
        assertThat(markers.clauses(org.parallax.model.Language.DE,
                "Erst als Harrow das Fort erstürmt hatte, griff Ravel die Brücke an."))
                .hasValueSatisfying(c -> {
                    assertThat(c.first()).contains("Harrow das Fort");
                    assertThat(c.then()).contains("griff Ravel");
                });
    }

    @Test
    void aClauseBeginningWithThenFurtherOnDoesNotFollowTheSentenceBefore() {
        SequenceMarkers markers = SequenceMarkers.bundled();
        assertThat(markers.follows(org.parallax.model.Language.DE, "Erst danach überschritt Oberst Ravel die Lenne.")).isTrue();
        assertThat(markers.follows(org.parallax.model.Language.IT,
                "Il Borbone cadde tra i primi, colpito da un colpo che un orefice si vantò poi di aver sparato.")).isFalse();
    }

    @Test
    void afterOpeningItsWordsBeatsThenAndAClauseClosedByAndCameFirst() {
        SequenceMarkers markers = SequenceMarkers.bundled();
        assertThat(markers.clauses(org.parallax.model.Language.ES,
                "Ya entrada la noche, poco después del fallido asalto enemigo al cerro de Montclair, cuatro batallones huyeron."))
                .hasValueSatisfying(c -> {
                    assertThat(c.first()).contains("asalto enemigo al cerro de Montclair");
                    assertThat(c.then()).contains("cuatro batallones huyeron");
                });
        assertThat(markers.clauses(org.parallax.model.Language.PT,
                "Ravel chegou a Bruneck ainda na manhã da batalha e, logo depois do encontro com Harrow, as tropas avançaram."))
                .hasValueSatisfying(c -> {
                    assertThat(c.first()).contains("Ravel chegou a Bruneck").contains("encontro com Harrow");
                    assertThat(c.then()).contains("as tropas avançaram").doesNotContain("Ravel chegou");
                });
    }

    @Test
    void aMarkerInsideBracketsOrdersNothing() {
        SequenceMarkers markers = SequenceMarkers.bundled();
        assertThat(markers.clauses(org.parallax.model.Language.DE,
                "Die Schlacht bei Valdoria wurde am 7. September 1702 (nach dem damals dort geltenden julianischen Kalender am 27. August) an der Lenne geschlagen."))
                .isEmpty();
        assertThat(markers.clauses(org.parallax.model.Language.DE,
                "Die Schlacht bei Valdoria wurde nach dem Fall von Montclair an der Lenne geschlagen.")).isPresent();
    }

    @Test
    void anEpisodeToldBeforeTheBattleInOneEditionAndAfterItInAnotherContradicts() {
        Document es = doc("tessa-es.txt", """
                = Batalla de Tessa =

                La batalla de Tessa se libró el 20 de febrero de 1827 junto al arroyo de Tessa.

                Pocos días antes de la batalla, la escuadrilla del almirante Anselmo Rudeck había destruido en Juncal a la flotilla enemiga del río Uruguay.
                """);
        Document pt = doc("tessa-pt.txt", """
                = Batalha de Tessa =

                A batalha de Tessa travou-se a 20 de fevereiro de 1827 junto ao arroio de Tessa.

                Poucos dias depois da batalha, a flotilha inimiga do rio Uruguai foi aniquilada pelo almirante Anselmo Rudeck em Juncal.
                """);
        assertThat(contradictions("sequence", es, pt)).isNotEmpty();
    }

    @Test
    void theTitlesHeadNounIsTheWordBeforeItsParticle() {
        Document es = doc("tessa-es2.txt", """
                = Primera batalla de Tessa =

                La primera batalla de Tessa se libró el 20 de febrero de 1827 junto al arroyo de Tessa.

                Pocos días antes de la batalla, la escuadrilla del almirante Anselmo Rudeck había destruido en Juncal a la flotilla enemiga del río Uruguay.
                """);
        Document pt = doc("tessa-pt2.txt", """
                = Primeira batalha de Tessa =

                A primeira batalha de Tessa travou-se a 20 de fevereiro de 1827 junto ao arroio de Tessa.

                Poucos dias depois da batalha, a flotilha inimiga do rio Uruguai foi aniquilada pelo almirante Anselmo Rudeck em Juncal.
                """);
        assertThat(contradictions("sequence", es, pt)).isNotEmpty();
    }

    @Test
    void anAdjectiveEnglishCapitalizesMeetsTheSameWordInLowerCase() {
        Document en = doc("arenas-en.txt", """
                = Battle of Arenas =

                The Battle of Arenas was fought on 26 August 1346.

                Late in the afternoon the Genoese crossbowmen advanced with their pavises; then the French knights under Count Anselm Tessier charged through their ranks.
                """);
        Document de = doc("arenas-de.txt", """
                = Schlacht bei Arenas =

                Die Schlacht bei Arenas fand am 26. August 1346 statt.

                Zuerst ritten die französischen Ritter unter Graf Anselm Tessier gegen den Hang an, und erst danach schickte der König die genuesischen Armbrustschützen mit ihren Pavesen vor.
                """);
        assertThat(contradictions("sequence", en, de)).isNotEmpty();
    }
}
