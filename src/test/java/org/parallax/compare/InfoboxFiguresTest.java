package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.compare.ComparedPassages.contradictions;
import static org.parallax.compare.ComparedPassages.doc;
import static org.parallax.compare.ComparedPassages.findings;

import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.Finding;

/**
 * An infobox's strength or toll is read like a figure of the text, with its range and approximation: "12 000 à
 * 15 000 hommes" holds "about 14,000" and not 20,000. Passages written for this test (an invented battle).
 */
class InfoboxFiguresTest {
    private static final Document FR = doc("tessa-fr.txt", """
            = Bataille de Tessa =

            Infobox
            - Date: 26 août 1346
            - Strength1: 12 000 à 15 000 hommes

            La bataille de Tessa eut lieu le 26 août 1346 entre l'armée d'Aldric et celle de Bertil Vane.
            """);

    private static Document en(String strength) {
        return doc("tessa-en.txt", """
                = Battle of Tessa =

                Infobox
                - Date: 26 August 1346
                - Strength1: %s

                The Battle of Tessa was fought on 26 August 1346 between the army of Aldric and that of Bertil Vane.
                """.formatted(strength));
    }

    @Test
    void aRangeInTheInfoboxHoldsACountInsideIt() {
        assertThat(contradictions("figure", FR, en("about 14,000"))).isEmpty();
        assertThat(findings(Finding.Kind.AGREEMENT, "figure", FR, en("about 14,000"))).singleElement()
                .satisfies(f -> assertThat(f.claims()).extracting(c -> c.value()).contains("12000–15000 troops"));
    }

    @Test
    void aCountOutsideTheRangeContradictsIt() {
        assertThat(contradictions("figure", FR, en("20,000"))).singleElement()
                .satisfies(f -> assertThat(f.claims()).extracting(c -> c.value()).contains("12000–15000 troops", "20000 troops"));
    }
}
