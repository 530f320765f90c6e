package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.compare.ComparedPassages.doc;
import static org.parallax.compare.ComparedPassages.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.Finding;

/**
 * Who did it, when a sentence names several persons: the agent of a passive ("signée par le général X", "firmata
 * dal generale Y") or the person next to the event's word. Editions that say different persons signed contradict;
 * a sentence naming both persons, or the same person, does not. Passages written for this test (an invented siege).
 */
class AgentsTest {
    private static final Document FR = doc("varen-fr.txt", """
            = Siège de Varenbourg =

            Le siège de Varenbourg dura tout l'été 1741. La capitulation fut signée le 4 septembre 1741 par le général Anselme Dorval au château de Montclair, en présence du prince Léopold Harrach et du maréchal Étienne Brissac.
            """);

    @Test
    void editionsNamingDifferentSignersContradict() {
        Document it = doc("varen-it.txt", """
                = Assedio di Varenburgo =

                L'assedio di Varenburgo durò per tutta l'estate del 1741. La capitolazione, firmata il 4 settembre 1741 nel castello di Montclair dal generale Luc Sorbier, alla presenza del principe Leopold Harrach, consegnò la piazza agli assedianti.
                """);
        List<Finding> found = findings(Finding.Kind.CONTRADICTION, "actor", FR, it);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).extracting(c -> c.value()).containsExactlyInAnyOrder("Anselme Dorval", "Luc Sorbier");
    }

    @Test
    void theSameSignerOrASentenceNamingBothIsNoContradiction() {
        Document de = doc("varen-de.txt", """
                = Belagerung von Varenburg =

                Die Belagerung von Varenburg dauerte den ganzen Sommer 1741. Am 4. September 1741 traf Prinz Leopold Harrach in Montclair ein, und danach unterzeichnete General Anselme Dorval die Kapitulation.
                """);
        Document en = doc("varen-en.txt", """
                = Siege of Varenburg =

                The siege of Varenburg lasted through the summer of 1741. On 4 September 1741 General Luc Sorbier, not Anselme Dorval as some accounts say, put his name to the capitulation at Montclair.
                """);
        assertThat(findings(Finding.Kind.CONTRADICTION, "actor", FR, de)).isEmpty();
        assertThat(findings(Finding.Kind.CONTRADICTION, "actor", FR, en)).isEmpty();
    }

    @Test
    void aGivenNameLikeTheOtherSurnameIsNotTheSamePerson() {
        // "María" and "Marc" share a skeleton, but only a surname makes two names one person's.
        Document es = doc("varen-es.txt", """
                = Sitio de Varenburgo =

                El sitio de Varenburgo duró todo el verano de 1741. La capitulación, que firmó el síndico Tomás María Ruiz, se pactó con Harrach el 4 de septiembre de 1741 en Montclair.
                """);
        Document fr = doc("varen-fr2.txt", """
                = Siège de Varenbourg =

                Le siège de Varenbourg dura tout l'été 1741. La capitulation fut signée le 4 septembre 1741 à Montclair par le général Saint-Marc, à qui le gouverneur avait remis le commandement.
                """);
        List<Finding> found = findings(Finding.Kind.CONTRADICTION, "actor", es, fr);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).extracting(c -> c.value()).containsExactlyInAnyOrder("Tomás María Ruiz", "Saint-Marc");
    }

    @Test
    void aPersonOfAnotherClauseDidSomethingElse() {
        Document de = doc("varen-de2.txt", """
                = Belagerung von Varenburg =

                Infolge der Niederlage trat Ministerpräsident Varga zurück, und im Frieden von Varenburg vom 4. September 1741 erkannte das Reich die Unabhängigkeit Montclairs an.
                """);
        org.parallax.model.Event peace = new org.parallax.event.EventExtractor().extract(de).stream()
                .filter(e -> e.type() == org.parallax.model.EventType.TREATY).findFirst().orElseThrow();
        org.parallax.model.ActorMention varga = peace.actors().stream().filter(a -> a.text().contains("Varga")).findFirst().orElseThrow();
        assertThat(Agents.inClause(peace, varga)).isFalse();
        assertThat(Agents.of(peace)).isEmpty();
    }

    @Test
    void namesSpelledAfterTheirLanguageShareOneSkeleton() {
        assertThat(org.parallax.model.Folding.skeleton("Menschikow")).isEqualTo(org.parallax.model.Folding.skeleton("Menšikov"))
                .isEqualTo(org.parallax.model.Folding.skeleton("Menshikov"));
        assertThat(org.parallax.model.Folding.skeleton("Kassel")).isEqualTo(org.parallax.model.Folding.skeleton("Cassel"));
    }

    @Test
    void aShortSurnameIsNamedOnlyByAWordOfItsWholeSkeleton() {
        org.parallax.model.ActorMention ney = new org.parallax.model.ActorMention(new org.parallax.model.Span(0, 10), "Michel Ney", "p1",
                "Michel Ney", org.parallax.model.ActorKind.PERSON, java.util.Optional.empty());
        assertThat(Agents.named("Den letzten Angriff der Garde führte am Abend Marschall Soult.", ney)).isFalse();
        assertThat(Agents.named("Den letzten Angriff der Garde führte am Abend Marschall Ney.", ney)).isTrue();
    }

    @Test
    void aPersonTheOtherEditionsSentenceNamesTooIsNoOtherParticipant() {
        Document fr = doc("reward-fr.txt", """
                = Bataille de Tessa =

                La bataille de Tessa est livrée le 25 avril 1707 ; l'armée du maréchal de Tessac y écrase celle du comte de Galvan.

                Le vainqueur reçoit en récompense le titre de duc de Liria et de Jérica.
                """);
        Document es = doc("reward-es.txt", """
                = Batalla de Tessa =

                La batalla de Tessa se libró el 25 de abril de 1707; el ejército del duque de Tessac derrotó al del conde de Galvan.

                Como recompensa, el rey concedió al mariscal James Tessac el ducado de Liria y Jérica.
                """);
        assertThat(findings(Finding.Kind.CONTRADICTION, "actor", fr, es)).isEmpty();
    }

    @Test
    void statementsOfDifferentDaysSayNothingOfWhoDidTheOther() {
        Document en = doc("vellar-en.txt", """
                = Battle of Vellar =

                The Battle of Vellar was fought on 27–28 July 1702 near Talavera de la Reina. Although the enemy withdrew from the field, the allies were unable to exploit their success, and within a week Aldric was retreating towards Portugal.
                """);
        Document es = doc("vellar-es.txt", """
                = Batalla de Vellar =

                La batalla de Vellar se libró los días 27 y 28 de julio de 1702 cerca de Talavera de la Reina. Frente a los 46.000 soldados enemigos combatieron unos 35.000 españoles del general Ordás, cuyos ejércitos se habían reunido en Oropesa el 22 de julio.
                """);
        Document fr = doc("vellar-fr.txt", """
                = Bataille de Vellar =

                La bataille de Vellar eut lieu les 27 et 28 juillet 1702 près de Talavera de la Reina. Le 28 juillet, après un assaut manqué à l'aube, Joseph ordonna, contre l'avis du maréchal Jourdan, une attaque générale qui se brisa sur le centre allié.
                """);
        assertThat(findings(Finding.Kind.CONTRADICTION, "actor", en, es, fr)).isEmpty();
    }

    @Test
    void aBattleHasACommanderOnEachSide() {
        Document en = doc("varenne-en.txt", """
                = Battle of Varenne =

                The Battle of Varenne was fought on 20 September 1702 near the village of Varenne in north-eastern France, between the French armies of Anselm Rudeck and Pavel Strenik and a Prussian force commanded by the Duke of Orvain.
                """);
        Document fr = doc("varenne-fr.txt", """
                = Bataille de Varenne =

                La bataille de Varenne, livrée le jeudi 20 septembre 1702 sur les hauteurs qui dominent le village de Varenne, dans la Marne, oppose les armées de la France, commandées par Anselm Rudeck et Pavel Strenik, aux troupes prussiennes du duc d'Orvain.
                """);
        Document it = doc("varenne-it.txt", """
                = Battaglia di Varenne =

                La battaglia di Varenne fu combattuta il 20 settembre 1702 presso il villaggio omonimo, nel nord-est della Francia, tra l'esercito francese e le forze prussiane guidate da Carlo Guglielmo Ferdinando di Orvain.
                """);
        assertThat(findings(Finding.Kind.CONTRADICTION, "actor", en, fr, it)).isEmpty();
    }

    @Test
    void aPersonInARelativeClauseAfterTheEventsWordIsNotWhoDidIt() {
        Document it = doc("varenne-it.txt", """
                = Battaglia di Varenne =

                La battaglia di Varenne fu combattuta il 20 settembre 1702. Il duca aveva firmato a Coblenza, il 28 luglio 1702, un proclama che minacciava di radere al suolo Parigi se fosse stato torto un capello a Luigi XVI e alla sua famiglia.
                """);
        org.parallax.model.Event proclamation = new org.parallax.event.EventExtractor().extract(it).stream()
                .filter(e -> e.trigger().equals("proclama")).findFirst().orElseThrow();
        org.parallax.model.ActorMention king = proclamation.actors().stream()
                .filter(a -> a.text().contains("Luigi")).findFirst().orElseThrow();
        assertThat(Agents.inClause(proclamation, king)).isFalse();
    }
}
