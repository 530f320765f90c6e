package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.align.Edition;
import org.parallax.model.ActorKind;
import org.parallax.model.ActorMention;
import org.parallax.model.EventDate;
import org.parallax.model.Event;
import org.parallax.model.EventType;
import org.parallax.model.Figure;
import org.parallax.model.Finding;
import org.parallax.model.Language;
import org.parallax.model.Modality;
import org.parallax.model.Place;
import org.parallax.model.PlaceMention;
import org.parallax.model.Precision;
import org.parallax.model.Span;

class EditionComparatorTest {
    private static final Place TORRE = new Place(1, "Torrevieja del Monte", "ES", "01", "PPL", 5000, 40.0, -3.0);
    private static final Place ALBA = new Place(2, "Alba Nueva", "ES", "02", "PPL", 5000, 37.0, -5.0);

    private static int counter;

    /** A made-up event: sentence text, language, type, date value and precision, place, actor, figure. */
    private static Event event(Language lang, int sentence, String text, EventType type, String date, Precision p,
                               Place place, String actor, Double figure) {
        String dateWords = date == null ? "" : date;
        Optional<EventDate> d = date == null ? Optional.empty()
                : Optional.of(new EventDate(date, p, dateWords, new Span(0, 1), EventDate.Anchor.DIRECT, false, Optional.empty()));
        int start = sentence * 200;
        // Mentions lie inside their sentence, where the name is written.
        int at = place == null ? 0 : Math.max(0, text.indexOf(place.name()));
        List<PlaceMention> places = place == null ? List.of()
                : List.of(new PlaceMention(new Span(start + at, start + at + place.name().length()), place.name(), Optional.of(place), 0.9, List.of()));
        List<ActorMention> actors = actor == null ? List.of()
                : List.of(new ActorMention(new Span(0, 1), actor, "Q-" + actor, actor, ActorKind.PERSON, Optional.empty()));
        List<Figure> figures = figure == null ? List.of()
                : List.of(new Figure(new Span(0, 1), String.valueOf(figure.intValue()), figure, Optional.empty(), false, "troops"));
        return new Event("e" + counter++, lang.code(), lang, "", sentence, new Span(start, start + text.length()), text,
                new Span(start, start + 3), text.split(" ")[0], type, d, places, actors, figures, Modality.ASSERTED, false,
                Optional.empty());
    }

    private static FindingsReport compare(List<Edition> editions) {
        return new EditionComparator().compareEditions(editions);
    }

    private static List<Finding> of(FindingsReport r, Finding.Kind kind, String facet) {
        return r.findings().stream().filter(f -> f.kind() == kind && f.facet().equals(facet)).toList();
    }

    private static List<Edition> siegeToldThreeWays() {
        List<Event> en = new ArrayList<>(List.of(
                event(Language.EN, 0, "On 3 March 1870 General Orlan Vasquez laid siege to Torrevieja del Monte with 4,000 troops.",
                        EventType.SIEGE, "1870-03-03", Precision.DAY, TORRE, "Vasquez", 4000.0),
                event(Language.EN, 5, "Orlan Vasquez captured Alba Nueva on 9 May 1871 with Bernat Quiroga.",
                        EventType.CAPTURE, "1871-05-09", Precision.DAY, ALBA, "Vasquez", null),
                event(Language.EN, 9, "Bernat Quiroga was executed at Alba Nueva in June 1872.",
                        EventType.EXECUTION, "1872-06", Precision.MONTH, ALBA, "Quiroga", null),
                event(Language.EN, 12, "In 1875 the Quiroga family signed the treaty of Castro Pardo.",
                        EventType.TREATY, "1875", Precision.YEAR, null, "Quiroga", null)));
        List<Event> fr = List.of(
                event(Language.FR, 0, "Le 3 mars 1870, le général Orlan Vasquez assiège Torrevieja del Monte avec 9 000 hommes.",
                        EventType.SIEGE, "1870-03-03", Precision.DAY, TORRE, "Vasquez", 9000.0),
                event(Language.FR, 4, "Orlan Vasquez prend Alba Nueva le 19 mai 1871.",
                        EventType.CAPTURE, "1871-05-19", Precision.DAY, ALBA, "Vasquez", null),
                event(Language.FR, 8, "Bernat Quiroga est exécuté à Alba Nueva le 14 juin 1872.",
                        EventType.EXECUTION, "1872-06-14", Precision.DAY, ALBA, "Quiroga", null));
        List<Event> es = List.of(
                event(Language.ES, 0, "El 3 de marzo de 1870 el general Orlan Vasquez sitió Torrevieja del Monte con 4.050 soldados.",
                        EventType.SIEGE, "1870-03-03", Precision.DAY, TORRE, "Vasquez", 4050.0),
                event(Language.ES, 3, "Bernat Quiroga fue ejecutado en Torrevieja del Monte el 14 de junio de 1872.",
                        EventType.EXECUTION, "1872-06-14", Precision.DAY, TORRE, "Quiroga", null));
        return List.of(new Edition("en", Language.EN, en), new Edition("fr", Language.FR, fr), new Edition("es", Language.ES, es));
    }

    @Test
    void reportsAFigureOutsideTheTwoPercentToleranceAsAContradiction() {
        List<Finding> figures = of(compare(siegeToldThreeWays()), Finding.Kind.CONTRADICTION, "figure");
        assertThat(figures).hasSize(1);
        assertThat(figures.get(0).claims()).extracting(c -> c.value()).contains("4000 troops", "9000 troops", "4050 troops");
    }

    @Test
    void reportsDifferentDaysOfOneCaptureAsADateContradictionQuotingBothSentences() {
        List<Finding> dates = of(compare(siegeToldThreeWays()), Finding.Kind.CONTRADICTION, "date");
        assertThat(dates).anySatisfy(f -> assertThat(f.claims()).extracting(c -> c.value()).contains("1871-05-09", "1871-05-19"));
        assertThat(dates).allSatisfy(f -> assertThat(f.claims()).allSatisfy(c -> assertThat(c.text()).isNotBlank()));
    }

    @Test
    void agreesWhenAMonthContainsTheDayAndNotesTheFinerEdition() {
        List<Finding> agreements = of(compare(siegeToldThreeWays()), Finding.Kind.AGREEMENT, "date");
        assertThat(agreements).anySatisfy(f -> {
            assertThat(f.claims()).extracting(c -> c.value()).contains("1872-06", "1872-06-14");
            assertThat(f.note()).contains("day").contains("month");
        });
        assertThat(of(compare(siegeToldThreeWays()), Finding.Kind.CONTRADICTION, "date"))
                .noneSatisfy(f -> assertThat(f.claims()).extracting(c -> c.value()).contains("1872-06"));
    }

    @Test
    void reportsAnExecutionPlacedInDistantTownsAsAPlaceContradiction() {
        List<Finding> places = of(compare(siegeToldThreeWays()), Finding.Kind.CONTRADICTION, "place");
        assertThat(places).anySatisfy(f -> assertThat(f.claims()).extracting(c -> c.value())
                .contains("Alba Nueva", "Torrevieja del Monte"));
    }

    @Test
    void tellsAnEpisodeWithoutAFigureAsAnOmittedFactAndAMissingEpisodeAsUncovered() {
        FindingsReport r = compare(siegeToldThreeWays());
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.OMISSION);
            assertThat(f.facet()).isIn("episode", "event");
            assertThat(f.claims()).extracting(c -> c.text()).anyMatch(t -> t.contains("Castro Pardo"));
        });
    }

    @Test
    void reportsDifferentActorsOfOneSiegeAsAnActorContradiction() {
        List<Event> en = List.of(event(Language.EN, 0, "On 2 April 1880 Marta Lind besieged Torrevieja del Monte.",
                EventType.SIEGE, "1880-04-02", Precision.DAY, TORRE, "Lind", null));
        List<Event> it = List.of(event(Language.IT, 0, "Il 2 aprile 1880 Carlo Brenn assediò Torrevieja del Monte.",
                EventType.SIEGE, "1880-04-02", Precision.DAY, TORRE, "Brenn", null));
        FindingsReport r = compare(List.of(new Edition("en", Language.EN, en), new Edition("it", Language.IT, it)));
        assertThat(of(r, Finding.Kind.CONTRADICTION, "actor")).hasSize(1);
    }

    @Test
    void reportsTwoSentencesOfOneEditionThatDateTheSameSiegeDifferentlyAsAnInconsistency() {
        Event lead = event(Language.DE, 0, "Orlan Vasquez belagerte Torrevieja del Monte am 3. März 1870.",
                EventType.SIEGE, "1870-03-03", Precision.DAY, TORRE, "Vasquez", null);
        Event body = event(Language.DE, 7, "Orlan Vasquez belagerte Torrevieja del Monte am 13. März 1870.",
                EventType.SIEGE, "1870-03-13", Precision.DAY, TORRE, "Vasquez", null);
        FindingsReport r = compare(List.of(new Edition("de", Language.DE, List.of(lead, body))));
        assertThat(of(r, Finding.Kind.INCONSISTENCY, "date")).hasSize(1);
    }

    @Test
    void ordersContradictionsBeforeAgreementsAndOmissions() {
        List<Finding> f = compare(siegeToldThreeWays()).findings();
        assertThat(f.get(0).kind()).isEqualTo(Finding.Kind.CONTRADICTION);
        int lastContradiction = f.stream().map(Finding::kind).toList().lastIndexOf(Finding.Kind.CONTRADICTION);
        int firstAgreement = f.stream().map(Finding::kind).toList().indexOf(Finding.Kind.AGREEMENT);
        assertThat(lastContradiction).isLessThan(firstAgreement);
    }

    @Test
    void escapesArticleTextInHtml() {
        Event a = event(Language.EN, 0, "<script>alert(1)</script> Orlan Vasquez besieged Torrevieja del Monte on 3 March 1870.",
                EventType.SIEGE, "1870-03-03", Precision.DAY, TORRE, "Vasquez", null);
        Event b = event(Language.FR, 0, "Orlan Vasquez assiège Torrevieja del Monte le 5 mars 1870 <img src=x onerror=y>.",
                EventType.SIEGE, "1870-03-05", Precision.DAY, TORRE, "Vasquez", null);
        String html = compare(List.of(new Edition("en", Language.EN, List.of(a)), new Edition("fr", Language.FR, List.of(b)))).toHtml();
        assertThat(html).doesNotContain("<script>").doesNotContain("<img").contains("&lt;script&gt;").contains("<mark>");
    }

    @Test
    void measuresPrecisionAndRecallOfContradictionsOnThePlantedSet() {
        // Planted: the siege's troop figure (en 4,000 / es 4,050 vs fr 9,000), the capture's day (9 vs 19 May),
        // the execution's town (Alba Nueva vs Torrevieja del Monte). Planted agreements: the siege date in all
        // three, the execution month (en) against its day (fr, es).
        List<String> gold = List.of("figure|siege", "date|capture", "place|execution");
        List<String> found = of(compare(siegeToldThreeWays()), Finding.Kind.CONTRADICTION, "figure").stream()
                .map(f -> "figure|siege").collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        FindingsReport r = compare(siegeToldThreeWays());
        r.findings().stream().filter(f -> f.kind() == Finding.Kind.CONTRADICTION && !f.facet().equals("figure"))
                .forEach(f -> found.add(f.facet() + "|" + f.subject().split(" ")[0]));
        long tp = found.stream().filter(gold::contains).distinct().count();
        double precision = found.isEmpty() ? 0 : (double) found.stream().filter(gold::contains).count() / found.size();
        double recall = (double) tp / gold.size();
        System.out.printf("planted contradictions (en, fr, es): precision %.2f recall %.2f (%s)%n", precision, recall, found);
        assertThat(precision).isGreaterThanOrEqualTo(0.8);
        assertThat(recall).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void reportsLeavingTogetherAgainstLeavingOneAfterTheOtherAsASequenceContradiction() {
        Event together = event(Language.EN, 0, "In April 1880 the Norlanders and the Sudmarkers left Torrevieja del Monte at the same time.",
                EventType.DEPARTURE, "1880-04", Precision.MONTH, TORRE, "Norland", null);
        together = withActors(together, "Norland", "Sudmark");
        Event first = withActors(event(Language.IT, 0, "Nell'aprile 1880 i Norlandesi lasciarono Torrevieja del Monte.",
                EventType.DEPARTURE, "1880-04", Precision.MONTH, TORRE, "Norland", null), "Norland");
        Event then = withActors(event(Language.IT, 1, "Successivamente anche i Sudmarchesi partirono da Torrevieja del Monte, nell'aprile 1880.",
                EventType.DEPARTURE, "1880-04", Precision.MONTH, TORRE, "Sudmark", null), "Sudmark");
        FindingsReport r = compare(List.of(new Edition("en", Language.EN, List.of(together)),
                new Edition("it", Language.IT, List.of(first, then))));
        assertThat(of(r, Finding.Kind.CONTRADICTION, "sequence")).hasSize(1);
    }

    private static Event withActors(Event e, String... ids) {
        List<ActorMention> actors = java.util.Arrays.stream(ids).map(id -> new ActorMention(new Span(0, 1), id, "Q-" + id, id,
                ActorKind.STATE, Optional.empty())).toList();
        return new Event(e.id(), e.docId(), e.language(), e.section(), e.sentenceIndex(), e.sentenceSpan(), e.sentence(),
                e.triggerSpan(), e.trigger(), e.type(), e.date(), e.places(), actors, e.figures(), e.modality(), e.negated(),
                e.sameAs());
    }
}
