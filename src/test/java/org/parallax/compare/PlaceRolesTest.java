package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.compare.ComparedPassages.contradictions;
import static org.parallax.compare.ComparedPassages.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Finding;

/**
 * Where a person fled or was held, told without a date: editions that give one person different towns for one
 * role contradict; the same town, or an edition that also names the other's town, do not. Passages written for
 * this test (an invented count and his flight, real towns).
 */
class PlaceRolesTest {
    private static final org.parallax.model.Document FR = doc("orvan-fr.txt", """
            = Fuite du comte Orvan =

            Après sa défaite, le comte Rainald Orvan se réfugia à Lyon avec une poignée de fidèles.
            """);

    @Test
    void differentTownsOfRefugeForOnePersonContradict() {
        var it = doc("orvan-it.txt", """
                = Fuga del conte Orvan =

                Dopo la sconfitta il conte Rainald Orvan si rifugiò a Grenoble con pochi fedeli.
                """);
        List<Finding> found = contradictions("place", FR, it);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).extracting(c -> c.language().code()).containsExactlyInAnyOrder("fr", "it");
    }

    @Test
    void roleWordsMayHoldAFewWordsAndASentenceWithoutSubjectTellsOfThePersonBefore() {
        var en = doc("orvan-en.txt", """
                = Flight of Count Orvan =

                After his defeat, Count Rainald Orvan escaped with a handful of horsemen to Grenoble.
                """);
        var de = doc("orvan-de.txt", """
                = Flucht des Grafen Orvan =

                Graf Rainald Orvan verlor die Schlacht am Fluss. Er floh noch in derselben Nacht nach Lyon.
                """);
        assertThat(contradictions("place", en, de)).singleElement().satisfies(f -> assertThat(f.claims())
                .extracting(c -> c.value()).containsExactlyInAnyOrder("Grenoble", "Lyon"));
    }

    @Test
    void theSameTownOrAnEditionNamingBothIsNoContradiction() {
        var en = doc("orvan-en.txt", """
                = Flight of Count Orvan =

                After his defeat Count Rainald Orvan fled to Lyon with a handful of followers.
                """);
        var es = doc("orvan-es.txt", """
                = Huida del conde Orvan =

                Tras la derrota, el conde Rainald Orvan huyó a Grenoble, aunque otros cronistas dicen que pasó por Lyon.
                """);
        assertThat(contradictions("place", FR, en)).isEmpty();
        assertThat(contradictions("place", FR, es)).isEmpty();
    }

    @Test
    void wherePeopleSetOutFromIsComparedOnlyWithWhereTheOthersSetOutFrom() {
        var en = doc("raid-en.txt", """
                = Raid on the river =

                On 3 May 1702 a flotilla of ten boats attacked the galleys anchored off Valence.
                """);
        var es = doc("raid-es.txt", """
                = Incursión en el río =

                El 3 de mayo de 1702 una flotilla de diez barcas, que había zarpado de Lyon la noche anterior, atacó las galeras.
                """);
        var it = doc("raid-it.txt", """
                = Incursione sul fiume =

                Il 3 maggio 1702 una flottiglia di dieci barche, che era partita da Grenoble la notte prima, attaccò le galere.
                """);
        assertThat(contradictions("place", en, es)).isEmpty();
        assertThat(contradictions("place", es, it)).hasSize(1);
    }

    @Test
    void oneCrossingOfARiverEachAtDifferentTownsContradictsWithoutAPersonAndIsOneFinding() {
        var en = doc("relief-en.txt", """
                = Relief of Tessa =

                The relief army crossed the Danube at Tulln on 6 September and reached the heights above the town a week later.
                """);
        var fr = doc("relief-fr.txt", """
                = Secours de Tessa =

                L'armée de secours franchit le Danube à Tulln le 6 septembre, puis gagna les hauteurs.
                """);
        var it = doc("relief-it.txt", """
                = Soccorso di Tessa =

                L'esercito di soccorso attraversò il Danubio a Krems il 6 settembre e raggiunse le alture una settimana dopo.
                """);
        assertThat(contradictions("place", en, fr, it)).singleElement().satisfies(f -> assertThat(f.claims())
                .extracting(c -> c.language().code()).containsExactlyInAnyOrder("en", "fr", "it"));
    }

    @Test
    void theHistoricalPresentTellsARoleAsThePastDoes() {
        var en = doc("orvan-en.txt", """
                = Flight of Count Orvan =

                After his defeat near Dijon, Count Rainald Orvan took refuge in Grenoble with a handful of followers.
                """);
        var fr = doc("orvan-fr2.txt", """
                = Fuite du comte Orvan =

                Après sa défaite près de Dijon, le comte Rainald Orvan se réfugie à Lyon avec quelques fidèles.
                """);
        assertThat(contradictions("place", en, fr)).singleElement().satisfies(f -> assertThat(f.claims())
                .extracting(c -> c.value()).containsExactlyInAnyOrder("Grenoble", "Lyon"));
    }

    @Test
    void aFleetsOneSailingIsComparedWithoutItsCommanderAndGermanMayWriteTheRoleAroundThePlace() {
        var fr = doc("tessa-fr.txt", """
                = Traversée de Tessa =

                Retenue plusieurs semaines par les vents, la flotte normande, forte de 600 navires, appareille finalement de Dives-sur-Mer le 27 septembre 1066.
                """);
        var de = doc("tessa-de.txt", """
                = Überfahrt von Tessa =

                Die normannische Flotte von 600 Schiffen war am 27. September 1066 von Saint-Valery-sur-Somme aus in See gestochen.
                """);
        assertThat(contradictions("place", fr, de)).singleElement().satisfies(f -> assertThat(f.claims())
                .extracting(c -> c.value()).containsExactlyInAnyOrder("Dives-sur-Mer", "Saint-Valery-sur-Somme"));
    }
}
