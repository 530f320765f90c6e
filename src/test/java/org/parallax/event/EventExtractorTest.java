package org.parallax.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.DocumentReader;
import org.parallax.model.Document;
import org.parallax.model.Event;
import org.parallax.model.EventDate.Anchor;
import org.parallax.model.EventType;
import org.parallax.model.Language;
import org.parallax.model.Modality;

class EventExtractorTest {
    private static final EventExtractor EXTRACTOR = new EventExtractor();

    static Document doc(Language language, String text) {
        return new DocumentReader(Optional.of(language)).read("t.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    static List<Event> events(Language language, String text) {
        return EXTRACTOR.extract(doc(language, text));
    }

    private static List<String> summary(List<Event> events) {
        return events.stream().map(e -> e.trigger() + " " + e.type().code() + " " + e.date().orElseThrow().value()).toList();
    }

    @Test
    void datesThePredicateTheTimeExpressionModifies() {
        assertThat(summary(events(Language.EN, "The rebels captured Saltillo on 3 March 1871.")))
                .containsExactly("captured capture 1871-03-03");
    }

    @Test
    void aDateModifiesTheEventNounAfterItButNotAnEndWordOfTheTimeOfDay() {
        assertThat(summary(events(Language.EN, "The 1866 decision of the emperor ended the war.")))
                .containsExactly("decision other 1866");
        assertThat(summary(events(Language.FR, "La capitulation de la place fut signée le 2 septembre 1741 en fin de matinée par le gouverneur.")))
                .containsExactly("signée treaty 1741-09-02");
    }

    @Test
    void aWhenClauseGoesOnPastAnApposition() {
        // Written for this test: an invented skirmish.
        assertThat(summary(events(Language.ES, "La segunda tuvo lugar el 3 de marzo de 1702, cuando el coronel Arbeloa, "
                + "al frente de unos 900 jinetes, fue vencido por la guarnición.")))
                .containsExactly("vencido battle 1702-03-03");
    }

    @Test
    void aDateSetOffByCommasAfterAnEventNounIsThatNouns() {
        assertThat(summary(events(Language.EN, "The second battle, on 3 March 1702, ended in a heavier defeat for the garrison.")))
                .first().isEqualTo("battle battle 1702-03-03");
    }

    @Test
    void aClauseSetOffAfterTheSubjectEventNounAndItsNameDatesThatNoun() {
        // Written for this test: an invented battle at a real town.
        assertThat(summary(events(Language.FR, "La bataille d'Ortigal, qui se déroula les 5 et 6 septembre 1702 aux abords "
                + "de cette ville, opposa les Suédois aux Impériaux."))).containsExactly("bataille battle 1702-09-05/1702-09-06");
        assertThat(summary(events(Language.ES, "La primera batalla de Ortigal, librada el 6 de septiembre de 1702 junto a Nördlingen, "
                + "fue una de las victorias más célebres de la guerra."))).first().isEqualTo("batalla battle 1702-09-06");
        // Not a clause of time ("Drei Tage nach der Schlacht, am 10. August"), nor a noun that is not the sentence's subject.
        assertThat(summary(events(Language.FR, "Les traités, signés à Münster, mirent fin à la guerre de Trente Ans, qui ravageait "
                + "l'Empire depuis 1618."))).doesNotContain("fin à la guerre other 1618");
    }

    @Test
    void aDateInAClauseOfAfterIsNotThePredicateBeforeIt() {
        // Written for this test: an invented siege.
        assertThat(summary(events(Language.EN, "The second siege, which lasted from 20 December 1702 until 20 February 1703, "
                + "ended very differently: after Marshal Orvain took charge on 26 January 1703, the garrison gave way street by street.")))
                .contains("siege siege 1702-12-20/1703-02-20").doesNotContain("ended other 1703-01-26");
    }

    @Test
    void aRelativeClauseClosedBeforeTheDatesClauseTakesNoDate() {
        // Written for this test: invented commanders at a real town.
        assertThat(summary(events(Language.EN, "Orvain and Tessel, who had marched to relieve the town with about 25,000 men, "
                + "threw their infantry again and again at the hill on the morning of 6 September 1702.")))
                .doesNotContain("marched departure 1702-09-06TMO");
    }

    @Test
    void whatWasSignedIsWhatHappenedWhenItIsAProclamation() {
        // Written for this test: an invented duke.
        assertThat(summary(events(Language.IT, "Il duca aveva firmato a Coblenza, il 28 luglio 1702, un proclama che minacciava "
                + "di radere al suolo Parigi."))).containsExactly("proclama proclamation 1702-07-28");
        assertThat(summary(events(Language.EN, "On 28 July 1702 the envoys signed the treaty at Coblenz.")))
                .containsExactly("signed treaty 1702-07-28");
    }

    @Test
    void withoutAFightIsNoBattle() {
        // Written for this test: an invented sultan's entry.
        assertThat(summary(events(Language.DE, "Am 10. September 1702 zog der Sultan kampflos in Ortigal ein.")))
                .noneMatch(e -> e.contains("battle"));
        assertThat(summary(events(Language.DE, "Am 10. September 1702 begann der Kampf um Ortigal."))).anyMatch(e -> e.contains("battle"));
    }

    @Test
    void theVictorIsNoEvent() {
        // Written for this test: an invented surrender.
        assertThat(summary(events(Language.ES, "El 23 de julio de 1702 las tropas del virrey desfilaron ante el ejército vencedor "
                + "y entregaron las armas."))).containsExactly("entregaron las armas surrender 1702-07-23");
        assertThat(summary(events(Language.PT, "A 23 de julho de 1702, o exército vencedor recebeu as armas da guarnição.")))
                .isEmpty();
    }

    @Test
    void leadingDateDatesTheVerbOfTheMainClause() {
        List<Event> e = events(Language.EN, "In 1870 the war began. On 4 June, the governor issued a decree against the rebels.");
        assertThat(summary(e)).contains("decree decree 1870-06-04");
    }

    @Test
    void coordinatedPredicateSharesTheDate() {
        List<Event> e = events(Language.EN, "The army arrived on 9 May 1871 and began the siege of Linares.");
        assertThat(summary(e)).containsExactly("arrived arrival 1871-05-09", "siege siege 1871-05-09");
        assertThat(e.get(1).date().orElseThrow().anchor()).isEqualTo(Anchor.SHARED);
    }

    @Test
    void aPredicateCoordinatedByAndThenComesAfterTheDateItDoesNotShare() {
        for (var told : List.of(
                java.util.Map.entry(Language.EN, "The army landed at Tessa on 9 May 1871 and then marched through the hills towards Linares."),
                java.util.Map.entry(Language.FR, "L'armée débarqua à Tessa le 9 mai 1871 et puis assiégea Linares."),
                java.util.Map.entry(Language.DE, "Das Heer landete am 9. Mai 1871 bei Tessa und belagerte dann Linares."))) {
            List<Event> e = events(told.getKey(), told.getValue());
            assertThat(e).as(told.getValue()).hasSize(2);
            assertThat(e.get(1).date().orElseThrow().anchor()).as(told.getValue()).isEqualTo(Anchor.RELATIVE);
            assertThat(e.get(1).date().orElseThrow().mod()).as(told.getValue()).contains("AFTER");
        }
    }

    @Test
    void participleAfterACommaSharesItsDateBackwards() {
        List<Event> e = events(Language.EN, "The column marched west, capturing Tula and Celaya by 2 April 1872.");
        assertThat(summary(e)).containsExactly("marched departure 1872-04-02", "capturing capture 1872-04-02");
    }

    @Test
    void afterClauseIsDatedRelativeToTheMainPredicate() {
        List<Event> e = events(Language.EN, "The garrison surrendered on 12 June 1872, after destroying its guns.");
        assertThat(summary(e)).containsExactly("surrendered surrender 1872-06-12", "destroying other 1872-06-12");
        assertThat(e.get(1).date().orElseThrow().anchor()).isEqualTo(Anchor.RELATIVE);
        assertThat(e.get(1).date().orElseThrow().mod()).contains("BEFORE");
    }

    @Test
    void nextDayIsResolvedFromTheNarrative() {
        List<Event> e = events(Language.EN, "On 8 August 1871 the envoys signed a treaty. The next day, the governor issued a proclamation.");
        assertThat(summary(e)).containsExactly("signed treaty 1871-08-08", "proclamation proclamation 1871-08-09");
        assertThat(e.get(1).date().orElseThrow().anchor()).isEqualTo(Anchor.RELATIVE);
    }

    @Test
    void relativeClauseOfTheSameKindIsNotASecondEvent() {
        List<Event> e = events(Language.EN,
                "On 5 May 1871 the rebels won a battle at Linares, in which they attacked the fort and a colonel was executed.");
        assertThat(summary(e)).containsExactly("battle battle 1871-05-05", "executed execution 1871-05-05");
    }

    @Test
    void whenClauseTellsWhatHappenedAtThatDate() {
        List<Event> e = events(Language.EN, "The crisis came in July 1870, when the president suspended payments.");
        assertThat(summary(e)).containsExactly("suspended decree 1870-07");
    }

    @Test
    void plannedAndNegatedPredicatesKeepTheirModality() {
        List<Event> planned = events(Language.EN, "In 1873 the rebels planned to attack the capital.");
        assertThat(planned).singleElement().satisfies(ev -> assertThat(ev.modality()).isEqualTo(Modality.PLANNED));
        List<Event> negated = events(Language.EN, "In 1873 the governor never recognized the junta.");
        assertThat(negated).singleElement().satisfies(ev -> assertThat(ev.negated()).isTrue());
    }

    @Test
    void undatedPredicatesAreNotReported() {
        assertThat(events(Language.EN, "The rebels captured the town and executed the mayor.")).isEmpty();
    }

    @Test
    void textBeforeTheFirstHeadingIsTheLead() {
        List<Event> e = events(Language.EN, "= War =\n\nThe rebels captured Tula in 1871.\n\n== Campaign ==\nThe rebels captured Tula in March 1871.\n");
        assertThat(e).extracting(Event::section).containsExactly("Lead", "Campaign");
    }

    @Test
    void laterMentionOfTheSameEventIsLinkedNotDoubled() {
        List<Event> e = events(Language.EN, "= War =\n\nThe rebels captured Tula in 1871.\n\n== Campaign ==\nThe rebels captured Tula in March 1871.\n");
        assertThat(e).hasSize(2);
        assertThat(e.get(0).type()).isEqualTo(EventType.CAPTURE);
        // Without an entity resolver hit the two mentions share no place or actor id and stay apart;
        // the link itself is checked on events built by hand in SameEventsTest.
        assertThat(e.get(0).sameAs()).isEmpty();
    }

    @Test
    void offsetsPointIntoTheDocumentText() {
        Document d = doc(Language.EN, "= War =\n\nThe rebels captured Saltillo on 3 March 1871 and sacked it.\n");
        for (Event ev : EXTRACTOR.extract(d)) {
            assertThat(ev.triggerSpan().of(d.text())).isEqualTo(ev.trigger());
            assertThat(ev.sentenceSpan().of(d.text())).isEqualTo(ev.sentence());
            assertThat(ev.date().orElseThrow().span().of(d.text())).isEqualTo(ev.date().orElseThrow().text());
        }
    }

    @Test
    void aDateSetOffByCommasAfterAPredicateDatesThatPredicateAndIsSharedForward() {
        List<Event> e = events(Language.FR,
                "Plus tard, le gouvernement fit fusiller le colonel Ruiz avec deux officiers, le 4 juin 1871, et rétablit la paix.");
        assertThat(summary(e)).containsExactly("fusiller execution 1871-06-04", "rétablit other 1871-06-04");
        assertThat(e.get(1).date().orElseThrow().anchor()).isEqualTo(Anchor.SHARED);
    }

    @Test
    void theEndOfAWarIsOneEventToldByTheWholePhrase() {
        assertThat(summary(events(Language.FR, "Les alliés reçurent des armes après la fin de la guerre civile en 1872.")))
                .contains("fin de la guerre other 1872");
        assertThat(summary(events(Language.IT, "Gli alleati ricevettero armi dopo la fine della guerra civile nel 1872.")))
                .contains("fine della guerra other 1872");
        assertThat(summary(events(Language.ES, "Los aliados recibieron armas tras el fin de la guerra civil en 1872.")))
                .contains("fin de la guerra other 1872");
    }

    @Test
    void theNextDayCountsFromThePreviousEventNotFromABracketedLife() {
        List<Event> e = events(Language.ES,
                "Los rebeldes tomaron Linares el 3 de marzo de 1871 y el gobernador Tomás Ruiz (1801-1880) huyó. "
                        + "Al día siguiente, la flota desembarcó en Tampico.");
        assertThat(summary(e)).contains("desembarcó landing 1871-03-04");
    }

    @Test
    void aLeadingDateSkipsARelativeClauseAboutTheSubject() {
        assertThat(summary(events(Language.EN, "On 4 May 1871 the rebels took Tula. The next day, Colonel Ruiz, who had been "
                + "defeated at Celaya, and who was now in Tula, issued a manifesto.")))
                .contains("manifesto proclamation 1871-05-05").doesNotContain("defeated battle 1871-05-05");
        assertThat(summary(events(Language.FR, "Le 4 mai 1871, les rebelles prirent Tula. Le lendemain, le colonel Ruiz, "
                + "qui avait été battu à Celaya, publia un manifeste.")))
                .contains("manifeste proclamation 1871-05-05").doesNotContain("battu battle 1871-05-05");
    }

    @Test
    void theNextDayAFewDaysLaterAndAfterMonthsCountFromThePreviousEventInEveryLanguage() {
        assertThat(summary(events(Language.DE, "Die Rebellen eroberten Tula am 3. März 1871. Am nächsten Tag floh der "
                + "Gouverneur. Einige Tage später landete die Flotte in Tampico. Nach sieben Monaten kapitulierten die Rebellen.")))
                .containsExactly("eroberten capture 1871-03-03", "floh retreat 1871-03-04", "landete landing 1871-03-07",
                        "kapitulierten surrender 1871-10");
        assertThat(summary(events(Language.PT, "Os rebeldes tomaram Tula em 3 de março de 1871. No dia seguinte, o "
                + "governador fugiu. Alguns dias depois, a frota desembarcou em Tampico.")))
                .containsExactly("tomaram capture 1871-03-03", "fugiu retreat 1871-03-04", "desembarcou landing 1871-03-07");
        assertThat(summary(events(Language.IT, "I ribelli presero Tula il 3 marzo 1871. Il giorno dopo il governatore "
                + "fuggì. Pochi giorni dopo la flotta sbarcò a Tampico. Dopo sette mesi i ribelli si arresero.")))
                .containsExactly("presero capture 1871-03-03", "fuggì retreat 1871-03-04", "sbarcò landing 1871-03-07",
                        "arresero surrender 1871-10");
        assertThat(events(Language.IT, "I ribelli presero Tula il 3 marzo 1871. Il giorno dopo il governatore fuggì."))
                .last().satisfies(e -> assertThat(e.date().orElseThrow().anchor()).isEqualTo(Anchor.RELATIVE));
    }

    @Test
    void acceptingAConventionAfterADatedEventIsATreatyDatedRelativeToIt() {
        List<Event> es = events(Language.ES, "Después de que el presidente decretó una moratoria en 1871, Francia, Prusia y "
                + "Austria aceptaron la Convención de Viena.");
        assertThat(summary(es)).containsExactly("decretó decree 1871", "Convención treaty 1871");
        assertThat(es.get(1).date().orElseThrow().anchor()).isEqualTo(Anchor.RELATIVE);
        assertThat(summary(events(Language.PT, "Depois que o presidente decretou uma moratória em 1871, a França e a Prússia "
                + "aceitaram a Convenção de Viena."))).contains("Convenção treaty 1871");
    }

    @Test
    void theNounAfterASpanOfTimeIsWhatLastedNotTheEvent() {
        assertThat(summary(events(Language.FR, "Les rebelles assiègent Tula le 3 mars 1871. Après sept mois de siège, "
                + "la garnison capitule."))).containsExactly("assiègent siege 1871-03-03", "capitule surrender 1871-10");
        assertThat(summary(events(Language.EN, "The rebels besieged Tula on 3 March 1871. After seven months of siege, "
                + "the garrison surrendered."))).containsExactly("besieged siege 1871-03-03", "surrendered surrender 1871-10");
    }
}
