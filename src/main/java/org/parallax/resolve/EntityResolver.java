package org.parallax.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.ActorKind;
import org.parallax.model.ActorMention;
import org.parallax.model.Document;
import org.parallax.model.Figure;
import org.parallax.model.PlaceMention;
import org.parallax.model.Span;
import org.parallax.resolve.NameSequences.Seq;
import org.parallax.resolve.Words.Word;
import org.parallax.resolve.gazetteer.Gazetteer;

/**
 * Finds the places, actors and figures a document names: places are resolved to gazetteer entries by
 * the document's context (or left unresolved, never forced), actors get language-independent cluster
 * ids ("Maximilian", "Massimiliano" and "Maximilien" share one), figures get their value and unit.
 * Safe for use from several threads once built.
 */
public final class EntityResolver {
    private final Gazetteer gazetteer;

    /** A resolver over the gazetteer extract bundled with Parallax. */
    public EntityResolver() {
        this(Gazetteer.bundled());
    }

    public EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** All entities of the document, each list in text order. */
    public Entities resolve(Document doc) {
        return analyse(doc).entities();
    }

    /** The entities inside one span (a sentence), resolved with the whole document as context. */
    public Entities resolveSpan(Document doc, Span span) {
        return resolve(doc).within(span);
    }

    /** The changes of side the document states, in text order. */
    public List<SideChange> sideChanges(Document doc) {
        return analyse(doc).changes();
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    private record Analysis(Entities entities, List<SideChange> changes) {
    }

    private Analysis analyse(Document doc) {
        Lexicon lex = Lexicon.of(doc.language());
        String text = doc.text();
        List<Word> words = Words.of(text, lex.abbreviations);
        java.util.function.BiFunction<Integer, Integer, String> phrase =
                (from, to) -> text.substring(words.get(from).start(), words.get(to - 1).end());
        // A name that holds its article is kept whole only where the rest alone names another place the run would
        // be read as ("La Guaira", not Guairá; "La Rochelle"), and no state ("La Francia" is Italian for France): a
        // rest that names nothing may be a person's surname ("La Valette" for Jean de La Valette).
        List<Seq> seqs = NameSequences.find(words, lex, (from, to) -> gazetteer.knows(phrase.apply(from, to)),
                (from, to) -> gazetteer.knows(phrase.apply(from, to)) && gazetteer.knows(phrase.apply(from + 1, to))
                        && !gazetteer.namesState(phrase.apply(from + 1, to)));
        ActorFinder actors = new ActorFinder(lex, gazetteer);
        Set<String> lowercase = PlaceFinder.lowercase(words);
        List<ActorFinder.Person> people = actors.people(words, seqs, lowercase);
        PlaceFinder placeFinder = new PlaceFinder(lex, gazetteer);
        Set<Integer> personStarts = new HashSet<>();
        people.forEach(p -> personStarts.add(p.seq().from()));
        List<PlaceFinder.Candidate> candidates = new ArrayList<>(placeFinder.find(text, words, seqs, personStarts, lowercase));
        // A surname standing in an enumeration of places is the place ("Puebla, Hidalgo and Tlaxcala").
        List<ActorFinder.Person> kept = new ArrayList<>();
        Set<String> fullNamed = new HashSet<>();
        people.stream().filter(p -> !p.given().isEmpty()).forEach(p -> fullNamed.add(p.surname()));
        for (ActorFinder.Person p : people) {
            // A surname of someone the text names in full stays the person's even in a list ("Tampico, Escobedo
            // was based …"), unless it names a division ("Actopan, Hidalgo").
            boolean lone = p.seq().length() == 1 && p.from() == p.seq().from() && p.given().isEmpty()
                    && (!fullNamed.contains(p.surname()) || gazetteer.lookup(words.get(p.seq().from()).text()).stream()
                            .anyMatch(m -> m.place().featureCode().equals("ADM1")));
            if (lone && gazetteer.knows(words.get(p.seq().from()).text()) && placeFinder.inPlaceList(words, p.seq(), candidates)) {
                candidates.add(new PlaceFinder.Candidate(p.seq().from(), p.seq().to(), words.get(p.seq().from()).text(),
                        placeFinder.cued(words, p.seq().from()), true));
            } else {
                kept.add(p);
            }
        }
        candidates.sort(Comparator.comparingInt(PlaceFinder.Candidate::from));
        List<PlaceMention> places = new ArrayList<>();
        List<PlaceMention> chosen = new PlaceChooser(gazetteer, lex).choose(doc, words, candidates);
        for (int k = 0; k < chosen.size(); k++) {
            PlaceMention m = chosen.get(k);
            PlaceFinder.Candidate c = candidates.get(k);
            // A known name that fits no place well and that no cue introduces is most likely not a place at all.
            if (m.place().isPresent() || c.cued() || !c.known()) {
                places.add(m);
            }
        }
        places.addAll(anaphors(doc, words, lex, places));
        places.sort(Comparator.comparing(PlaceMention::span));
        List<ActorMention> personMentions = ActorFinder.mentions(text, words, kept);
        List<ActorMention> actorMentions = new ArrayList<>(personMentions);
        actorMentions.addAll(actors.groups(text, words));
        // A country named in the text is also a state taking part: one id per country in every language.
        for (PlaceMention m : places) {
            m.place().filter(p -> p.featureCode().equals("PCLI")).ifPresent(p -> actorMentions.add(new ActorMention(m.span(),
                    m.text(), "state:" + p.countryCode().toLowerCase(java.util.Locale.ROOT), p.name(), ActorKind.STATE,
                    java.util.Optional.empty())));
        }
        actorMentions.sort(Comparator.comparing(ActorMention::span));
        List<Figure> figures = new FigureReader(lex).read(text, words);
        int[] wordAt = wordIndex(text, words);
        List<SideChange> changes = new DefectionFinder(lex).find(text, words, personMentions, wordAt);
        return new Analysis(new Entities(places, actorMentions, figures), changes);
    }

    /**
     * "The city", "la ville": the last town (a populated place) named before it in the same paragraph, as
     * a mention of its own whose text is the phrase; none when the paragraph named no town before it.
     */
    private static List<PlaceMention> anaphors(Document doc, List<Word> words, Lexicon lex, List<PlaceMention> places) {
        List<PlaceMention> out = new ArrayList<>();
        int next = 0;
        PlaceMention lastTown = null;
        for (int i = 0; i + 1 < words.size(); i++) {
            // "the town's" is read as "town'" + "s" (the elision pattern of French and Italian).
            String second = words.get(i + 1).text();
            boolean possessive = (second.endsWith("'") || second.endsWith("\u2019")) && i + 2 < words.size()
                    && words.get(i + 2).text().equals("s");
            String phrase = words.get(i).folded() + " " + Lexicon.fold(possessive ? second.substring(0, second.length() - 1) : second);
            int after = i + (possessive ? 3 : 2);
            boolean named = after < words.size() && (words.get(after).capitalized()
                    || NameSequences.particleLength(words, after, lex) > 0 && !possessive);
            if (!lex.placeAnaphors.contains(phrase) || named) {
                continue; // "the port of Manzanillo" names its place
            }
            int at = words.get(i).start();
            // The places are in text order: one pointer over them keeps this linear in the document.
            while (next < places.size() && places.get(next).span().end() <= at) {
                PlaceMention p = places.get(next++);
                if (p.place().map(q -> q.featureCode().startsWith("PPL")).orElse(false)) {
                    lastTown = p;
                }
            }
            PlaceMention town = lastTown != null && doc.paragraphAt(lastTown.span().start()) == doc.paragraphAt(at) ? lastTown : null;
            if (town != null) {
                Span span = new Span(at, words.get(i + 1).end() - (possessive ? 1 : 0));
                out.add(new PlaceMention(span, span.of(doc.text()), town.place(), Math.round(town.confidence() * 80) / 100.0, List.of()));
            }
        }
        return out;
    }

    private static int[] wordIndex(String text, List<Word> words) {
        int[] at = new int[text.length() + 1];
        for (Word w : words) {
            for (int i = w.start(); i < w.end(); i++) {
                at[i] = w.index();
            }
        }
        return at;
    }
}
