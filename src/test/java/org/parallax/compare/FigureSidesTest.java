package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.compare.ComparedPassages.contradictions;
import static org.parallax.compare.ComparedPassages.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.Finding;

/** Counts of one kind for two sides in one sentence are compared side by side, and losses are not strengths. */
class FigureSidesTest {
    private static final Document EN = doc("kessel-en.txt", """
            = Battle of Kessel Bay =

            The Battle of Kessel Bay was a naval battle fought on 3 May 1702 between Sweden and Poland.

            ==Battle==

            The Swedish squadron of 27 ships under Admiral Erik Lund attacked the 33 ships of the Polish fleet in two lines. The Poles lost 1,200 men, while Swedish losses were about 400.
            """);

    @Test
    void comparesTheCountOfOneSideWithTheSameSidesCountInASentenceThatGivesBoth() {
        Document pt = doc("kessel-pt.txt", """
                = Batalha da baía de Kessel =

                A Batalha da baía de Kessel foi uma batalha naval travada em 3 de maio de 1702 entre a Suécia e a Polónia.

                == A batalha ==

                A esquadra sueca, com 32 navios sob o comando do almirante Erik Lund, atacou em duas linhas a frota polaca.
                """);
        assertThat(contradictions("figure", EN, pt)).anySatisfy(f -> assertThat(f.claims())
                .extracting(c -> c.value()).containsExactlyInAnyOrder("27 vessels", "32 vessels"));
    }

    @Test
    void doesNotSetOneSidesStrengthAgainstTheOtherSidesOrAgainstLosses() {
        Document it = doc("kessel-it.txt", """
                = Battaglia della baia di Kessel =

                La battaglia della baia di Kessel fu combattuta il 3 maggio 1702 tra la Svezia e la Polonia.

                == La battaglia ==

                I 27 vascelli svedesi dell'ammiraglio Erik Lund attaccarono in due linee i 33 vascelli polacchi. I polacchi persero 1.200 uomini, mentre le perdite svedesi furono di circa 400 uomini.
                """);
        Document de = doc("kessel-de.txt", """
                = Seeschlacht in der Kessel-Bucht =

                Die Seeschlacht in der Kessel-Bucht fand am 3. Mai 1702 zwischen Schweden und Polen statt.

                == Verlauf ==

                Das schwedische Geschwader unter Admiral Erik Lund griff mit 27 Schiffen die polnische Flotte an, die 33 Schiffe zählte. Die Polen verloren 1.200 Mann.
                """);
        assertThat(contradictions("figure", EN, it, de)).isEmpty();
    }

    @Test
    void readsADeathTollInAnyWordingAsACountOfTheDead() {
        FigureSense sense = FigureSense.bundled();
        Document es = doc("x-es.txt", """
                = Terremoto =

                El terremoto del 2 de marzo de 1702 causó la muerte de unas 30.000 personas en la ciudad, que tenía unos 200.000 habitantes.
                """);
        var events = new org.parallax.event.EventExtractor().extract(es);
        var e = events.stream().filter(x -> !x.figures().isEmpty()).findFirst().orElseThrow();
        assertThat(e.figures()).extracting(f -> sense.read(e, f).unit()).containsExactly("killed", "inhabitants");
    }

    @Test
    void doesNotReadAPersonsSurnameAsATownWhereAnotherEditionNamesThePerson() {
        Document en = doc("kessel2-en.txt", """
                = Battle of Kessel Bay =

                The Battle of Kessel Bay was fought on 3 May 1702 off Gdańsk. The Polish fleet was destroyed by Admiral Horatio Nelson at Gdańsk on 3 May 1702.
                """);
        Document fr = doc("kessel2-fr.txt", """
                = Bataille de la baie de Kessel =

                La bataille de la baie de Kessel eut lieu le 3 mai 1702 au large de Gdańsk. La flotte polonaise fut détruite par Nelson le 3 mai 1702.
                """);
        var findings = new EditionComparator().compare(List.of(en, fr)).findings();
        assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(Finding.Kind.CONTRADICTION));
        assertThat(findings).flatExtracting(Finding::claims).noneSatisfy(c -> assertThat(c.value()).isEqualTo("Nelson"));
    }

    @Test
    void countsUnderDifferentCommandersAreOfDifferentBodies() {
        // Written for this test: an invented field battle; neither edition says which side each commander led.
        Document en = doc("orsen-en.txt", """
                = Battle of Orsen =

                The Battle of Orsen was fought on 9 June 1702. An army of 2,400 men under Tomas Arvid routed the garrison.
                """);
        Document pt = doc("orsen-pt.txt", """
                = Batalha de Orsen =

                A Batalha de Orsen travou-se em 9 de junho de 1702. Um exército de 3.000 homens sob o comando do general Piet van der Hulst foi derrotado em Orsen.
                """);
        Document es = doc("orsen-es.txt", """
                = Batalla de Orsen =

                La batalla de Orsen se libró el 9 de junio de 1702. Un ejército de 4.000 hombres al mando de Tomas Arvid derrotó a la guarnición.
                """);
        assertThat(contradictions("figure", en, pt)).isEmpty();
        assertThat(contradictions("figure", en, es)).anySatisfy(f -> assertThat(f.claims())
                .extracting(c -> c.value()).containsExactlyInAnyOrder("2400 troops", "4000 troops"));
    }

    @Test
    void aCountBroughtUpByOneCommanderIsNotTheArmyOfAnother() {
        Document es = doc("tessa-es.txt", """
                = Batalla de Tessa =

                La batalla de Tessa se libró el 10 de agosto de 1557. El condestable Bertil Vane se acercó con unos 22.000 soldados e intentó socorrer la plaza.
                """);
        Document it = doc("tessa-it.txt", """
                = Battaglia di Tessa =

                La battaglia di Tessa fu combattuta il 10 agosto 1557. L'esercito di re Aldric, forte di circa 30.000 uomini e guidato dal duca Erik Lund, sbaragliò l'armata di soccorso.
                """);
        assertThat(contradictions("figure", es, it)).isEmpty();
    }

    @Test
    void theWordForBesidesIsNoGermanSide() {
        Document es = doc("arenas-es.txt", """
                = Batalla de Arenas =

                La batalla de Arenas se libró el 22 de julio de 1812. Los franceses perdieron unos 6.000 hombres entre muertos y heridos, además de unos 3.000 prisioneros.
                """);
        Document pt = doc("arenas-pt.txt", """
                = Batalha de Arenas =

                A batalha de Arenas travou-se a 22 de julho de 1812. Os franceses perderam cerca de 6000 mortos e feridos, além de 5000 prisioneiros.
                """);
        assertThat(contradictions("figure", es, pt)).anySatisfy(f -> assertThat(f.claims())
                .extracting(c -> c.value()).containsExactlyInAnyOrder("~3000 prisoners", "5000 prisoners"));
    }

    @Test
    void theDeadAndTheWoundedCountedTogetherAreNoTollOfTheDead() {
        Document en = doc("arenas-en.txt", """
                = Battle of Arenas =

                The Battle of Arenas was fought on 22 July 1812. The French army lost 9,000 killed and wounded.
                """);
        Document de = doc("arenas-de.txt", """
                = Schlacht bei Arenas =

                Die Schlacht bei Arenas fand am 22. Juli 1812 statt. Das französische Heer verlor 3.000 Tote.
                """);
        assertThat(contradictions("figure", en, de)).isEmpty();
    }

    @Test
    void aNounOfLossCountsMenLostAndTheWoundedInTheListMakeThemLosses() {
        Document en = doc("arenas-en.txt", """
                = Battle of Arenas =

                The Battle of Arenas was fought on 22 July 1702 between Sweden and Russia.

                == Aftermath ==

                Swedish losses are estimated at between 28,000 and 35,000, Russian losses at some 44,000.
                """);
        Document it = doc("arenas-it.txt", """
                = Battaglia di Arenas =

                La battaglia di Arenas fu combattuta il 22 luglio 1702 tra la Svezia e la Russia. Al termine della giornata gli svedesi avevano perduto circa 30.000 uomini, i russi circa 58.000 fra morti, feriti e dispersi.
                """);
        Document fr = doc("arenas-fr.txt", """
                = Bataille d'Arenas =

                La bataille d'Arenas fut livrée le 22 juillet 1702 entre la Suède et la Russie. Les pertes russes — tués, blessés et disparus — s'élevèrent à environ 44 000 hommes.
                """);
        assertThat(contradictions("figure", en, it)).anySatisfy(f -> assertThat(f.claims())
                .extracting(c -> c.value()).containsExactlyInAnyOrder("~44000 casualties", "~58000 casualties"));
        assertThat(contradictions("figure", fr, it)).anySatisfy(f -> assertThat(f.claims())
                .extracting(c -> c.value()).containsExactlyInAnyOrder("~44000 casualties", "~58000 casualties"));
        assertThat(contradictions("figure", en, fr)).isEmpty();
    }
}
