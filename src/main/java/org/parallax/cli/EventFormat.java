package org.parallax.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.ActorMention;
import org.parallax.model.Event;
import org.parallax.model.EventDate;
import org.parallax.model.Figure;
import org.parallax.model.PlaceMention;

/** The output formats of {@code parallax events}. */
enum EventFormat {
    JSONL, CSV, TIMELINEJS, GEOJSON;

    static Optional<EventFormat> named(String name) {
        for (EventFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    String write(List<Event> events) {
        return switch (this) {
            case JSONL -> jsonLines(events);
            case CSV -> csv(events);
            case TIMELINEJS -> Json.line(timeline(events));
            case GEOJSON -> Json.line(geojson(events));
        };
    }

    static String jsonLines(List<Event> events) {
        StringBuilder out = new StringBuilder();
        for (Event e : events) {
            out.append(Json.line(row(e)));
        }
        return out.toString();
    }

    /** The JSON object of PRODUCT.md, plus section, modality, negation, anchor and sameAs. */
    static Map<String, Object> row(Event e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", e.id());
        row.put("doc", e.docId());
        row.put("lang", e.language().code());
        row.put("section", e.section());
        row.put("sentence", e.sentence());
        row.put("sentence_index", e.sentenceIndex());
        row.put("span", List.of(e.triggerSpan().start(), e.triggerSpan().end()));
        row.put("sentence_span", List.of(e.sentenceSpan().start(), e.sentenceSpan().end()));
        row.put("trigger", e.trigger());
        row.put("type", e.type().code());
        row.put("date", e.date().map(EventFormat::date).orElse(Map.of()));
        row.put("places", e.places().stream().map(EventFormat::place).toList());
        row.put("actors", e.actors().stream().map(ActorMention::name).distinct().toList());
        row.put("figures", e.figures().stream().map(EventFormat::figure).toList());
        row.put("modality", e.modality().name().toLowerCase(Locale.ROOT));
        row.put("negated", e.negated());
        e.sameAs().ifPresent(s -> row.put("same_as", s));
        return row;
    }

    private static Map<String, Object> date(EventDate d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", d.value());
        m.put("precision", d.precision().code());
        m.put("text", d.text());
        m.put("anchor", d.anchor().name().toLowerCase(Locale.ROOT));
        m.put("inferred_year", d.inferredYear());
        d.mod().ifPresent(mod -> m.put("mod", mod));
        return m;
    }

    private static Map<String, Object> place(PlaceMention p) {
        Map<String, Object> m = new LinkedHashMap<>();
        // The name as the edition writes it ("Taxco"); the gazetteer's own name ("Taxco de Alarcón") beside it.
        m.put("name", p.text());
        m.put("gazetteer_name", p.place().map(x -> x.name()).orElse(null));
        m.put("lat", p.place().map(x -> (Object) x.lat()).orElse(null));
        m.put("lon", p.place().map(x -> (Object) x.lon()).orElse(null));
        return m;
    }

    private static Map<String, Object> figure(Figure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", f.value());
        m.put("unit", f.unit());
        m.put("text", f.text());
        return m;
    }

    // --- CSV (RFC 4180), one row per event ---

    private static final List<String> CSV_HEADER = List.of("doc", "lang", "section", "date", "precision", "date_text",
            "type", "trigger", "places", "actors", "figures", "modality", "negated", "same_as", "sentence", "start", "end");

    static String csv(List<Event> events) {
        StringBuilder out = new StringBuilder(String.join(",", CSV_HEADER)).append("\r\n");
        for (Event e : events) {
            List<String> cells = List.of(e.docId(), e.language().code(), e.section(),
                    e.date().map(EventDate::value).orElse(""), e.date().map(d -> d.precision().code()).orElse(""),
                    e.date().map(EventDate::text).orElse(""), e.type().code(), e.trigger(),
                    String.join("; ", e.places().stream().map(p -> p.place().map(x -> x.name()).orElse(p.text())).toList()),
                    String.join("; ", e.actors().stream().map(ActorMention::name).distinct().toList()),
                    String.join("; ", e.figures().stream().map(Figure::text).toList()),
                    e.modality().name().toLowerCase(Locale.ROOT), Boolean.toString(e.negated()), e.sameAs().orElse(""),
                    e.sentence(), Integer.toString(e.triggerSpan().start()), Integer.toString(e.triggerSpan().end()));
            out.append(String.join(",", cells.stream().map(EventFormat::quote).toList())).append("\r\n");
        }
        return out.toString();
    }

    private static String quote(String cell) {
        boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }

    // --- TimelineJS 3: {"title":…, "events":[{"start_date":{year,month,day}, "text":{headline,text}, …}]} ---

    static Map<String, Object> timeline(List<Event> events) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Event e : events) {
            Optional<Map<String, Object>> start = e.date().flatMap(d -> timelineDate(d.value(), true));
            if (start.isEmpty()) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("start_date", start.get());
            e.date().flatMap(d -> d.value().contains("/") ? timelineDate(d.value(), false) : Optional.empty())
                    .ifPresent(end -> item.put("end_date", end));
            Map<String, Object> text = new LinkedHashMap<>();
            text.put("headline", headline(e));
            text.put("text", html(e.sentence()) + " <small>(" + html(e.docId()) + ", " + e.language().code() + ")</small>");
            item.put("text", text);
            item.put("group", e.type().code());
            item.put("unique_id", e.language().code() + "-" + e.id() + "-" + Math.abs(e.docId().hashCode()));
            items.add(item);
        }
        Map<String, Object> title = new LinkedHashMap<>();
        Map<String, Object> titleText = new LinkedHashMap<>();
        titleText.put("headline", "Events");
        titleText.put("text", items.size() + " dated events");
        title.put("text", titleText);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", title);
        root.put("events", items);
        return root;
    }

    private static String headline(Event e) {
        String where = e.places().isEmpty() ? "" : " — " + e.places().get(0).place().map(p -> p.name()).orElse(e.places().get(0).text());
        String h = e.type().code().substring(0, 1).toUpperCase(Locale.ROOT) + e.type().code().substring(1) + ": " + e.trigger() + where;
        return html(h);
    }

    /** TimelineJS wants numbers: {"year":1862,"month":5,"day":5}; a season gives its first month. */
    static Optional<Map<String, Object>> timelineDate(String value, boolean start) {
        String v = value.contains("/") ? value.split("/", 2)[start ? 0 : 1] : value;
        String[] p = v.split("-");
        if (p.length == 0 || !p[0].matches("\\d{1,4}")) {
            return Optional.empty();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", Integer.parseInt(p[0]));
        if (p.length > 1) {
            Integer month = switch (p[1]) {
                case "SP" -> 3;
                case "SU" -> 6;
                case "FA" -> 9;
                case "WI" -> 12;
                default -> p[1].matches("\\d{2}") ? Integer.parseInt(p[1]) : null;
            };
            if (month != null) {
                m.put("month", month);
            }
        }
        if (p.length > 2 && p[2].matches("\\d{2}")) {
            m.put("day", Integer.parseInt(p[2]));
        }
        return Optional.of(m);
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // --- GeoJSON (RFC 7946): one Point feature per event and resolved place, [lon, lat] ---

    static Map<String, Object> geojson(List<Event> events) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (Event e : events) {
            for (PlaceMention p : e.places()) {
                if (p.place().isEmpty()) {
                    continue;
                }
                Map<String, Object> geometry = new LinkedHashMap<>();
                geometry.put("type", "Point");
                geometry.put("coordinates", List.of(p.place().get().lon(), p.place().get().lat()));
                Map<String, Object> props = new LinkedHashMap<>(row(e));
                props.put("place", p.place().get().name());
                e.date().flatMap(d -> timelineDate(d.value(), true)).ifPresent(s -> props.put("start", isoStart(s)));
                e.date().ifPresent(d -> props.put("end", isoEnd(d.value())));
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("type", "Feature");
                f.put("geometry", geometry);
                f.put("properties", props);
                features.add(f);
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("type", "FeatureCollection");
        root.put("features", features);
        return root;
    }

    private static String isoStart(Map<String, Object> d) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", (Integer) d.get("year"),
                (Integer) d.getOrDefault("month", 1), (Integer) d.getOrDefault("day", 1));
    }

    /** The last day a value covers: 1862-05 ends on 1862-05-31, 1861/1867 on 1867-12-31. */
    static String isoEnd(String value) {
        String v = value.contains("/") ? value.split("/", 2)[1] : value;
        String[] p = v.split("-");
        int year = Integer.parseInt(p[0]);
        if (p.length > 2 && p[2].matches("\\d{2}")) {
            return v;
        }
        if (p.length > 1 && p[1].matches("\\d{2}")) {
            return java.time.YearMonth.of(year, Integer.parseInt(p[1])).atEndOfMonth().toString();
        }
        if (p.length > 1) {
            int endMonth = switch (p[1]) {
                case "SP" -> 5;
                case "SU" -> 8;
                case "FA" -> 11;
                default -> 2;
            };
            int y = p[1].equals("WI") ? year + 1 : year;
            return java.time.YearMonth.of(y, endMonth).atEndOfMonth().toString();
        }
        return String.format(Locale.ROOT, "%04d-12-31", year);
    }
}
