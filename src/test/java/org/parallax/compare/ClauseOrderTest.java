package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.compare.ComparedPassages.contradictions;
import static org.parallax.compare.ComparedPassages.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.Finding;

/** Order told by words in one undated sentence against order told by dates in another edition. */
class ClauseOrderTest {
    @Test
    void reportsAnUndatedFirstThenSentenceAgainstDatesInTheOtherOrder() {
        Document de = doc("marden-de.txt", """
                = Frieden von Marden =

                Der Frieden von Marden beendete 1712 den Krieg zwischen Norland und Sudmark.

                == Ratifikation ==

                Sudmark ratifizierte den Vertrag am 3. April 1712. Norland ratifizierte ihn am 20. Mai 1712.
                """);
        Document it = doc("marden-it.txt", """
                = Pace di Marden =

                La pace di Marden pose fine nel 1712 alla guerra tra Norland e Sudmark.

                == Ratifica ==

                Norland ratificò il trattato per prima e poi Sudmark lo ratificò a sua volta.
                """);
        assertThat(contradictions("sequence", de, it)).anySatisfy(f -> {
            assertThat(f.claims()).anySatisfy(c -> assertThat(c.text()).contains("per prima e poi"));
            assertThat(f.claims()).anySatisfy(c -> assertThat(c.value()).isEqualTo("first (1712-04-03)"));
            assertThat(f.claims()).anySatisfy(c -> assertThat(c.value()).isEqualTo("then (1712-05-20)"));
        });
    }

    @Test
    void findsNoContradictionWhenTheWordsAndTheDatesGiveTheSameOrder() {
        Document de = doc("marden-de.txt", """
                = Frieden von Marden =

                Sudmark ratifizierte den Vertrag am 3. April 1712. Norland ratifizierte ihn am 20. Mai 1712.
                """);
        Document it = doc("marden-it.txt", """
                = Pace di Marden =

                Sudmark ratificò il trattato per primo e poi Norland lo ratificò a sua volta.
                """);
        assertThat(contradictions("sequence", de, it)).isEmpty();
    }

    @Test
    void keysFoldAccentsAndKeepTheFirstThreeConsonantsMarkingNames() {
        assertThat(ClauseOrder.keys("abdicó")).containsExactly("wbdc");
        assertThat(ClauseOrder.keys("abdicated")).containsExactly("wbdc");
        assertThat(ClauseOrder.keys("Castela")).containsExactly("Ncst");
    }

    @Test
    void oneSentenceDatingTwoActionsInTurnGivesEachItsOwnDate() {
        Document fr = doc("brenne-fr.txt", """
                = Campagne de Brenne =

                La campagne de Brenne opposa en 1650 le duc d'Arvel aux troupes du comté.
                Orvillers capitule le 23 août 1650, puis Sainte-Mauve, dont le gouverneur refusait de se rendre, ouvre ses portes le 2 septembre.
                L'armée du duc atteignit ensuite la capitale du comté.
                """);
        Document de = doc("brenne-de.txt", """
                = Feldzug von Brenne =

                Der Feldzug von Brenne fand 1650 statt.
                Zunächst fiel die Festung Sainte-Mauve, und erst einige Tage danach ergab sich auch Orvillers.
                """);
        Document en = doc("brenne-en.txt", """
                = Brenne campaign =

                The Brenne campaign was fought in 1650.
                Orvillers fell first, and Sainte-Mauve surrendered only a week later.
                """);
        assertThat(contradictions("sequence", fr, de)).hasSize(1);
        assertThat(contradictions("sequence", fr, en)).isEmpty();
    }

    @Test
    void beforeAndAfterCutOneSentenceIntoWhatCameFirstAndWhatCameLater() {
        SequenceMarkers markers = SequenceMarkers.bundled();
        var after = markers.clauses(org.parallax.model.Language.EN, "After taking Baza, the army marched on Málaga.").orElseThrow();
        assertThat(after.first()).contains("Baza").doesNotContain("Málaga");
        assertThat(after.then()).contains("Málaga").doesNotContain("Baza");
        var avant = markers.clauses(org.parallax.model.Language.FR, "Il écrasa les Castillans à Valverde avant de les attendre à Aljubarrota.")
                .orElseThrow();
        assertThat(avant.first()).contains("Valverde");
        assertThat(avant.then()).contains("Aljubarrota");
        assertThat(markers.clauses(org.parallax.model.Language.EN, "His attacks on the bridge failed one after another.")).isEmpty();
        assertThat(markers.clauses(org.parallax.model.Language.FR, "D'après Commynes, la ville tomba sans combat.")).isEmpty();
        assertThat(markers.clauses(org.parallax.model.Language.DE, "Napoleon befahl den Rückzug nach Westen.")).isEmpty();
        assertThat(markers.clauses(org.parallax.model.Language.FR, "Dans l'après-midi, la division reprit les hauteurs de Tessa.")).isEmpty();
        var opening = markers.clauses(org.parallax.model.Language.ES,
                "Pocos días antes de la batalla, la escuadrilla de Rudeck había destruido la flotilla en Juncal.").orElseThrow();
        assertThat(opening.first()).contains("Juncal").doesNotContain("batalla");
        assertThat(opening.then()).contains("batalla").doesNotContain("Juncal");
    }

    @Test
    void aThenInsideTheSentencesOnlyClauseOrByThenCutsNothing() {
        SequenceMarkers markers = SequenceMarkers.bundled();
        org.parallax.model.Language en = org.parallax.model.Language.EN;
        assertThat(markers.clauses(en, "The tired vanguard then struggled forward through the mud.")).isEmpty();
        assertThat(markers.clauses(en, "Two days later, at Corvo, the rebels, by then joined by local bands, drove back the garrison.")).isEmpty();
        assertThat(markers.clauses(en, "The army first reduced Baza, and only then marched on Málaga.").orElseThrow().then()).contains("Málaga");
        assertThat(markers.clauses(org.parallax.model.Language.DE, "Zunächst fiel Verdun, und erst einige Tage danach ergab sich Longwy.")
                .orElseThrow().then()).contains("Longwy");
    }
}
