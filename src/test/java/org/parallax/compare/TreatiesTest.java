package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.compare.ComparedPassages.contradictions;
import static org.parallax.compare.ComparedPassages.doc;

import org.junit.jupiter.api.Test;
import org.parallax.model.Document;

/**
 * A peace each edition tells once in a year is one peace, even a month apart and with no shared place or name; a
 * peace named after a place was made there, whatever else its sentence names. Passages written for this test (an
 * invented war of 1702, with real towns).
 */
class TreatiesTest {
    @Test
    void theOnePeaceOfAYearInEachEditionIsOnePeace() {
        Document it = doc("orsen-it.txt", """
                = Guerra di Orsenfeld =

                La guerra di Orsenfeld si combatté tra il 1699 e il 1702. La pace definitiva fu firmata il 25 giugno 1702: le città conservarono le loro autonomie.
                """);
        Document de = doc("orsen-de.txt", """
                = Krieg von Orsenfeld =

                Der Krieg von Orsenfeld dauerte von 1699 bis 1702. Die Niederlage zwang den Herzog zum Einlenken, und am 25. Juli 1702 folgte der Friede mit den Städten.
                """);
        assertThat(contradictions("date", it, de)).anySatisfy(f -> assertThat(f.claims())
                .extracting(c -> c.value()).containsExactlyInAnyOrder("1702-06-25", "1702-07-25"));
    }

    @Test
    void aPeaceNamedAfterAPlaceWasNotMadeAtTheOtherPlacesOfItsSentence() {
        Document it = doc("orsen-it2.txt", """
                = Guerra di Orsenfeld =

                Con il trattato di Madrid, firmato il 14 gennaio 1702, il duca rinunciò a Genova e alla Borgogna.
                """);
        Document es = doc("orsen-es2.txt", """
                = Guerra de Orsenfeld =

                Llevado primero a la fortaleza de Pizzighettone y luego a España, el duque quedó preso en Madrid hasta que firmó el tratado de Madrid el 14 de enero de 1702.
                """);
        assertThat(contradictions("place", it, es)).isEmpty();
    }

    @Test
    void theOneProclamationOfAYearInEachEditionIsOneProclamation() {
        Document en = doc("orsen-en.txt", """
                = Fall of Orsenfeld =

                Hoping for help from the West, the emperor allowed the union of the two churches to be solemnly proclaimed in Hagia Sophia on 12 December 1452.
                """);
        Document pt = doc("orsen-pt.txt", """
                = Queda de Orsenfeld =

                Meses antes, em 12 de novembro de 1452, a união das duas Igrejas fora proclamada solenemente na Basílica de Santa Sofia.
                """);
        assertThat(contradictions("date", en, pt)).anySatisfy(f -> assertThat(f.claims())
                .extracting(c -> c.value()).containsExactlyInAnyOrder("1452-12-12", "1452-11-12"));
    }

    @Test
    void aDepartureIsDatedAgainstTheOtherEditionsDepartureNotAgainstTheCaptureInItsSentence() {
        Document es = doc("orsen-es.txt", """
                = Campaña de Orsenfeld =

                El ejército salió de Cuenca el 20 de junio de 1212 y, cuatro días más tarde, tomó la fortaleza de Uclés.
                """);
        Document it = doc("orsen-it2.txt", """
                = Campagna di Orsenfeld =

                La spedizione era guidata dal re Aldrico; partito da Cuenca il 22 giugno 1212, l'esercito conquistò lungo il cammino le fortezze di Uclés e di Huete.
                """);
        assertThat(contradictions("date", es, it)).anySatisfy(f -> assertThat(f.claims())
                .extracting(c -> c.value()).contains("1212-06-20", "1212-06-22"));
    }
}
