package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.compare.ComparedPassages.contradictions;
import static org.parallax.compare.ComparedPassages.doc;

import org.junit.jupiter.api.Test;
import org.parallax.model.Document;

/** Facts told without a date — a garrison's strength, who led an attack — are compared too. */
class UndatedFactsTest {
    private static final Document EN = doc("brava-en.txt", """
            = Siege of Brava =

            The siege of Brava was fought in the summer of 1710 between the Norland army and the garrison of Brava.

            ==Siege==

            The Norland army reached Brava on 4 June 1710. The garrison of 3,000 soldiers was commanded by Tomas Elwin. The town surrendered on 2 August 1710.
            """);

    @Test
    void reportsAGarrisonStrengthToldWithoutADateAsAFigureContradiction() {
        Document fr = doc("brava-fr.txt", """
                = Siège de Brava =

                Le siège de Brava eut lieu à l'été 1710 entre l'armée du Norland et la garnison de Brava.

                == Le siège ==

                L'armée du Norland atteignit Brava le 4 juin 1710. La garnison, forte de 5 000 hommes, était commandée par Tomas Elwin. La ville capitula le 2 août 1710.
                """);
        assertThat(contradictions("figure", EN, fr)).anySatisfy(f ->
                assertThat(f.claims()).extracting(c -> c.value()).contains("3000 troops", "5000 troops"));
    }

    @Test
    void reportsNothingWhenTheUndatedFactsAgree() {
        Document es = doc("brava-es.txt", """
                = Sitio de Brava =

                El sitio de Brava tuvo lugar en el verano de 1710 entre el ejército de Norland y la guarnición de Brava.

                == El sitio ==

                El ejército de Norland llegó a Brava el 4 de junio de 1710. La guarnición de 3.000 soldados estaba al mando de Tomas Elwin. La ciudad capituló el 2 de agosto de 1710.
                """);
        assertThat(contradictions("figure", EN, es)).isEmpty();
        assertThat(contradictions("date", EN, es)).isEmpty();
    }
}
