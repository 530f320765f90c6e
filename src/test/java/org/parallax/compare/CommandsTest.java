package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.compare.ComparedPassages.contradictions;
import static org.parallax.compare.ComparedPassages.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Finding;

/**
 * Who commanded which body, told in sentences with no date: editions that put different persons at the head of
 * one body contradict; the same person named differently, different bodies, or an edition that names both
 * persons for that body do not. Passages written for this test (an invented battle, mostly invented commanders).
 */
class CommandsTest {
    private static List<Finding> commands(org.parallax.model.Document... docs) {
        return contradictions("actor", docs).stream().filter(f -> f.subject().startsWith("command of")).toList();
    }

    private static final org.parallax.model.Document FR = doc("korvel-fr.txt", """
            = Bataille de Korvel =

            La bataille de Korvel opposa en 1744 l'armée de Brandmark à celle de Velsau. L'armée de Brandmark, forte de 30 000 hommes, se déploya devant la rivière. La cavalerie de l'aile gauche, commandée par le comte Anselm Rudeck, chargea la première. La garnison de Korvel était aux ordres du colonel Pavel Strenik, qui tint la place jusqu'au soir.
            """);

    @Test
    void aCommandAfterASemicolonIsNotOfTheSentencesOpeningBody() {
        var en = doc("korvel-en.txt", """
                = Battle of Korvel =

                The Battle of Korvel was fought in 1744. A French army of some 30,000 men under Marshal Otmar Kessel defeated the allied army of Velsau.
                """);
        var it = doc("korvel-it.txt", """
                = Battaglia di Korvel =

                La battaglia di Korvel fu combattuta nel 1744. L'esercito francese, forte di circa 30.000 uomini, sconfisse l'armata alleata di Velsau, composta da svedesi e olandesi; questi ultimi, comandati dal principe Lothar Wendt, si logorarono in vani assalti.
                """);
        assertThat(commands(en, it)).isEmpty();
    }

    @Test
    void aCountOfANationsMenOfAPersonIsThatNationsArmyUnderHim() {
        var es = doc("korvel-es.txt", """
                = Batalla de Korvel =

                En la batalla de Korvel, librada en 1744, combatieron unos 30.000 españoles del general Anselm Rudeck y algo más de 20.000 británicos del general Otmar Kessel contra el ejército de Velsau.
                """);
        var pt = doc("korvel-pt.txt", """
                = Batalha de Korvel =

                Na batalha de Korvel, travada em 1744, cerca de 30 000 espanhóis sob as ordens do general Pavel Strenik enfrentaram o exército de Velsau.
                """);
        List<Finding> found = commands(es, pt);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).extracting(c -> c.value()).containsExactlyInAnyOrder("Anselm Rudeck", "Pavel Strenik");
    }

    @Test
    void aCountSetOffAfterABodyIsThatBodyAndABrigadierIsATitle() {
        var it = doc("korvel-it.txt", """
                = Battaglia di Korvel =

                L'esercito del generale Otmar Kessel, dopo aver passato il fiume, vi sconfisse le truppe realiste, circa 2.400 uomini guidati dal governatore Pavel Strenik.
                """);
        var en = doc("korvel-en.txt", """
                = Battle of Korvel =

                After a long march across the hills, the army of Velsau engaged some 2,400 royalists commanded by Brigadier Anselm Rudeck.
                """);
        var es = doc("korvel-es.txt", """
                = Batalla de Korvel =

                El ejército de Velsau derrotó a las fuerzas realistas del brigadier Anselm Rudeck junto al río.
                """);
        for (var other : List.of(en, es)) {
            List<Finding> found = commands(other, it);
            assertThat(found).as(other.id()).hasSize(1);
            assertThat(found.get(0).claims()).extracting(c -> c.value()).containsExactlyInAnyOrder("Anselm Rudeck", "Pavel Strenik");
        }
    }

    @Test
    void aPersonNamedInAClauseOfWhatHeDidMeanwhileIsNotNamedForTheCommand() {
        var en = doc("korvel-en.txt", """
                = Battle of Korvel =

                The Battle of Korvel was fought in 1744. Command then passed to Pavel Strenik, the veteran officer who led the second line, and the army fought on while Anselm Rudeck pressed the attack against the hill.
                """);
        var fr = doc("korvel-fr.txt", """
                = Bataille de Korvel =

                La bataille de Korvel eut lieu en 1744. À la mort du roi, le commandement passa à Anselm Rudeck, tandis que Pavel Strenik tenait le centre avec la seconde ligne.
                """);
        List<Finding> found = commands(en, fr);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).extracting(c -> c.value()).containsExactlyInAnyOrder("Anselm Rudeck", "Pavel Strenik");
    }

    @Test
    void editionsPuttingDifferentPersonsAtTheHeadOfOneBodyContradict() {
        var it = doc("korvel-it.txt", """
                = Battaglia di Korvel =

                La battaglia di Korvel fu combattuta nel 1744 tra l'esercito di Brandmark e quello di Velsau. La cavalleria dell'ala sinistra, guidata dal conte Emmerich Faltz, caricò per prima. La guarnigione di Korvel, agli ordini del colonnello Strenik, resistette fino a sera.
                """);
        List<Finding> found = commands(FR, it);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).extracting(c -> c.value()).containsExactlyInAnyOrder("Anselm Rudeck", "Emmerich Faltz");
    }

    @Test
    void theSamePersonNamedShorterOrADifferentBodyIsNoContradiction() {
        var en = doc("korvel-en.txt", """
                = Battle of Korvel =

                The Battle of Korvel was fought in 1744 between the armies of Brandmark and Velsau. The cavalry of the left wing, led by Rudeck, charged first, while the cavalry of the right wing was commanded by Baron Otmar Klee. Colonel Pavel Strenik held the garrison of Korvel until nightfall.
                """);
        assertThat(commands(FR, en)).isEmpty();
    }

    @Test
    void anEditionNamingBothPersonsForTheBodyIsNoContradiction() {
        var de = doc("korvel-de.txt", """
                = Schlacht bei Korvel =

                Die Schlacht bei Korvel wurde 1744 zwischen den Heeren von Brandmark und Velsau geschlagen. Die Kavallerie des linken Flügels unter Graf Emmerich Faltz, dessen Stellvertreter Anselm Rudeck war, griff als erste an.
                """);
        assertThat(commands(FR, de)).isEmpty();
    }

    @Test
    void whoTookOverTheCommandIsComparedToo() {
        var es = doc("korvel-es.txt", """
                = Batalla de Korvel =

                La batalla de Korvel enfrentó en 1744 a los ejércitos de Brandmark y Velsau. El rey de Brandmark cayó en la primera carga, y le sucedió en el mando el mariscal Ulrich Hame, que ordenó la retirada.
                """);
        var pt = doc("korvel-pt.txt", """
                = Batalha de Korvel =

                A batalha de Korvel opôs em 1744 os exércitos de Brandmark e de Velsau. O rei de Brandmark morreu na primeira carga; o marechal Jost Wiering assumiu o comando e ordenou a retirada.
                """);
        List<Finding> found = commands(es, pt);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).extracting(c -> c.value()).containsExactlyInAnyOrder("Ulrich Hame", "Jost Wiering");
    }

    private static org.parallax.model.ActorMention person(String text) {
        return new org.parallax.model.ActorMention(new org.parallax.model.Span(0, text.length()), text, "id:" + text, text,
                org.parallax.model.ActorKind.PERSON, java.util.Optional.empty());
    }

    @Test
    void namesOfOnePersonAcrossLanguagesMeetAndNamesOfTwoDoNot() {
        assertThat(Commands.samePerson(person("Rudeck"), person("Anselm Rudeck"))).isTrue();
        assertThat(Commands.samePerson(person("Johann III"), person("Giovanni III Sobieski"))).isTrue();
        assertThat(Commands.samePerson(person("Charles Quint"), person("Carlo V d'Asburgo"))).isTrue();
        assertThat(Commands.samePerson(person("Lord Howard"), person("Charles Howard"))).isTrue();
        assertThat(Commands.samePerson(person("Sir Francis Drake"), person("Francis Drake"))).isTrue();
        assertThat(Commands.samePerson(person("Tōgō Heihachirō"), person("Heihachirō Tōgō"))).isTrue();
        assertThat(Commands.samePerson(person("des Admirals Persano"), person("Carlo di Persano"))).isTrue();
        assertThat(Commands.samePerson(person("Pietro Doria"), person("Luciano Doria"))).isFalse();
        assertThat(Commands.samePerson(person("François-Joseph"), person("Ferenc Gyulai"))).isFalse();
        assertThat(Commands.samePerson(person("Emmerich Faltz"), person("Anselm Rudeck"))).isFalse();
    }

    @Test
    void aPassiveWithWordsBeforeItsAgentAndARelativeClauseAreRead() {
        var en = doc("korvel2-en.txt", """
                = Battle of Korvel =

                Brandmark faced a Velsau army of between 20,000 and 24,000 men led in the field by Field Marshal Oskar Tenner.
                """);
        var es = doc("korvel2-es.txt", """
                = Batalla de Korvel =

                Brandmark se enfrentó a los 22.000 soldados de Velsau, que mandaba en persona el rey Dietrich Valm.
                """);
        List<Finding> found = commands(en, es);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).extracting(c -> c.value()).containsExactlyInAnyOrder("Oskar Tenner", "Dietrich Valm");
    }

    @Test
    void aCorpsUnderOnePersonIsNotTheArmyTheSentenceOpensWith() {
        var de = doc("korvel-de.txt", """
                = Schlacht bei Korvel =

                Ein brandmarkisches Heer von 30.000 Mann unter Herzog Otmar Klee, das von einem österreichischen Korps unter Graf Emmerich Faltz verstärkt wurde, erreichte 1744 die Ebene von Korvel.
                """);
        var fr = doc("korvel-fr.txt", """
                = Bataille de Korvel =

                En 1744, une armée de 30 000 hommes commandée par le duc Klee, renforcée d'un corps autrichien aux ordres du comte Faltz, atteignit la plaine de Korvel.
                """);
        var en = doc("korvel-en.txt", """
                = Battle of Korvel =

                In 1744 an army of 30,000 men under Duke Otmar Klee, joined by an Austrian corps led by Count Anselm Rudeck, reached the plain of Korvel.
                """);
        assertThat(commands(de, fr)).isEmpty();
        List<Finding> found = commands(fr, en);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).extracting(c -> c.value()).containsExactlyInAnyOrder("Faltz", "Anselm Rudeck");
    }

    @Test
    void aParticipleInAnyGenderAndAnAgentWordJoinedToItsArticleAreRead() {
        var pt = doc("korvel-pt.txt", """
                = Batalha de Korvel =

                Os cavaleiros da ala esquerda, comandados pelo conde Anselm Rudeck, carregaram primeiro.
                """);
        var it = doc("korvel-it.txt", """
                = Battaglia di Korvel =

                I cavalieri dell'ala sinistra, comandati dal conte Emmerich Faltz, caricarono per primi.
                """);
        List<Finding> found = commands(pt, it);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).extracting(c -> c.value()).containsExactlyInAnyOrder("Anselm Rudeck", "Emmerich Faltz");
    }

    @Test
    void statementsThatEachNameTheCommanderOfAnotherBodyAreNoContradictionOfWhoDidIt() {
        var en = doc("korvel-en.txt", """
                = Battle of Korvel =

                With the right wing under Count Anselm Rudeck holding firm, the last battalions of Velsau were overwhelmed at the Korvel mill that evening.
                """);
        var es = doc("korvel-es.txt", """
                = Batalla de Korvel =

                Los restos del ejército de Velsau, encabezados por el coronel Pavel Strenik, se hicieron fuertes en el molino de Korvel, donde al caer la tarde fueron aniquilados.
                """);
        assertThat(contradictions("actor", en, es)).isEmpty();
    }

    @Test
    void aWingsCommanderAfterItsSideAndNationIsComparedAndNoSovereignIsHim() {
        var fr = doc("korvel-fr.txt", """
                = Bataille de Korvel =

                La bataille de Korvel eut lieu en 1744. Les Saxons se débandèrent dès le matin, mais l'aile gauche suédoise de Gustaf Horn tint bon jusqu'au soir.
                """);
        var it = doc("korvel-it.txt", """
                = Battaglia di Korvel =

                La battaglia di Korvel fu combattuta nel 1744. Mentre i Sassoni dell'elettore Giovanni Giorgio I fuggivano, l'ala sinistra svedese, agli ordini di Johan Banér, resse l'urto fino a sera.
                """);
        assertThat(commands(fr, it)).singleElement().satisfies(f -> assertThat(f.claims()).extracting(c -> c.value())
                .containsExactlyInAnyOrder("Gustaf Horn", "Johan Banér"));
    }

    @Test
    void whoTookOverTheCommandIsComparedWhenTheCommandsWordsHoldOtherWords() {
        var en = doc("velsau-en.txt", """
                = Battle of Velsau =

                The Battle of Velsau was fought on 3 May 1746. Marshal Otmar Kessel was killed in the afternoon, and command passed to General Aldo Bruni, who led the army back across the river.
                """);
        var it = doc("velsau-it.txt", """
                = Battaglia di Velsau =

                La battaglia di Velsau fu combattuta il 3 maggio 1746. Il maresciallo Otmar Kessel cadde nel pomeriggio e il comando dell'armata passò al generale Guido Tessari, che la ricondusse oltre il fiume.
                """);
        var de = doc("velsau-de.txt", """
                = Schlacht bei Velsau =

                Die Schlacht bei Velsau wurde am 3. Mai 1746 geschlagen. Nach dem Tod des Marschalls Otmar Kessel übertrug der König den Oberbefehl vorübergehend an General Guido Tessari.
                """);
        List<Finding> found = commands(en, it, de);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).extracting(c -> c.value()).contains("Aldo Bruni", "Guido Tessari");
    }

    @Test
    void aDivisionIsABodyWithACommander() {
        var en = doc("arenas-en.txt", """
                = Battle of Arenas =

                The Battle of Arenas was fought on 3 February 1852. The Brazilian division, under General Anselm Rudeck, held the allied left.
                """);
        var es = doc("arenas-es.txt", """
                = Batalla de Arenas =

                La batalla de Arenas se libró el 3 de febrero de 1852. La división brasileña, al mando del general Pavel Strenik, sostuvo el ala izquierda aliada.
                """);
        List<Finding> found = commands(en, es);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).extracting(c -> c.value()).containsExactlyInAnyOrder("Anselm Rudeck", "Pavel Strenik");
    }
}
