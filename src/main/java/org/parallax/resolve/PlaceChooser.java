package org.parallax.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Document;
import org.parallax.model.Place;
import org.parallax.model.PlaceMention;
import org.parallax.model.Span;
import org.parallax.resolve.Words.Word;
import org.parallax.resolve.gazetteer.Gazetteer;
import org.parallax.resolve.gazetteer.Gazetteer.Match;

/**
 * Chooses the place each name denotes from the document's context. Every candidate first votes for
 * the country and first-level division of its likeliest reading; then each reading is scored by
 * population, feature type (countries, divisions, capitals first), the share of the document's names
 * in its country and division, nearness to the other places of the same paragraph, and whether the
 * name is the place's name in the document's language (French "Mexico" is the city, English
 * "Mexico" the country). A reading below the threshold leaves the name unresolved.
 */
final class PlaceChooser {
    static final double THRESHOLD = 1.2;
    private static final double NEAR_KM = 300;
    private static final int ALTERNATIVES = 5;
    /** Farther than this from the middle of the document's places, a town alone in its country is an ocean away. */
    private static final double FAR_KM = 3000;

    private final Gazetteer gazetteer;
    private final Lexicon lex;

    PlaceChooser(Gazetteer gazetteer, Lexicon lex) {
        this.gazetteer = gazetteer;
        this.lex = lex;
    }

    List<PlaceMention> choose(Document doc, List<Word> words, List<PlaceFinder.Candidate> candidates) {
        String lang = doc.language().code();
        List<List<Match>> readings = new ArrayList<>();
        Map<String, Double> votes = new HashMap<>();
        double total = 0;
        for (PlaceFinder.Candidate c : candidates) {
            readings.add(c.known() ? spelledAlike(c.name(), preferCities(gazetteer.lookup(c.name()), divisionCued(words, c.from())))
                    : List.of());
        }
        qualify(words, candidates, readings);
        for (List<Match> matches : readings) {
            Optional<Match> prior = matches.stream().max(Comparator.comparingDouble(m -> prior(m, lang)));
            if (prior.isPresent()) {
                Place p = prior.get().place();
                votes.merge(p.countryCode(), 1.0, Double::sum);
                if (!p.featureCode().equals("PCLI")) {
                    votes.merge(p.countryCode() + "." + p.admin1(), 1.0, Double::sum);
                }
                total++;
            }
        }
        List<Optional<Place>> firstPass = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            firstPass.add(best(readings.get(k), lang, votes, total, List.of()).map(Match::place));
        }
        List<List<Place>> neighbours = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            neighbours.add(neighbours(doc, words, candidates, firstPass, k));
        }
        // One sense per document: a name that is not marked as a division ("the state of") names one
        // place throughout, the reading with the highest score summed over all its mentions.
        Map<String, Map<Place, Double>> byName = new HashMap<>();
        for (int k = 0; k < candidates.size(); k++) {
            if (!divisionCued(words, candidates.get(k).from())) {
                Map<Place, Double> sum = byName.computeIfAbsent(Gazetteer.fold(candidates.get(k).name()), n -> new HashMap<>());
                for (Match m : readings.get(k)) {
                    sum.merge(m.place(), score(m, lang, votes, total, neighbours.get(k)), Double::sum);
                }
            }
        }
        List<PlaceMention> out = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            PlaceFinder.Candidate c = candidates.get(k);
            Optional<Place> sense = divisionCued(words, c.from()) ? Optional.empty()
                    : byName.getOrDefault(Gazetteer.fold(c.name()), Map.of()).entrySet().stream()
                            .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
            out.add(mention(doc, words, c, readings.get(k), lang, votes, total, neighbours.get(k), sense));
        }
        return withoutFarHomonyms(shortForms(out));
    }

    /**
     * A town's name the document also writes in a longer form that starts with it ("Frankfurt" after "Frankfurt
     * an der Oder") names the town of the longer form: a writer who has said which Frankfurt goes on with the short name.
     * The short name's own reading is kept as the first alternative.
     */
    private static List<PlaceMention> shortForms(List<PlaceMention> mentions) {
        java.util.NavigableMap<String, Place> full = new java.util.TreeMap<>();
        for (PlaceMention m : mentions) {
            m.place().filter(p -> p.featureCode().startsWith("PPL")).ifPresent(p -> full.putIfAbsent(Gazetteer.fold(m.text()), p));
        }
        List<PlaceMention> out = new ArrayList<>(mentions.size());
        for (PlaceMention m : mentions) {
            String name = Gazetteer.fold(m.text());
            // Two longer forms that name different towns ("Frankfurt am Main", "Frankfurt an der Oder") leave it open.
            List<Place> longers = full.subMap(name + " ", true, name + " \uffff", true).values().stream().distinct().toList();
            Optional<Place> longer = longers.size() == 1 ? Optional.of(longers.get(0)) : Optional.empty();
            // "Mexico" after "Mexico City" is the country: only a town's name is shortened.
            boolean town = m.place().map(p -> p.featureCode().startsWith("PPL")).orElse(true);
            if (longer.isPresent() && town && !m.place().equals(longer)) {
                List<Place> alternatives = new ArrayList<>();
                m.place().ifPresent(alternatives::add);
                m.alternatives().stream().filter(p -> !p.equals(longer.get()) && !alternatives.contains(p)).forEach(alternatives::add);
                out.add(new PlaceMention(m.span(), m.text(), longer, Math.max(0.5, m.confidence()),
                        firstAlternatives(alternatives)));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** The first {@link #ALTERNATIVES} places of a list, as a mention keeps them. */
    private static List<Place> firstAlternatives(List<Place> places) {
        return places.subList(0, Math.min(places.size(), ALTERNATIVES));
    }

    /**
     * A town alone in its country among the document's places and an ocean away from the rest of them is a
     * homonym the scores could not rule out, not the place the text means: English "in Bohemia" is no village in
     * New York, German "den Bismarck" no capital in North Dakota, in an article about a battle in Bohemia. It takes
     * the first of its other readings that is near the rest ("Cartagena" in Spain, not Colombia, in an article on
     * Trafalgar), or is left unresolved; the far reading is kept as the first alternative. A far place the text
     * names with others of its country ("Paris" with "France") keeps its reading.
     */
    private static List<PlaceMention> withoutFarHomonyms(List<PlaceMention> mentions) {
        Map<Place, Integer> counts = new HashMap<>();
        mentions.forEach(m -> m.place().ifPresent(p -> counts.merge(p, 1, Integer::sum)));
        if (counts.size() < 3) {
            return mentions;
        }
        // The middle is the place with the most mentions within reach of it, and of those the nearest to all the
        // rest: homonyms scattered over other continents, however often named, do not pull it the way they pull a
        // sum of distances.
        Place middle = null;
        int bestReach = -1;
        double bestSum = Double.MAX_VALUE;
        for (Place p : counts.keySet()) {
            int reach = 0;
            double sum = 0;
            for (Map.Entry<Place, Integer> q : counts.entrySet()) {
                double d = p.distanceKm(q.getKey());
                reach += d <= FAR_KM && !q.getKey().equals(p) ? q.getValue() : 0;
                sum += d * q.getValue();
            }
            if (reach > bestReach || reach == bestReach && sum < bestSum) {
                bestReach = reach;
                bestSum = sum;
                middle = p;
            }
        }
        if (bestReach == 0) {
            return mentions; // no two places near each other: nothing to call far
        }
        Place centre = middle;
        Map<String, Long> byCountry = new HashMap<>();
        counts.keySet().forEach(p -> byCountry.merge(p.countryCode(), 1L, Long::sum));
        List<PlaceMention> out = new ArrayList<>(mentions.size());
        for (PlaceMention m : mentions) {
            Place p = m.place().orElse(null);
            if (p != null && p.featureCode().startsWith("PPL") && byCountry.getOrDefault(p.countryCode(), 0L) == 1
                    && p.distanceKm(centre) > FAR_KM) {
                Optional<Place> near = m.alternatives().stream().filter(q -> q.distanceKm(centre) <= FAR_KM).findFirst();
                List<Place> alternatives = new ArrayList<>(m.alternatives());
                near.ifPresent(alternatives::remove);
                alternatives.add(0, p);
                out.add(new PlaceMention(m.span(), m.text(), near, near.isPresent() ? 0.5 : 0.0,
                        firstAlternatives(alternatives)));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private PlaceMention mention(Document doc, List<Word> words, PlaceFinder.Candidate c, List<Match> matches, String lang,
                                 Map<String, Double> votes, double total, List<Place> neighbours, Optional<Place> sense) {
        Span span = new Span(words.get(c.from()).start(), words.get(c.to() - 1).end());
        String text = span.of(doc.text());
        if (matches.isEmpty()) {
            return new PlaceMention(span, text, Optional.empty(), 0.0, List.of());
        }
        List<Match> ranked = new ArrayList<>(matches);
        Map<Match, Double> scores = new HashMap<>();
        for (Match m : ranked) {
            scores.put(m, score(m, lang, votes, total, neighbours));
        }
        ranked.sort(Comparator.comparingDouble((Match m) -> -scores.get(m)));
        sense.flatMap(p -> ranked.stream().filter(m -> m.place().equals(p)).findFirst()).ifPresent(m -> {
            ranked.remove(m);
            ranked.add(0, m);
        });
        double top = scores.get(ranked.get(0));
        double second = ranked.size() > 1 ? Math.min(top, scores.get(ranked.get(1))) : top - 1.0;
        List<Place> alternatives = new ArrayList<>();
        for (int i = 1; i < ranked.size() && alternatives.size() < ALTERNATIVES; i++) {
            if (!alternatives.contains(ranked.get(i).place())) {
                alternatives.add(ranked.get(i).place());
            }
        }
        if (top < THRESHOLD) {
            List<Place> all = new ArrayList<>();
            all.add(ranked.get(0).place());
            all.addAll(alternatives);
            return new PlaceMention(span, text, Optional.empty(), 0.0, firstAlternatives(all));
        }
        double confidence = Math.min(0.99, 0.5 + (top - second) / 2 + (top - THRESHOLD) / 4);
        return new PlaceMention(span, text, Optional.of(ranked.get(0).place()), round(confidence), alternatives);
    }

    /**
     * "Santa Isabel, Chihuahua", "Alvarado, Veracruz": a name followed by a comma and a division (or a
     * country) is the place of that name inside it, and the qualifier is the division, not its capital.
     */
    private void qualify(List<Word> words, List<PlaceFinder.Candidate> candidates, List<List<Match>> readings) {
        for (int k = 0; k + 1 < candidates.size(); k++) {
            PlaceFinder.Candidate c = candidates.get(k);
            PlaceFinder.Candidate q = candidates.get(k + 1);
            if (q.from() != c.to() + 1 || !words.get(c.to()).text().equals(",") || !q.known()) {
                continue;
            }
            List<Match> divisions = gazetteer.lookup(q.name()).stream().filter(m -> m.place().featureCode().equals("ADM1")
                    || m.place().featureCode().equals("PCLI")).toList();
            List<Match> inside = readings.get(k).stream().filter(m -> divisions.stream().anyMatch(d -> d.place().countryCode()
                    .equals(m.place().countryCode()) && (d.place().featureCode().equals("PCLI")
                    || d.place().admin1().equals(m.place().admin1())) && !d.place().equals(m.place()))).toList();
            if (!inside.isEmpty()) {
                readings.set(k, inside);
                readings.set(k + 1, divisions.stream().filter(d -> inside.stream().anyMatch(m -> m.place().countryCode()
                        .equals(d.place().countryCode()) && (d.place().featureCode().equals("PCLI")
                        || d.place().admin1().equals(m.place().admin1())))).toList());
            }
        }
    }

    /**
     * A division and a city of it that share the name ("Puebla", "Oaxaca", "Durango" for Victoria de
     * Durango, its capital): a narrative of marches and sieges means the city unless the text says "the
     * state of". The division is dropped from the readings then.
     */
    private static List<Match> preferCities(List<Match> matches, boolean divisionCued) {
        if (divisionCued) {
            List<Match> divisions = matches.stream().filter(m -> m.place().featureCode().equals("ADM1")).toList();
            return divisions.isEmpty() ? matches : divisions;
        }
        List<Match> out = new ArrayList<>(matches);
        out.removeIf(d -> d.place().featureCode().equals("ADM1") && matches.stream().anyMatch(c -> sameDivision(c, d)
                && c.place().featureCode().startsWith("PPL") && c.place().population() >= 20_000
                && (c.main() || Gazetteer.fold(c.place().name()).contains(Gazetteer.fold(d.place().name())))));
        // "Guatemala": a country and one of its divisions share the name; without "the department of" it is the country.
        out.removeIf(d -> d.place().featureCode().equals("ADM1") && matches.stream().anyMatch(c ->
                c.place().featureCode().equals("PCLI") && c.place().countryCode().equals(d.place().countryCode())));
        return out;
    }

    private static boolean sameDivision(Match a, Match b) {
        return a.place().countryCode().equals(b.place().countryCode()) && a.place().admin1().equals(b.place().admin1());
    }

    private boolean divisionCued(List<Word> words, int at) {
        for (int n = 1; n <= 3 && at - n >= 0; n++) {
            if (lex.divisionCues.contains(NameSequences.phrase(words, at - n, at))) {
                return true;
            }
        }
        return false;
    }

    /** The likeliest reading of a name (no context), for the votes. */
    private static double prior(Match m, String lang) {
        return population(m.place()) + feature(m.place()) + language(m, lang);
    }

    /**
     * A name written with its accents ("Münster") is not the place whose name is the same letters without them
     * ("Munster" in Ireland) when a place of exactly that spelling is among the readings: the gazetteer folds
     * accents to find both, the writer did not.
     */
    static List<Match> spelledAlike(String name, List<Match> matches) {
        if (name.chars().allMatch(ch -> ch < 128)) {
            return matches;
        }
        boolean exact = matches.stream().anyMatch(m -> m.place().name().equalsIgnoreCase(name));
        if (!exact) {
            return matches;
        }
        String folded = Gazetteer.fold(name);
        return matches.stream().filter(m -> m.place().name().equalsIgnoreCase(name)
                || !Gazetteer.fold(m.place().name()).equals(folded)).toList();
    }

    private Optional<Match> best(List<Match> matches, String lang, Map<String, Double> votes, double total, List<Place> near) {
        return matches.stream().max(Comparator.comparingDouble(m -> score(m, lang, votes, total, near)));
    }

    private static double score(Match m, String lang, Map<String, Double> votes, double total, List<Place> near) {
        Place p = m.place();
        double s = prior(m, lang);
        if (total > 0) {
            s += 1.2 * votes.getOrDefault(p.countryCode(), 0.0) / total;
            s += 0.6 * votes.getOrDefault(p.countryCode() + "." + p.admin1(), 0.0) / total;
        }
        for (Place q : near) {
            if (q != p && !q.featureCode().equals("PCLI") && p.distanceKm(q) < NEAR_KM) {
                s += 0.3;
                break;
            }
        }
        return s;
    }

    /**
     * Population on a log scale. Places without a population figure are weighed by what they are: the
     * continents, seas and rivers the project adds are as prominent as a large city, a vanished town
     * like a small one.
     */
    private static double population(Place p) {
        if (p.population() == 0) {
            return switch (p.featureCode()) {
                case "CONT", "OCN", "GULF", "RGN", "STM" -> 1.0;
                case "PPLH" -> 0.75;
                default -> 0.0;
            };
        }
        return 0.2 * Math.log10(p.population() + 1.0);
    }

    private static double feature(Place p) {
        return switch (p.featureCode()) {
            case "PCLI" -> 0.7;
            case "ADM1" -> 0.45;
            case "CONT", "OCN", "GULF", "RGN" -> 0.8;
            case "STM" -> 0.8;
            case "PPLC" -> 0.35;
            case "PPLA" -> 0.25;
            case "PPLH" -> 0.4;
            default -> 0.0;
        };
    }

    /**
     * A name in the document's language counts for it, a name of another language against it — but a
     * town's own name is shared by every language (the gazetteer tags "Matamoros" as English for one
     * town and not for another), so for towns only exonyms count: names that are not the main name.
     * Countries and divisions are translated almost everywhere, so their tags always count (French
     * "Mexico" is the city, not the country).
     */
    private static double language(Match m, String lang) {
        double s = m.main() ? 0.05 : 0.0;
        boolean translated = !m.main() || m.place().featureCode().equals("PCLI") || m.place().featureCode().equals("ADM1");
        if (m.language().isEmpty() || !translated) {
            return s;
        }
        return m.language().equals(lang) ? s + 0.35 : s - 0.3;
    }

    private static List<Place> neighbours(Document doc, List<Word> words, List<PlaceFinder.Candidate> candidates,
                                          List<Optional<Place>> chosen, int k) {
        int paragraph = doc.paragraphAt(words.get(candidates.get(k).from()).start());
        List<Place> out = new ArrayList<>();
        for (int j = Math.max(0, k - 12); j < Math.min(candidates.size(), k + 12); j++) {
            if (j != k && chosen.get(j).isPresent()
                    && doc.paragraphAt(words.get(candidates.get(j).from()).start()) == paragraph) {
                out.add(chosen.get(j).get());
            }
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
