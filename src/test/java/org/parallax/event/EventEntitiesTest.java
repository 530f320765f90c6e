package org.parallax.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Event;
import org.parallax.model.EventType;
import org.parallax.model.Figure;
import org.parallax.model.Language;
import org.parallax.model.PlaceMention;

/** Which places and figures an event gets beyond its own clause. */
class EventEntitiesTest {
    private static Event only(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }

    private static List<Double> values(Event e) {
        return e.figures().stream().map(Figure::value).toList();
    }

    private static List<String> places(Event e) {
        return e.places().stream().map(p -> p.place().map(x -> x.name()).orElse(p.text())).toList();
    }

    @Test
    void lossesToldAfterTheBattleBelongToIt() {
        List<Event> e = EventExtractorTest.events(Language.EN, "On 3 June 1871 the rebels won the battle of Linares. "
                + "The day was hot. The government lost 300 killed and 40 prisoners.");
        assertThat(values(only(e, EventType.BATTLE))).contains(300.0, 40.0);
    }

    @Test
    void lossesToldAfterTheBattleBelongToItInFrenchAndSpanish() {
        List<Event> fr = EventExtractorTest.events(Language.FR, "Le 3 juin 1871, les rebelles remportent la bataille de Linares. "
                + "Les troupes du gouvernement comptent 300 morts.");
        List<Event> es = EventExtractorTest.events(Language.ES, "El 3 de junio de 1871 los rebeldes ganaron la batalla de Linares. "
                + "El gobierno sufrió 300 bajas.");
        assertThat(values(only(fr, EventType.BATTLE))).contains(300.0);
        assertThat(values(only(es, EventType.BATTLE))).contains(300.0);
    }

    @Test
    void aStrengthToldLaterStaysOutOfTheBattle() {
        List<Event> e = EventExtractorTest.events(Language.EN, "On 3 June 1871 the rebels won the battle of Linares. "
                + "Their army then gathered 2,000 men.");
        assertThat(values(only(e, EventType.BATTLE))).doesNotContain(2000.0);
    }

    @Test
    void moneyAndLaterParagraphsDoNotJoinTheBattle() {
        List<Event> e = EventExtractorTest.events(Language.EN, "On 3 June 1871 the rebels won the battle of Linares. "
                + "The war had cost $4 million.\n\nThe government lost 300 killed in another war.");
        assertThat(values(only(e, EventType.BATTLE))).doesNotContain(4_000_000.0, 300.0);
    }

    @Test
    void aLaterDatedEventTakesItsOwnFigures() {
        List<Event> e = EventExtractorTest.events(Language.EN, "On 3 June 1871 the rebels won the battle of Linares. "
                + "On 9 June 1871 they besieged Monterrey. The siege cost them 150 killed.");
        assertThat(values(only(e, EventType.BATTLE))).doesNotContain(150.0);
        assertThat(values(only(e, EventType.SIEGE))).contains(150.0);
    }

    @Test
    void theCityIsTheLastTownNamedNotTheState() {
        List<Event> e = EventExtractorTest.events(Language.EN,
                "The general marched from Saltillo into Coahuila. He captured the city on 25 December 1871.");
        assertThat(places(only(e, EventType.CAPTURE))).contains("Saltillo").doesNotContain("Coahuila");
    }

    @Test
    void aClauseWithoutAPlaceHappensAtTheSentencesPlaceBeforeIt() {
        List<Event> e = EventExtractorTest.events(Language.EN,
                "The army prepared a second siege of Puebla, whose defence passed to General Ortega after the general died on 8 September 1862.");
        Event died = only(e, EventType.DEATH);
        assertThat(died.places()).extracting(PlaceMention::text).containsExactly("Puebla");
    }
}
