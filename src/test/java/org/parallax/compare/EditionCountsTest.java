package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.compare.ComparedPassages.contradictions;
import static org.parallax.compare.ComparedPassages.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.Finding;

/**
 * Counts given in sentences that tell different things are still compared edition against edition: one strength
 * each, near in size and apart, contradicts; a captured number against a strength, a bound ("more than 400") and a
 * count the other edition also writes do not. Passages written for this test (an invented naval campaign).
 */
class EditionCountsTest {
    private static final Document EN = doc("korvan-en.txt", """
            = Korvan expedition =

            The Korvan expedition was a fleet of 130 ships that King Aldric of Norland sent against the islands in the spring of 1622. Admiral Bertil Vane commanded it from the flagship Gullhorn. The defenders of Tessa, with more than 400 guns on their walls, held out for nine days.
            """);

    @Test
    void oneStrengthEachInDifferentSentencesContradicts() {
        Document it = doc("korvan-it.txt", """
                = Spedizione di Korvan =

                La spedizione di Korvan partì nella primavera del 1622 per ordine del re Aldric di Norland. Era una flotta di 151 navi, guidata dall'ammiraglio Bertil Vane sulla nave ammiraglia Gullhorn. Dopo nove giorni la città di Tessa cadde e gli assedianti si impadronirono delle sue mura.
                """);
        List<Finding> found = contradictions("figure", EN, it);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).extracting(c -> c.value()).containsExactlyInAnyOrder("130 vessels", "151 vessels");
    }

    @Test
    void aBoundACapturedCountAndASharedCountAreNoContradiction() {
        Document fr = doc("korvan-fr.txt", """
                = Expédition de Korvan =

                L'expédition de Korvan, forte de 130 navires, fut envoyée par le roi Aldric de Norland au printemps 1622. Les défenseurs de Tessa disposaient de 500 canons. Après neuf jours, les assaillants s'emparèrent de 350 canons et de la ville.
                """);
        assertThat(contradictions("figure", EN, fr)).isEmpty();
    }

    @Test
    void aFrenchLowerBoundEndingInDeHoldsALargerCount() {
        Document fr = doc("tessa-fr.txt", """
                = Siège de Tessa =

                En 1622, les défenseurs de Tessa perdirent plus de 3 000 canons.
                """);
        Document it = doc("tessa-it.txt", """
                = Assedio di Tessa =

                Nel 1622 i difensori di Tessa persero 3.152 cannoni.
                """);
        assertThat(contradictions("figure", fr, it)).isEmpty();
    }

    @Test
    void nearlyHoldsACountALittleUnderItNotOneFarUnder() {
        Document fr = doc("tessa-fr.txt", """
                = Siège de Tessa =

                En 1622, près de 12 000 soldats de Norland périrent devant Tessa.
                """);
        Document es = doc("tessa-es.txt", """
                = Sitio de Tessa =

                En 1622 unos 8.000 soldados de Norland murieron ante Tessa.
                """);
        Document de = doc("tessa-de.txt", """
                = Belagerung von Tessa =

                Im Jahr 1622 fielen vor der Stadt Tessa insgesamt 11.300 Soldaten aus Norland, die den Hafen nicht erobern konnten.
                """);
        assertThat(contradictions("figure", fr, es)).singleElement().satisfies(f -> assertThat(f.claims()).extracting(c -> c.value())
                .contains("~8000 killed"));
        assertThat(contradictions("figure", fr, de)).isEmpty();
    }

    @Test
    void theOneNearPairOfLeftCountsContradictsWhenOtherCountsAreFarApart() {
        Document en = doc("tarsa-en.txt", """
                = Battle of Tarsa =

                The Battle of Tarsa was fought in 1714. Crossing the river at night, King Aldric led roughly 90,000 men against about 64,000 Danes. Prince Osric, whose 9,000 men came too late, watched the rout from the hills.
                """);
        Document de = doc("tarsa-de.txt", """
                = Schlacht bei Tarsa =

                Die Schlacht bei Tarsa wurde 1714 geschlagen. König Aldric setzte mit rund 90.000 Mann über den Fluss, denen Herzog Kasimir nur etwa 52.000 Mann entgegenstellen konnte.
                """);
        List<Finding> found = contradictions("figure", en, de);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).extracting(c -> c.value()).containsExactlyInAnyOrder("~64000 troops", "~52000 troops");
    }

    @Test
    void aCountThatTheSentenceAddsToIsNoTotal() {
        Document en = doc("tessa-en.txt", """
                = Relief of Tessa =

                On 3 May 1622 three Norland galleys and a grain ship broke through the blockade of Tessa.
                """);
        Document es = doc("tessa-es.txt", """
                = Socorro de Tessa =

                El 3 de mayo de 1622 cuatro naves de Norland rompieron el bloqueo de Tessa.
                """);
        assertThat(contradictions("figure", en, es)).isEmpty();
    }

    @Test
    void twoSidesCountedTermByTermAreComparedSideBySideAndAsOneArmy() {
        Document en = doc("korvel-en.txt", """
                = Battle of Korvel Heath =

                The Battle of Korvel Heath was fought on 3 May 1702. King Aldric led some 23,000 Swedes and 18,000 Saxons against an army of about 35,000 Imperial troops commanded by Count Bertil Vane, who lost the field by nightfall.
                """);
        Document it = doc("korvel-it.txt", """
                = Battaglia di Korvel =

                La battaglia di Korvel fu combattuta il 3 maggio 1702. Il re Aldric vi sconfisse con un esercito svedese-sassone di oltre 40.000 uomini le truppe imperiali del conte Bertil Vane.
                """);
        Document fr = doc("korvel-fr.txt", """
                = Bataille de Korvel =

                La bataille de Korvel eut lieu le 3 mai 1702. Le roi Aldric y disposait d'environ 28 000 Suédois, auxquels s'ajoutaient 18 000 Saxons, face à l'armée impériale du comte Bertil Vane.
                """);
        assertThat(contradictions("figure", en, it)).isEmpty();
        assertThat(contradictions("figure", en, fr)).singleElement().satisfies(f -> assertThat(f.claims())
                .extracting(c -> c.value()).containsExactlyInAnyOrder("~23000 troops", "~28000 troops"));
    }

    @Test
    void theOtherSidesCountIsNoSecondCandidate() {
        var en = doc("tessa-en.txt", """
                = Battle of Tessa =

                The Battle of Tessa was a naval battle fought on 7 October 1571.

                == Battle ==

                The Christian fleet of 150 galleys and 6 galleasses met about 180 Ottoman galleys under Ali Pasha.
                """);
        var pt = doc("tessa-pt.txt", """
                = Batalha de Tessa =

                A Batalha de Tessa foi uma batalha naval travada a 7 de outubro de 1571.

                == A batalha ==

                A frota cristã, com cerca de 210 galés, enfrentou as galés otomanas de Ali Paxá.
                """);
        assertThat(contradictions("figure", en, pt)).anySatisfy(f -> assertThat(f.claims())
                .extracting(c -> c.value()).contains("150 vessels", "~210 vessels"));
    }

    @Test
    void aPairThatBothSayIsOneSidesCountsBeforeAPairWhereOneSaysNoSide() {
        Document en = doc("zadar-en.txt", """
                = Battle of Zadar =

                The Battle of Zadar was fought on 21 June 1702. Aldric, whose army numbered some 80,000 men, had marched out of the hills in May and turned the French flank, forcing Marshal Orvain, with about 57,000 French troops and 153 guns, to make a stand by the river.
                """);
        Document pt = doc("zadar-pt.txt", """
                = Batalha de Zadar =

                A Batalha de Zadar travou-se a 21 de junho de 1702. Os franceses, cerca de 70.000 homens apoiados por mais de 150 bocas de fogo, ocupavam a linha do rio, à frente da cidade.
                """);
        assertThat(contradictions("figure", en, pt)).anySatisfy(f -> assertThat(f.claims()).extracting(c -> c.value())
                .containsExactlyInAnyOrder("~57000 troops", "~70000 troops"));
    }
}
