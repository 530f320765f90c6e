package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.extract.time.Passages.narrative;
import static org.parallax.extract.time.Passages.only;
import static org.parallax.extract.time.Passages.pairs;
import static org.parallax.extract.time.Passages.tag;

import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.EventDate;
import org.parallax.model.Language;
import org.parallax.model.Precision;

class NarrativeAnchoringTest {
    @Test
    void aPartOfTheDayBeforeItsDayIsOneExpressionOfThatDay() {
        Document fr = narrative(Language.FR, """
                Le 3 mai 1709, le roi arriva. Dans la nuit du 4 au 5 juillet, ses troupes franchirent le fleuve. Le matin du 6 juillet, l'archiduc attaqua.
                """);
        assertThat(pairs(fr)).containsExactly("Le 3 mai 1709=1709-05-03", "la nuit du 4 au 5 juillet=1709-07-04TNI",
                "Le matin du 6 juillet=1709-07-06TMO");
        Document en = narrative(Language.EN, "On 3 May 1709 the king arrived. On the night of 4 July his troops crossed the river.");
        assertThat(only(en, "night of 4 July").value()).isEqualTo("1709-07-04TNI");
    }

    @Test
    void yearlessDatesTakeTheYearOfTheStoryAndMoveItForward() {
        Document doc = narrative(Language.EN, """
                The envoys reached the coast on 2 March 1701. On 9 April they met the governor. On 30 June the talks broke down.
                """);
        assertThat(pairs(doc)).containsExactly("2 March 1701=1701-03-02", "9 April=1701-04-09", "30 June=1701-06-30");
    }

    @Test
    void rollsOverToTheNextYearWhenTheMonthGoesBack() {
        Document doc = narrative(Language.EN, """
                The siege began in December 1790. On 31 January the garrison surrendered. In March the army marched north.
                """);
        assertThat(pairs(doc)).containsExactly("December 1790=1790-12", "31 January=1791-01-31", "March=1791-03");
    }

    @Test
    void aSectionWithNoYearOfItsOwnStepsBackWithinTheStorysYear() {
        Document es = narrative(Language.ES, """
                = Batalla de Ortigal =

                La batalla de Ortigal se libró el 19 de julio de 1702 junto a la villa. El rey abandonó la corte pocos días después.

                == Antecedentes ==

                Tras el motín del 2 de mayo, el virrey reunió sus tropas, y el 7 de junio salió de Sevilla.

                == La capitulación ==

                La capitulación se firmó el 22 de julio de 1702.
                """);
        assertThat(only(es, "2 de mayo").value()).isEqualTo("1702-05-02");
        assertThat(only(es, "el 7 de junio").value()).isEqualTo("1702-06-07");
        Document en = narrative(Language.EN, """
                = Siege of Ortigal =

                The siege began in December 1790.

                == Surrender ==

                On 31 January the garrison surrendered.

                == Legacy ==

                A monument was raised in March 1791.
                """);
        assertThat(only(en, "31 January").value()).isEqualTo("1791-01-31");
    }

    @Test
    void aSeasonOpeningASectionPlacesItsStoryAndASpanOfDaysKeepsTheStoryAtItsStart() {
        Document en = narrative(Language.EN, """
                = Battle of Ortigal =

                The Battle of Ortigal was fought on 27–28 July 1702, and within a week the victors were retreating.

                == Background ==

                In the early summer of 1702 the army had driven the garrison out of Porto in May, and on 20 July it reached Oropesa.
                """);
        assertThat(only(en, "May").value()).isEqualTo("1702-05");
        assertThat(only(en, "20 July").value()).isEqualTo("1702-07-20");
        Document fr = narrative(Language.FR, """
                = Siège d'Ortigal =

                Le siège d'Ortigal dura du 18 mai au 11 septembre 1565. Le 23 juin, le fort tomba.
                """);
        assertThat(only(fr, "Le 23 juin").value()).isEqualTo("1565-06-23");
    }

    @Test
    void keepsTheYearForAShortFlashback() {
        Document doc = narrative(Language.EN,
                "Hale reached the fort on 24 October 1702, after his brother had died on 8 September.");
        assertThat(only(doc, "8 September").value()).isEqualTo("1702-09-08");
    }

    @Test
    void resolvesRelativeExpressionsFromThePreviousDate() {
        Document doc = narrative(Language.EN, """
                On 16 April 1702 the council met. The next day the mayor resigned. A few days later riots broke out, \
                and three weeks later the regiment arrived. The rebel leader died a year later.
                """);
        assertThat(pairs(doc)).containsExactly("16 April 1702=1702-04-16", "The next day=1702-04-17",
                "A few days later=1702-04-20", "three weeks later=1702-05-11", "a year later=1703");
    }

    @Test
    void aBracketedLifeOrTermDoesNotAnchorTheNextDay() {
        Document doc = narrative(Language.EN, """
                On 16 April 1702 the council deposed the mayor, Pieter Hale (1650–1719). The next day the regiment arrived.
                """);
        assertThat(pairs(doc)).containsExactly("16 April 1702=1702-04-16", "1650–1719=1650/1719", "The next day=1702-04-17");
        Document fr = narrative(Language.FR, """
                Le 16 avril 1702, le conseil destitue le maire Jean Hale (né en 1650). Le lendemain, le régiment arrive.
                """);
        assertThat(only(fr, "Le lendemain").value()).isEqualTo("1702-04-17");
    }

    @Test
    void marksInferredYearsAndRelativeExpressionsForTheTimeline() {
        Document doc = narrative(Language.EN, "On 5 May 1702 the town fell. On 9 May the fort fell. The next day the war ended.");
        var tagged = tag(doc);
        assertThat(tagged).extracting(TaggedTime::inferredYear).containsExactly(false, true, false);
        assertThat(tagged).extracting(TaggedTime::relative).containsExactly(false, false, true);
        EventDate date = tagged.get(2).toEventDate(EventDate.Anchor.DIRECT);
        assertThat(date.anchor()).isEqualTo(EventDate.Anchor.RELATIVE);
        assertThat(date.precision()).isEqualTo(Precision.DAY);
        assertThat(date.value()).isEqualTo("1702-05-10");
    }

    @Test
    void aPassingYearInMidSentenceDoesNotMoveTheStory() {
        Document doc = narrative(Language.EN, """
                On 10 September 1703 the fleet sailed. Before leaving for Lisbon in 1704, the prince wrote to the king. \
                In July the rebels took the capital.
                """);
        assertThat(only(doc, "July").value()).isEqualTo("1703-07");
    }

    @Test
    void aSectionThatStepsBackIsPlacedByTheDatesItGoesOnToGive() {
        Document doc = narrative(Language.EN, """
                == North ==
                On 1 November 1711 the city fell.

                == Coast ==
                The port was retaken on 20 February. The garrison left in June 1711.
                """);
        assertThat(only(doc, "20 February").value()).isEqualTo("1711-02-20");
    }

    @Test
    void aPlannedDateDoesNotMoveTheStory() {
        Document doc = narrative(Language.EN, """
                In January 1720 the king announced that the troops would leave in phases, ending in November 1721. \
                On 31 January the first regiment left.
                """);
        assertThat(only(doc, "31 January").value()).isEqualTo("1720-01-31");
    }

    @Test
    void readsMonthsSeasonsAndTheEndOfTheYearWithModifiers() {
        Document doc = narrative(Language.EN, """
                The envoys arrived in the summer of 1764. In early 1765 they left, and by 7 February the port was empty. \
                Around 5 May 1765 the fleet returned. Towards the end of 1765 peace was signed. By the end of the year trade resumed.
                """);
        assertThat(only(doc, "summer of 1764").value()).isEqualTo("1764-SU");
        assertThat(only(doc, "early 1765").mod()).contains("START");
        assertThat(only(doc, "7 February").mod()).contains("ON_OR_BEFORE");
        assertThat(only(doc, "7 February").value()).isEqualTo("1765-02-07");
        assertThat(only(doc, "Around 5 May 1765").mod()).contains("APPROX");
        assertThat(only(doc, "Towards the end of 1765").mod()).contains("END");
        assertThat(only(doc, "the end of the year").value()).isEqualTo("1765");
        assertThat(only(doc, "the end of the year").mod()).contains("END");
    }

    @Test
    void readsThePreviousMonthAndThatSameYear() {
        Document doc = narrative(Language.EN,
                "In January 1803 the admiral returned to the port taken the previous November. That same year he retired.");
        assertThat(only(doc, "the previous November").value()).isEqualTo("1802-11");
        assertThat(only(doc, "That same year").value()).isEqualTo("1803");
    }

    @Test
    void afterADurationIsADateInNarrative() {
        Document doc = narrative(Language.EN, "He was jailed in March 1705 but escaped after seven months.");
        assertThat(only(doc, "after seven months").value()).isEqualTo("1705-10");
    }

    @Test
    void theSpanishMorningIsTheDayToldAndTheNextMorningTheDayAfter() {
        Document doc = narrative(Language.ES, """
                La flota salió el 11 de junio de 1801. El combate empezó a media mañana. A la mañana siguiente la flota huyó.
                """);
        assertThat(pairs(doc)).containsExactly("el 11 de junio de 1801=1801-06-11", "media mañana=1801-06-11TMO",
                "la mañana siguiente=1801-06-12");
    }
}
