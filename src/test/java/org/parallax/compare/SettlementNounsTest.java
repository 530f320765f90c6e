package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.compare.ComparedPassages.contradictions;
import static org.parallax.compare.ComparedPassages.doc;
import static org.parallax.compare.ComparedPassages.findings;

import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.Finding;

/**
 * A German noun for a settlement before a town's name ("die Hafenstadt Harfleur") says what the town is: the town is
 * one of the sentence's places, compared with the other editions' places, not a word inside a longer name. Passages
 * written for this test (an invented campaign in real towns).
 */
class SettlementNounsTest {
    @Test
    void aTownAfterASettlementNounAgreesWithTheSameTownElsewhere() {
        Document en = doc("march-en.txt", """
                = Aldric's march =

                Having landed at Tessa Bay on 13 August 1415, Aldric's army laid siege to Harfleur.
                """);
        Document de = doc("march-de.txt", """
                = Aldrics Zug =

                Aldrics Heer war am 13. August 1415 an der Küste gelandet, hatte die Hafenstadt Harfleur belagert und befand sich danach auf dem Marsch nach Calais.
                """);
        assertThat(contradictions("place", en, de)).isEmpty();
        assertThat(findings(Finding.Kind.AGREEMENT, "place", en, de)).anySatisfy(f -> assertThat(f.claims())
                .extracting(c -> c.value()).contains("Harfleur"));
    }
}
