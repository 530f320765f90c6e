package org.parallax.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Event;
import org.parallax.model.EventDate;
import org.parallax.model.EventDate.Anchor;
import org.parallax.model.EventType;
import org.parallax.model.Language;

/** A sentence with no time of its own takes the date of an earlier event it names ("after the fall of X"). */
class ReferenceDatesTest {
    private static Event only(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).reduce((a, b) -> {
            throw new AssertionError("two " + type + " events: " + a.sentence() + " / " + b.sentence());
        }).orElseThrow(() -> new AssertionError("no " + type + " event in " + events));
    }

    private static void assertRelative(Event e, String value, String mod, String text) {
        EventDate d = e.date().orElseThrow();
        assertThat(d.value()).isEqualTo(value);
        assertThat(d.anchor()).isEqualTo(Anchor.RELATIVE);
        assertThat(d.mod()).contains(mod);
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void englishFallOfATownDatesWhatFollowsByTheSurrenderToldInTheTownsParagraph() {
        List<Event> e = EventExtractorTest.events(Language.EN, """
                On 2 April 1871 the rebels attacked Linares. Short of water, Colonel Ruiz agreed to surrender on 20 April.

                Upon learning of the fall of Linares, the governor directed the garrison to evacuate Monclova.""");
        assertRelative(only(e, EventType.EVACUATION), "1871-04-20", "AFTER", "Upon learning of the fall of Linares");
        assertThat(only(e, EventType.EVACUATION).trigger()).isEqualTo("evacuate");
    }

    @Test
    void frenchTakingOfATownDatesTheDepartureAfterIt() {
        List<Event> e = EventExtractorTest.events(Language.FR, """
                Les insurgés prennent Linares le 3 mars 1871. Le gouverneur s'enfuit à Monclova.

                Après la prise de Linares, la colonne du général Ruiz quitte Saltillo.""");
        assertRelative(only(e, EventType.DEPARTURE), "1871-03-03", "AFTER", "Après la prise de Linares");
    }

    @Test
    void italianSpanishGermanAndPortugueseReferencesFindTheEarlierEvent() {
        assertRelative(only(EventExtractorTest.events(Language.IT,
                "I ribelli presero Linares il 3 marzo 1871. Dopo la caduta di Linares, il governatore fuggì a Monclova."),
                EventType.RETREAT), "1871-03-03", "AFTER", "Dopo la caduta di Linares");
        assertRelative(only(EventExtractorTest.events(Language.ES,
                "Los rebeldes tomaron Linares el 3 de marzo de 1871. Tras la toma de Linares, el gobernador huyó a Monclova."),
                EventType.RETREAT), "1871-03-03", "AFTER", "Tras la toma de Linares");
        assertRelative(only(EventExtractorTest.events(Language.DE,
                "Die Rebellen eroberten Linares am 3. März 1871. Nach der Einnahme von Linares floh der Gouverneur nach Monclova."),
                EventType.RETREAT), "1871-03-03", "AFTER", "Nach der Einnahme von Linares");
        assertRelative(only(EventExtractorTest.events(Language.PT,
                "Os rebeldes tomaram Linares em 3 de março de 1871. Após a queda de Linares, o governador fugiu para Monclova."),
                EventType.RETREAT), "1871-03-03", "AFTER", "Após a queda de Linares");
    }

    @Test
    void aBattleReferenceMeetsOnlyABattleAtThatPlaceAndBeforeSaysBefore() {
        List<Event> e = EventExtractorTest.events(Language.EN, """
                The rebels captured Tula on 2 May 1871. They fought a battle at Celaya on 9 May 1871.

                Before the battle of Celaya, the governor fled to Monclova. After the battle of Saltillo, the envoy arrived in Tula.""");
        assertRelative(only(e, EventType.RETREAT), "1871-05-09", "BEFORE", "Before the battle of Celaya");
        assertThat(e).noneMatch(x -> x.type() == EventType.ARRIVAL);
    }

    @Test
    void theDeathOfAPersonIsMatchedByTheActor() {
        List<Event> e = EventExtractorTest.events(Language.ES,
                "El general Tomás Ruiz murió en Linares el 8 de septiembre de 1871. Tras la muerte de Ruiz, el coronel Ortiz rindió la plaza.");
        assertRelative(only(e, EventType.SURRENDER), "1871-09-08", "AFTER", "Tras la muerte de Ruiz");
    }

    @Test
    void anEnglishPossessorNamesTheActorOfTheEarlierEvent() {
        List<Event> e = EventExtractorTest.events(Language.EN,
                "General Tomas Ruiz died at Linares on 8 September 1871. After Ruiz's death, Colonel Ortiz surrendered the town.");
        assertRelative(only(e, EventType.SURRENDER), "1871-09-08", "AFTER", "After Ruiz's death");
    }

    @Test
    void theFallOfTheCityIsTheLatestCaptureOrSurrenderOfTheParagraph() {
        List<Event> e = EventExtractorTest.events(Language.IT, """
                I ribelli presero Tula il 2 maggio 1871.

                Le truppe assediarono Linares il 3 marzo 1872 e la guarnigione si arrese il 9 aprile.                 Dopo la caduta della città, il governatore fuggì a Monclova.""");
        assertRelative(only(e, EventType.RETREAT), "1872-04-09", "AFTER", "Dopo la caduta della città");
        assertThat(EventExtractorTest.events(Language.DE, """
                Die Rebellen eroberten Tula am 2. Mai 1871.

                Nach dem Fall der Stadt floh der Gouverneur nach Monclova."""))
                .noneMatch(x -> x.type() == EventType.RETREAT);
    }

    @Test
    void anEventNounWithoutATemporalRelationOrWithoutAnEarlierEventDatesNothing() {
        assertThat(EventExtractorTest.events(Language.EN,
                "The rebels captured Tula on 2 May 1871. The fall of Tula surprised the governor, who fled to Monclova."))
                .extracting(Event::type).containsExactly(EventType.CAPTURE);
        assertThat(EventExtractorTest.events(Language.FR, "Après la prise de Linares, le gouverneur s'enfuit à Monclova.")).isEmpty();
        assertThat(EventExtractorTest.events(Language.EN,
                "The rebels planned to capture Tula on 2 May 1871. After the capture of Tula, the governor fled."))
                .noneMatch(x -> x.type() == EventType.RETREAT);
    }

    @Test
    void aStatedTimeWinsOverAReference() {
        List<Event> e = EventExtractorTest.events(Language.EN,
                "The rebels captured Tula on 2 May 1871. After the fall of Tula, on 9 June 1871, the governor fled to Monclova.");
        assertThat(only(e, EventType.RETREAT).date().orElseThrow().value()).isEqualTo("1871-06-09");
    }
}
