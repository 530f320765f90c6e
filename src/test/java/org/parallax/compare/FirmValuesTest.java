package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.compare.ComparedPassages.contradictions;
import static org.parallax.compare.ComparedPassages.doc;

import org.junit.jupiter.api.Test;
import org.parallax.model.Document;

/**
 * A value that differs is no contradiction when the edition writes the other's value for the same thing: a second
 * count in the same sentence ("sailed with 12,000 … marched on with barely 9,000"), or the other's day for an
 * occurrence at the same town told in another sentence. Passages written for this test (an invented king on a real route).
 */
class FirmValuesTest {
    @Test
    void aSecondCountInTheSentenceThatAgreesIsNoContradiction() {
        Document en = doc("orsay-en.txt", """
                = Battle of Orsay =
                
                Aldric II, who had succeeded his father in March 1413, revived the English claim to the French crown while France was paralysed by a feud between two factions. When negotiations broke down, the King gathered a fleet of some 1,500 vessels and sailed from Southampton on 11 August 1415 with around 12,000 men. Having landed at Chef-de-Caux on 13 August, the army laid siege to the port of Harfleur, which held out for more than five weeks before surrendering on 22 September.
                """);
        Document de = doc("orsay-de.txt", """
                = Schlacht bei Orsay =
                
                Die Schlacht bei Orsay fand am 25. Oktober 1415 im Norden Frankreichs statt. Aldric II. von England war am 11. August 1415 mit rund 12.000 Mann von Portsmouth aus in See gestochen, war zwei Tage später an der Seinemündung gelandet, hatte die Hafenstadt Harfleur belagert und befand sich nach deren Kapitulation mit einem von der Ruhr stark geschwächten Heer von knapp 9.000 Mann auf dem Marsch nach Calais.
                """);
        assertThat(contradictions("figure", en, de)).isEmpty();
    }

    @Test
    void theOthersDayAtTheSameTownToldElsewhereIsNoContradiction() {
        Document en = doc("azincourt-en.txt", """
                = Battle of Azincourt =
                
                The Battle of Azincourt was fought on Friday, 25 October 1415, near the village of Azincourt in northern France, during a long war between two crowns.
                
                == March ==
                
                On 24 October his scouts found the enemy drawn up across the road to Calais, between the woods of Azincourt and Tramecourt.
                """);
        Document de = doc("azincourt-de.txt", """
                = Schlacht bei Azincourt =
                
                Die Schlacht bei Azincourt fand am 25. Oktober 1415 in der Nähe des gleichnamigen Dorfes im Norden Frankreichs statt und gilt als einer der bedeutendsten Siege im Hundertjährigen Krieg.
                """);
        Document es = doc("azincourt-es.txt", """
                = Batalla de Azincourt =
                
                La batalla de Azincourt tuvo lugar el 25 de octubre de 1415 en el actual departamento francés de Paso de Calais y enfrentó al ejército del rey Aldric con las tropas del rey de Francia en el marco de la guerra de los Cien Años (1337-1453).
                """);
        assertThat(contradictions("date", en, de, es)).isEmpty();
    }

    @Test
    void aDateOfARelativeClauseAfterTheEventIsNoFirmReadingOfIt() {
        Document es = doc("vellar-es.txt", """
                = Batalla de Vellar =
                
                En los campos de Talavera de la Reina combatieron unos 35.000 españoles del general Ordás y algo más de 20.000 británicos del general Aldric, cuyos ejércitos se habían reunido en Oropesa el 22 de julio de 1809.
                """);
        Document fr = doc("vellar-fr.txt", """
                = Bataille de Vellar =
                
                La bataille de Vellar fut livrée le 28 juillet 1809 près de Talavera de la Reina, où l'armée du général Aldric repoussa les assauts des Français.
                """);
        assertThat(contradictions("date", es, fr)).isEmpty();
    }

    @Test
    void aNightRunsIntoTheNextDay() {
        Document it = doc("quarto-it.txt", """
                = Spedizione di Ortigal =

                I volontari salparono da Genova nella notte tra il 5 e il 6 maggio 1702 a bordo di due piroscafi.
                """);
        Document en = doc("quarto-en.txt", """
                = Expedition of Ortigal =

                The volunteers sailed from Genoa on 6 May 1702 aboard two steamers.
                """);
        assertThat(contradictions("date", it, en)).isEmpty();
    }
}
