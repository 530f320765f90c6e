package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.extract.time.Passages.narrative;
import static org.parallax.extract.time.Passages.only;
import static org.parallax.extract.time.Passages.pairs;

import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.Language;
import org.parallax.model.TimexType;

class MultilingualTaggingTest {
    @Test
    void readsEnglishRangesCenturiesDecadesAndEras() {
        Document doc = narrative(Language.EN, """
                The war lasted 1701–1714. From November 1866 to November 1867 the troops left. \
                Between 1865 and 1868 trade grew. Castles of the 16th century and the 1860s were sold. Rome fell in 44 BC.
                """);
        assertThat(pairs(doc)).containsExactly("1701–1714=1701/1714", "November 1866 to November 1867=1866-11/1867-11",
                "1865 and 1868=1865/1868", "16th century=15", "1860s=186", "44 BC=BC0044");
    }

    @Test
    void readsEnglishDurations() {
        Document doc = narrative(Language.EN, "The truce held for three years; the siege lasted seven months and 12 days.");
        assertThat(only(doc, "three years").value()).isEqualTo("P3Y");
        assertThat(only(doc, "three years").type()).isEqualTo(TimexType.DURATION);
        assertThat(only(doc, "seven months").value()).isEqualTo("P7M");
        assertThat(only(doc, "12 days").value()).isEqualTo("P12D");
    }

    @Test
    void doesNotReadEverydayWordsAsDates() {
        Document doc = narrative(Language.EN,
                "May I ask why 1500 soldiers watched the fall of the city from a spring on the hill? They march at dawn.");
        assertThat(pairs(doc)).isEmpty();
    }

    @Test
    void readsFrenchDatesCenturiesAndIntervals() {
        Document doc = narrative(Language.FR, """
                Le traité fut signé le 5 mai 1862. Le 1er juin suivant, la garnison partit. Il mourut trois ans plus tard. \
                Au XVIe siècle la ville était petite. De 1858 à 1872 elle grandit. Les années 60 furent calmes.
                """);
        assertThat(pairs(doc)).containsExactly("le 5 mai 1862=1862-05-05", "Le 1er juin suivant=1862-06-01",
                "trois ans plus tard=1865", "XVIe siècle=15", "1858 à 1872=1858/1872", "Les années 60=196");
    }

    @Test
    void readsTwoDaysJoinedByAndAsTheSpanOfBoth() {
        assertThat(pairs(narrative(Language.DE, "Die Schlacht am 1. und 2. September 1870 war kurz.")))
                .containsExactly("1. und 2. September 1870=1870-09-01/1870-09-02");
        assertThat(pairs(narrative(Language.FR, "La bataille se livra les 18 et 19 juillet 1866.")))
                .containsExactly("les 18 et 19 juillet 1866=1866-07-18/1866-07-19");
        assertThat(pairs(narrative(Language.IT, "La battaglia, combattuta il 1º e il 2 settembre 1870, fu breve.")))
                .containsExactly("il 1º e il 2 settembre 1870=1870-09-01/1870-09-02");
        assertThat(pairs(narrative(Language.ES, "La batalla se libró el 5 y 6 de mayo de 1862.")))
                .containsExactly("el 5 y 6 de mayo de 1862=1862-05-05/1862-05-06");
    }

    @Test
    void readsItalianDatesCenturiesAndIntervals() {
        Document doc = narrative(Language.IT, """
                Il 5 maggio 1862 i francesi attaccarono. Il giorno dopo arrivarono i rinforzi. \
                Nel XVI secolo la città era piccola. Tra il 1865 e il 1868 la guerra continuò.
                """);
        assertThat(pairs(doc)).containsExactly("Il 5 maggio 1862=1862-05-05", "Il giorno dopo=1862-05-06", "XVI secolo=15",
                "1865 e il 1868=1865/1868");
    }

    @Test
    void readsSpanishDatesCenturiesAndIntervals() {
        Document doc = narrative(Language.ES, """
                El 5 de mayo de 1862 los franceses atacaron. En el siglo XVI la ciudad era pequeña. \
                Entre 1865 y 1868 la guerra siguió. A principios de 1869 llegó la paz.
                """);
        assertThat(pairs(doc)).containsExactly("El 5 de mayo de 1862=1862-05-05", "el siglo XVI=15", "1865 y 1868=1865/1868",
                "A principios de 1869=1869");
        assertThat(only(doc, "A principios de 1869").mod()).contains("START");
    }

    @Test
    void readsGermanDatesCenturiesAndIntervals() {
        Document doc = narrative(Language.DE, """
                Am 5. Mai 1862 griffen die Franzosen an. Im 16. Jahrhundert war die Stadt klein. \
                Zwischen 1865 und 1868 ging der Krieg weiter. Am 9. Juni kam Verstärkung.
                """);
        assertThat(pairs(doc)).containsExactly("5. Mai 1862=1862-05-05", "16. Jahrhundert=15", "1865 und 1868=1865/1868",
                "9. Juni=1862-06-09");
    }

    @Test
    void readsPortugueseDatesCenturiesAndIntervals() {
        Document doc = narrative(Language.PT, """
                Em 5 de maio de 1862 os franceses atacaram. No dia seguinte chegaram reforços. \
                No século XVI a cidade era pequena. Entre 1865 e 1868 a guerra continuou.
                """);
        assertThat(pairs(doc)).containsExactly("5 de maio de 1862=1862-05-05", "No dia seguinte=1862-05-06", "século XVI=15",
                "1865 e 1868=1865/1868");
    }
}
