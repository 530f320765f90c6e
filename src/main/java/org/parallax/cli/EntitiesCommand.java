package org.parallax.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.parallax.extract.time.TimeTagger;
import org.parallax.model.ActorMention;
import org.parallax.model.Document;
import org.parallax.model.Figure;
import org.parallax.model.Place;
import org.parallax.model.PlaceMention;
import org.parallax.model.Sentence;
import org.parallax.model.Timex;
import org.parallax.model.TimexType;
import org.parallax.resolve.Entities;
import org.parallax.resolve.EntityResolver;
import org.parallax.resolve.SideChange;
import org.parallax.segment.Segmenter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code parallax entities}: places and figures of each document as JSON lines, then one line per actor
 * cluster over all the documents (so that the same person's names in each edition sit together).
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Print places, figures (per document) and actor clusters (across all documents) as JSON lines.")
final class EntitiesCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<String, Map<String, Object>> clusters = new TreeMap<>();
    private final TimeTagger tagger = new TimeTagger(TimeTagger.Mode.NARRATIVE);
    private final Segmenter segmenter = new Segmenter();

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        EntityResolver resolver = new EntityResolver();
        int code = Batch.run(input.files, input.reader(cli), cli.getOut(), cli.getErr(), doc -> lines(doc, resolver));
        for (Map<String, Object> cluster : clusters.values()) {
            cli.getOut().print(Json.line(cluster));
        }
        cli.getOut().flush();
        return code;
    }

    private String lines(Document doc, EntityResolver resolver) {
        Entities entities = resolver.resolve(doc);
        List<SideChange> changes = resolver.sideChanges(doc);
        StringBuilder out = new StringBuilder();
        for (PlaceMention p : entities.places()) {
            Map<String, Object> row = head(doc, "place");
            row.put("name", p.text());
            row.put("span", List.of(p.span().start(), p.span().end()));
            p.place().ifPresentOrElse(place -> {
                row.put("geonameid", place.geonameId());
                row.put("resolved", place.name());
                if (Character.isLowerCase(p.text().charAt(0))) {
                    row.put("refers_to", place.name()); // "the city" standing for the last town named
                }
                row.put("country", place.countryCode());
                row.put("feature", place.featureCode());
                row.put("lat", place.lat());
                row.put("lon", place.lon());
            }, () -> row.put("geonameid", null));
            row.put("confidence", p.confidence());
            row.put("alternatives", p.alternatives().stream().map(EntitiesCommand::brief).toList());
            out.append(Json.line(row));
        }
        for (Figure f : entities.figures()) {
            Map<String, Object> row = head(doc, "figure");
            row.put("value", f.value());
            row.put("unit", f.unit());
            row.put("range", f.upper().map(u -> List.of(f.value(), u)).orElse(null));
            row.put("approximate", f.approximate());
            row.put("text", f.text());
            row.put("span", List.of(f.span().start(), f.span().end()));
            out.append(Json.line(row));
        }
        remember(doc, entities.actors(), changes, changes.isEmpty() ? Map.of() : datesOf(doc, changes));
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    /** The date the sentence of each change of side gives, if any: "On 19 March, … Lozada … sided with the imperialists". */
    private Map<SideChange, String> datesOf(Document doc, List<SideChange> changes) {
        List<Timex> dates = tagger.timexes(doc).stream().filter(t -> t.type() == TimexType.DATE).toList();
        List<Sentence> sentences = segmenter.sentences(doc);
        Map<SideChange, String> out = new java.util.HashMap<>();
        for (SideChange c : changes) {
            sentences.stream().filter(s -> s.span().contains(c.span())).findFirst().flatMap(s -> dates.stream()
                    .filter(t -> s.span().contains(t.span())).findFirst()).ifPresent(t -> out.put(c, t.value()));
        }
        return out;
    }

    private void remember(Document doc, List<ActorMention> actors, List<SideChange> changes, Map<SideChange, String> dates) {
        for (ActorMention a : actors) {
            Map<String, Object> c = clusters.computeIfAbsent(a.actorId(), id -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", "actor");
                m.put("id", id);
                m.put("type", a.kind().name());
                m.put("names", new TreeMap<String, LinkedHashSet<String>>());
                m.put("sides", new LinkedHashSet<String>());
                m.put("changes", new ArrayList<Map<String, Object>>());
                m.put("mentions", new ArrayList<Map<String, Object>>());
                return m;
            });
            ((Map<String, LinkedHashSet<String>>) c.get("names")).computeIfAbsent(doc.language().code(), l -> new LinkedHashSet<>()).add(a.name());
            a.side().ifPresent(((LinkedHashSet<String>) c.get("sides"))::add);
            Map<String, Object> mention = new LinkedHashMap<>();
            mention.put("doc", doc.id());
            mention.put("lang", doc.language().code());
            mention.put("text", a.text());
            mention.put("span", List.of(a.span().start(), a.span().end()));
            ((List<Map<String, Object>>) c.get("mentions")).add(mention);
        }
        for (SideChange s : changes) {
            Map<String, Object> c = clusters.get(s.actorId());
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("doc", doc.id());
            change.put("to", s.side());
            change.put("text", s.span().of(doc.text()));
            change.put("span", List.of(s.span().start(), s.span().end()));
            change.put("date", dates.get(s));
            ((List<Map<String, Object>>) c.get("changes")).add(change);
        }
    }

    private static Map<String, Object> head(Document doc, String kind) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("doc", doc.id());
        row.put("lang", doc.language().code());
        row.put("kind", kind);
        return row;
    }

    private static Map<String, Object> brief(Place p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("geonameid", p.geonameId());
        m.put("name", p.name());
        m.put("country", p.countryCode());
        m.put("admin1", p.admin1());
        m.put("feature", p.featureCode());
        m.put("population", p.population());
        m.put("lat", p.lat());
        m.put("lon", p.lon());
        return m;
    }
}
