package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.compare.ComparedPassages.doc;
import static org.parallax.compare.ComparedPassages.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.Finding;

/**
 * Spans of years written in running text ("von 1701 bis 1714", "dal 1702 al 1714", "de 1697 à 1718") are compared
 * when they belong to the same thing: one kind of holder (a war, a tenure) with the same name or, unnamed, the
 * only one of its kind in each edition. Passages written for this test.
 */
class PeriodSpansTest {
    private static final Document DE = doc("brenna-de.txt", """
            = Belagerung von Brenna =

            Die Belagerung von Brenna im Sommer 1706 war eine Episode des Spanischen Erbfolgekrieges von 1701 bis 1714. Die Stadt wurde von Graf Anton Weyl verteidigt, der von 1697 bis 1718 Statthalter der Provinz war.
            """);

    @Test
    void findsTheWarAndTheTenureGivenDifferentYearsInRunningText() {
        Document it = doc("brenna-it.txt", """
                = Assedio di Brenna =

                L'assedio di Brenna, nell'estate del 1706, fu un episodio della guerra di successione spagnola, combattuta dal 1702 al 1714. La città era difesa dal conte Anton Weyl, governatore della provincia dal 1699 al 1718.
                """);
        assertThat(findings(Finding.Kind.CONTRADICTION, "period", DE, it)).extracting(f -> f.claims().stream()
                .map(c -> c.value()).sorted().toList()).containsExactlyInAnyOrder(
                        List.of("1701/1714", "1702/1714"), List.of("1697/1718", "1699/1718"));
    }

    @Test
    void agreesOnTheSameSpansAndLeavesLifetimesAndOtherWarsAlone() {
        Document fr = doc("brenna-fr.txt", """
                = Siège de Brenna =

                Le siège de Brenna, à l'été 1706, appartient à la guerre de Succession d'Espagne, qui dura de 1701 à 1714. La ville était défendue par le comte Anton Weyl (1650-1722), gouverneur de la province de 1697 à 1718.
                """);
        Document en = doc("brenna-en.txt", """
                = Siege of Brenna =

                The siege of Brenna in the summer of 1706 came long after the Nine Years' War, fought from 1688 to 1697. The town was held by Count Anton Weyl.
                """);
        assertThat(findings(Finding.Kind.CONTRADICTION, "period", DE, fr, en)).isEmpty();
        // The tenure agrees (one person); the war's names, "Succession d'Espagne" and "Spanischer Erbfolgekrieg",
        // meet by the words that say one thing in both languages (align/period-names.txt).
        assertThat(findings(Finding.Kind.AGREEMENT, "period", DE, fr)).extracting(f -> f.claims().get(0).value())
                .containsExactlyInAnyOrder("1697/1718", "1701/1714");
    }

    @Test
    void aDirectorsTenureAnInterventionAndARevoltToldInARelativeClauseAreCompared() {
        Document en = doc("korvel-en.txt", """
                = Korvel uprising =

                The Korvel Uprising (1620–1621) was a revolt of the towns of Valdoria. It marked the high point of the Tessa intervention, which lasted from 1619 to 1624. Anton Weyl, Supreme Director of Valdoria from 1618 to 1626, crushed it.
                """);
        Document pt = doc("korvel-pt.txt", """
                = Revolta de Korvel =

                A Revolta de Korvel foi uma insurreição das cidades da Valdória contra o rei Aldric que se prolongou de 1620 a 1622. Foi o auge da intervenção de Tessa (1618-1624). Anton Weyl, Diretor Supremo da Valdória de 1618 a 1623, esmagou-a.
                """);
        assertThat(findings(Finding.Kind.CONTRADICTION, "period", en, pt)).extracting(f -> f.claims().stream()
                .map(c -> c.value()).sorted().toList()).containsExactlyInAnyOrder(
                        List.of("1620/1621", "1620/1622"), List.of("1618/1624", "1619/1624"), List.of("1618/1623", "1618/1626"));
    }

    @Test
    void aWarNamedInEachLanguagesOwnWordsIsOneWar() {
        Document en = doc("tessel-en.txt", """
                = Battle of Tessel =

                The Battle of Tessel was fought on 3 May 1745 near Tournai, during the War of the Austrian Succession (1740–1748).
                """);
        Document de = doc("tessel-de.txt", """
                = Schlacht bei Tessel =

                Die Schlacht bei Tessel fand am 3. Mai 1745 bei Tournai statt und war eine der blutigsten des Österreichischen Erbfolgekriegs (1741–1748).
                """);
        List<Finding> found = findings(Finding.Kind.CONTRADICTION, "period", en, de);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).extracting(c -> c.value()).containsExactlyInAnyOrder("1740/1748", "1741/1748");
    }

    @Test
    void aDukesRuleIsAReign() {
        Document fr = doc("tessel-fr.txt", """
                = Bataille de Tessel =

                La bataille de Tessel eut lieu le 3 mai 1515. Les Suisses y défendaient Anselme Tessari, qui fut duc de Milan de 1512 à 1515 sous leur protection.
                """);
        Document de = doc("tessel-de.txt", """
                = Schlacht bei Tessel =

                Die Schlacht bei Tessel fand am 3. Mai 1515 statt. Anselm Tessari, der von 1513 bis 1515 als Herzog über Mailand herrschte, war ganz auf die Schweizer angewiesen.
                """);
        List<Finding> found = findings(Finding.Kind.CONTRADICTION, "period", fr, de);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).extracting(c -> c.value()).containsExactlyInAnyOrder("1512/1515", "1513/1515");
    }

    @Test
    void aSpanToldOfAPeriodsOneWordNameIsThatPeriod() {
        Document es = doc("tessel-es.txt", """
                = Batalla de Tessel =

                La batalla de Tessel se libró el 12 de febrero de 1717. La victoria puso fin al período conocido como la Restauranza (1714-1717) y abrió el camino a la independencia.
                """);
        Document pt = doc("tessel-pt.txt", """
                = Batalha de Tessel =

                A Batalha de Tessel travou-se a 12 de fevereiro de 1717. A vitória pôs termo à chamada Restauranza, o período de domínio estrangeiro que se estendera de 1715 a 1717.
                """);
        List<Finding> found = findings(Finding.Kind.CONTRADICTION, "period", es, pt);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).extracting(c -> c.value()).containsExactlyInAnyOrder("1714/1717", "1715/1717");
    }

    @Test
    void aTenureInOfficeIsComparedByItsHolder() {
        Document en = doc("tessel-en.txt", """
                = Battle of Tessel =

                The Battle of Tessel was fought on 3 July 1866. The campaign was planned by the chief of staff Anselm Tessari, who held that post from 1859 to 1888.
                """);
        Document it = doc("tessel-it.txt", """
                = Battaglia di Tessel =

                La battaglia di Tessel fu combattuta il 3 luglio 1866. L'esercito era guidato sul campo dal capo di stato maggiore Anselm Tessari (in carica dal 1857 al 1888).
                """);
        List<Finding> found = findings(Finding.Kind.CONTRADICTION, "period", en, it);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).extracting(c -> c.value()).containsExactlyInAnyOrder("1859/1888", "1857/1888");
    }
}
