package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.model.Event;
import org.parallax.model.EventDate;
import org.parallax.model.EventType;
import org.parallax.model.Figure;
import org.parallax.model.Language;
import org.parallax.model.Modality;
import org.parallax.model.Place;
import org.parallax.model.PlaceMention;
import org.parallax.model.Precision;
import org.parallax.model.Span;

class EventFormatTest {
    private static final Place TULA = new Place(1, "Tula", "MX", "13", "PPL", 1000, 20.05, -99.34);

    private static Event event(String value, Precision precision) {
        String sentence = "The rebels captured Tula, with 500 men, on 3 March 1871.";
        EventDate date = new EventDate(value, precision, "3 March 1871", new Span(42, 54), EventDate.Anchor.DIRECT, false, Optional.empty());
        return new Event("e1", "a.txt", Language.EN, "Lead", 0, new Span(0, sentence.length()), sentence, new Span(11, 19),
                "captured", EventType.CAPTURE, Optional.of(date),
                List.of(new PlaceMention(new Span(20, 24), "Tula", Optional.of(TULA), 0.9, List.of())), List.of(),
                List.of(new Figure(new Span(31, 34), "500 men", 500, Optional.empty(), false, "men")),
                Modality.ASSERTED, false, Optional.empty());
    }

    @Test
    void jsonLinesCarryTheProductFields() throws Exception {
        JsonNode row = Json.MAPPER.readTree(EventFormat.jsonLines(List.of(event("1871-03-03", Precision.DAY))));
        assertThat(row.fieldNames()).toIterable().contains("doc", "lang", "sentence", "span", "trigger", "type", "date",
                "places", "actors", "figures");
        assertThat(row.at("/date/value").asText()).isEqualTo("1871-03-03");
        assertThat(row.at("/places/0/lat").asDouble()).isEqualTo(20.05);
        assertThat(row.at("/figures/0/value").asDouble()).isEqualTo(500);
    }

    @Test
    void csvOpensWithAHeaderAndQuotesCommas() {
        String[] lines = EventFormat.csv(List.of(event("1871-03-03", Precision.DAY))).split("\r\n");
        assertThat(lines[0]).startsWith("doc,lang,section,date,precision");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains("\"The rebels captured Tula, with 500 men, on 3 March 1871.\"");
    }

    @Test
    void timelineHasNumericStartDatesAndHeadlines() throws Exception {
        JsonNode tl = Json.MAPPER.readTree(Json.line(
                EventFormat.timeline(List.of(event("1871-03-03", Precision.DAY), event("1861/1867", Precision.RANGE)))));
        JsonNode first = tl.at("/events/0");
        assertThat(first.at("/start_date/year").isInt()).isTrue();
        assertThat(first.at("/start_date/month").asInt()).isEqualTo(3);
        assertThat(first.at("/start_date/day").asInt()).isEqualTo(3);
        assertThat(first.at("/text/headline").asText()).isNotBlank();
        assertThat(tl.at("/events/1/end_date/year").asInt()).isEqualTo(1867);
        assertThat(tl.at("/title/text/headline").asText()).isNotBlank();
    }

    @Test
    void geojsonIsAFeatureCollectionOfLonLatPointsWithTimes() throws Exception {
        JsonNode g = Json.MAPPER.readTree(Json.line(EventFormat.geojson(List.of(event("1871-03", Precision.MONTH)))));
        assertThat(g.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode f = g.at("/features/0");
        assertThat(f.get("type").asText()).isEqualTo("Feature");
        assertThat(f.at("/geometry/type").asText()).isEqualTo("Point");
        assertThat(f.at("/geometry/coordinates/0").asDouble()).isEqualTo(-99.34); // longitude first (RFC 7946)
        assertThat(f.at("/geometry/coordinates/1").asDouble()).isEqualTo(20.05);
        assertThat(f.at("/properties/start").asText()).isEqualTo("1871-03-01");
        assertThat(f.at("/properties/end").asText()).isEqualTo("1871-03-31");
    }
}
