package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.compare.ComparedPassages.contradictions;
import static org.parallax.compare.ComparedPassages.doc;

import org.junit.jupiter.api.Test;
import org.parallax.model.Document;

/**
 * Which of a sentence's places is the one spot an edition gives for an occurrence. Passages written for this test
 * (invented battles in real towns).
 */
class PlaceSpotsTest {
    @Test
    void aTownWrittenAgainAfterTheBattlesNameIsWhereItWasFought() {
        Document en = doc("cesena-en.txt", """
                = Battle of Cesena =

                The Battle of Cesena, fought on 3 May 1510 on the banks of the Ronco just north of Cesena, ended the spring campaign of Duke Aldric.
                """);
        Document it = doc("cesena-it.txt", """
                = Battaglia di Cesena =

                La battaglia di Cesena fu combattuta il 3 maggio 1510 presso Cesena e chiuse la campagna di primavera del duca Aldrico.
                """);
        assertThat(contradictions("place", en, it)).isEmpty();
    }

    @Test
    void aNameTheGazetteerDoesNotHoldMayBeTheSpot() {
        Document en = doc("siege-en.txt", """
                = Battle of the Elster =

                On 18 October 1813 the two armies fought all day around the city of Leipzig.
                """);
        Document de = doc("siege-de.txt", """
                = Schlacht an der Elster =

                Am 18. Oktober 1813 griffen die Verbündeten bei Probstheida und Schönefeld an.
                """);
        assertThat(contradictions("place", en, de)).isEmpty();
    }

    @Test
    void aGermanNameBeforeALowerCaseWordIsStillAName() {
        Document en = doc("siege-en.txt", """
                = Battle of the Elster =

                On 18 October 1813 the allies attacked the city of Leipzig.
                """);
        Document de = doc("siege-de.txt", """
                = Schlacht an der Elster =

                Am 18. Oktober 1813 kämpften die Verbündeten bei Probstheida verbissen und besetzten Schönefeld.
                """);
        assertThat(contradictions("place", en, de)).isEmpty();
    }

    @Test
    void aCapitalizedWordQualifyingANounIsNoPlace() {
        Document en = doc("raid-en.txt", """
                = Tessa's raid =

                General Tessa crossed into Brazilian territory and, on 26 January 1827, occupied the town of São Gabriel.
                """);
        Document es = doc("raid-es.txt", """
                = Incursión de Tessa =

                El 26 de enero de 1827 las tropas del general Tessa ocuparon Bagé.
                """);
        assertThat(contradictions("place", en, es)).isNotEmpty();
    }

    @Test
    void twoSpotsAThirdEditionTellsInOneClauseAreTwoPlacesOfTheStory() {
        Document en = doc("march-en.txt", """
                = Tessa's spring campaign =

                In April 1707 General Tessa was besieging Villena when he learned that Duke Aldric lay at Almansa.
                """);
        Document fr = doc("march-fr.txt", """
                = Campagne de printemps de Tessa =

                En avril 1707, le général Tessa, qui assiégeait alors Villena, apprit l'arrivée du duc Aldric.
                """);
        Document es = doc("march-es.txt", """
                = Campaña de primavera de Tessa =

                En abril de 1707 el general Tessa supo que el duque Aldric estaba en Almansa.
                """);
        assertThat(contradictions("place", en, fr, es)).isEmpty();
    }

    @Test
    void aThirdEditionTellingTheTwoSpotsInTwoClausesSaysWhichIsTheEvents() {
        Document de = doc("raid-de.txt", """
                = Herbstfeldzug 1806 =

                Am 9. Oktober 1806 warf General Tessa die Vorhut bei Schleiz zurück, und tags darauf fiel Prinz Aldric im Gefecht bei Saalfeld.
                """);
        Document en = doc("raid-en.txt", """
                = Autumn campaign of 1806 =

                Prince Aldric was killed at Schleiz on 10 October 1806.
                """);
        Document fr = doc("raid-fr.txt", """
                = Campagne d'automne de 1806 =

                Le 10 octobre 1806, le prince Aldric fut tué au combat de Saalfeld.
                """);
        assertThat(contradictions("place", de, en, fr)).isNotEmpty();
    }
}
