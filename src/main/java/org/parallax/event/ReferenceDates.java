package org.parallax.event;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.model.ActorMention;
import org.parallax.model.Event;
import org.parallax.model.EventDate;
import org.parallax.model.EventType;
import org.parallax.model.Modality;
import org.parallax.model.PlaceMention;
import org.parallax.model.Span;
import org.parallax.model.Token;

/**
 * Dates a sentence that states no time but ties what it tells to an event the document has already told:
 * a temporal relation word, then a noun naming an event and a name ("Upon hearing of the fall of Puebla,
 * …", "Après la prise de Puebla, …", "Nach der Einnahme von Puebla …"). The noun says which types of event
 * it may mean ({@code event-references.txt}); the name must be a place or an actor of that earlier event,
 * or of the scene its paragraph set before it (a surrender told right after a battle at Puebla is the
 * surrender of Puebla); "the fall of the city" means the latest such event of the sentence's paragraph. The
 * reference then stands for a date: the latest such event's, anchored relative to it, with AFTER or BEFORE
 * from the relation word.
 */
final class ReferenceDates {
    /** Words allowed between the relation word and the event noun: "upon hearing of the fall", "nach der Einnahme". */
    private static final int MAX_GAP = 3;
    /** Lower-case words skipped between the event noun and the name: "of", "de la", "von der". */
    private static final int MAX_LINKS = 2;
    /** How many earlier events a reference looks back over: a window keeps the cost linear in the text. */
    private static final int LOOK_BACK = 400;

    private final String text;
    private final List<Token> tokens;
    private final List<String> words;
    private final EventLexicon lexicon;

    ReferenceDates(String text, List<Token> tokens, EventLexicon lexicon) {
        this.text = text;
        this.tokens = tokens;
        this.words = tokens.stream().map(t -> SentenceParts.stripElision(PhraseTable.fold(t.text()))).toList();
        this.lexicon = lexicon;
    }

    /**
     * The date the sentence takes from an earlier event it refers to, if any.
     *
     * @param earlier     the events of the document told before this sentence, in text order
     * @param paragraphOf the paragraph of each sentence, by sentence index
     * @param paragraph   the paragraph of this sentence: "the fall of the city" means a town of its story
     */
    Optional<DatedExpression> find(List<Event> earlier, int[] paragraphOf, int paragraph) {
        for (PhraseTable.Match signal : lexicon.signals.scan(words)) {
            String kind = signal.entry().columns().get(0);
            if (!kind.equals("after") && !kind.equals("before")) {
                continue;
            }
            for (int j = signal.end(); j < tokens.size() && j <= signal.end() + MAX_GAP; j++) {
                if (!Character.isLetter(tokens.get(j).text().charAt(0))) {
                    break;
                }
                PhraseTable.Match ref = lexicon.references.longestAt(words, j);
                if (ref == null) {
                    continue;
                }
                Set<EventType> types = Arrays.stream(ref.entry().columns().get(0).split(","))
                        .map(t -> EventType.valueOf(t.strip().toUpperCase(Locale.ROOT))).collect(Collectors.toSet());
                Optional<Span> name = nameAfter(ref.end()).or(() -> possessorBefore(ref.start(), signal.end()));
                Optional<Event> referent;
                if (name.isPresent()) {
                    referent = referent(earlier, types, PhraseTable.fold(name.get().of(text)), paragraphOf);
                } else {
                    name = townAfter(ref.end());
                    referent = name.isEmpty() ? Optional.empty() : inParagraph(earlier, types, paragraphOf, paragraph);
                }
                if (referent.isEmpty()) {
                    break;
                }
                EventDate d = referent.get().date().orElseThrow();
                Span span = new Span(tokens.get(signal.start()).span().start(),
                        Math.max(name.get().end(), tokens.get(ref.end() - 1).span().end()));
                return Optional.of(new DatedExpression(span, span.of(text), d.value(), d.precision(), d.inferredYear(),
                        Optional.of(kind.equals("after") ? "AFTER" : "BEFORE"), true));
            }
        }
        return Optional.empty();
    }

    /** The name after the event noun: a run of capitalised words, perhaps after "of the" or an elision ("d'Orizaba"). */
    private Optional<Span> nameAfter(int from) {
        int i = from;
        int start = -1;
        for (int links = 0; i < tokens.size() && links <= MAX_LINKS; i++, links++) {
            String t = tokens.get(i).text();
            int apostrophe = Math.max(t.indexOf('\''), t.indexOf('’'));
            if (apostrophe > 0 && apostrophe + 1 < t.length() && Character.isUpperCase(t.charAt(apostrophe + 1))) {
                start = tokens.get(i).span().start() + apostrophe + 1;
                break;
            }
            if (Character.isUpperCase(t.charAt(0))) {
                start = tokens.get(i).span().start();
                break;
            }
            if (!Character.isLetter(t.charAt(0))) {
                return Optional.empty();
            }
        }
        if (start < 0 || i >= tokens.size()) {
            return Optional.empty();
        }
        int end = tokens.get(i).span().end();
        // "San Luis Potosí", "Ciudad de México": capitalised words, with one short particle between two of them.
        for (int k = i + 1; k < tokens.size(); k++) {
            String t = tokens.get(k).text();
            if (Character.isUpperCase(t.charAt(0))) {
                end = tokens.get(k).span().end();
            } else if (!(t.length() <= 3 && Character.isLetter(t.charAt(0)) && k + 1 < tokens.size()
                    && Character.isUpperCase(tokens.get(k + 1).text().charAt(0)))) {
                break;
            }
        }
        return Optional.of(new Span(start, end));
    }

    /** "the fall of the city", "la prise de la ville": the head word of the language's "the city" phrases. */
    private Optional<Span> townAfter(int from) {
        for (int i = from; i < tokens.size() && i <= from + MAX_LINKS; i++) {
            if (lexicon.townWords.contains(words.get(i))) {
                return Optional.of(tokens.get(i).span());
            }
            if (!Character.isLetter(tokens.get(i).text().charAt(0))) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The latest earlier event of one of the types told in the same paragraph. */
    private static Optional<Event> inParagraph(List<Event> earlier, Set<EventType> types, int[] paragraphOf, int paragraph) {
        for (int k = earlier.size() - 1; k >= 0 && paragraphOf[earlier.get(k).sentenceIndex()] == paragraph; k--) {
            Event e = earlier.get(k);
            if (types.contains(e.type()) && e.date().isPresent() && e.modality() == Modality.ASSERTED && !e.negated()) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** "after Zaragoza's death": a capitalised possessor right before the event noun. */
    private Optional<Span> possessorBefore(int noun, int from) {
        if (noun - 1 < from) {
            return Optional.empty();
        }
        Token t = tokens.get(noun - 1);
        String w = t.text();
        boolean possessive = w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s")) && Character.isUpperCase(w.charAt(0));
        if (!possessive) {
            return Optional.empty();
        }
        int start = t.span().start();
        for (int k = noun - 2; k >= from && Character.isUpperCase(tokens.get(k).text().charAt(0)); k--) {
            start = tokens.get(k).span().start();
        }
        return Optional.of(new Span(start, t.span().end() - 2));
    }

    /** The latest earlier event of one of the types whose places or actors, or whose paragraph's scene, hold the name. */
    private static Optional<Event> referent(List<Event> earlier, Set<EventType> types, String name, int[] paragraphOf) {
        for (int k = earlier.size() - 1; k >= 0 && k >= earlier.size() - LOOK_BACK; k--) {
            Event e = earlier.get(k);
            if (!types.contains(e.type()) || e.date().isEmpty() || e.modality() != Modality.ASSERTED || e.negated()) {
                continue;
            }
            if (names(e, name) || e.places().isEmpty() && scene(earlier, k, paragraphOf).map(s -> names(s, name)).orElse(false)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The nearest event before {@code k} in the same paragraph that has places: where the story stands. */
    private static Optional<Event> scene(List<Event> earlier, int k, int[] paragraphOf) {
        int paragraph = paragraphOf[earlier.get(k).sentenceIndex()];
        for (int j = k - 1; j >= 0 && paragraphOf[earlier.get(j).sentenceIndex()] == paragraph; j--) {
            if (!earlier.get(j).places().isEmpty()) {
                return Optional.of(earlier.get(j));
            }
        }
        return Optional.empty();
    }

    private static boolean names(Event e, String name) {
        for (PlaceMention p : e.places()) {
            if (sameName(PhraseTable.fold(p.text()), name)
                    || p.place().map(pl -> sameName(PhraseTable.fold(pl.name()), name)).orElse(false)) {
                return true;
            }
        }
        for (ActorMention a : e.actors()) {
            if (sameName(PhraseTable.fold(a.text()), name) || sameName(PhraseTable.fold(a.name()), name)) {
                return true;
            }
        }
        return false;
    }

    /** "puebla" and "puebla de zaragoza", "zaragoza" and "ignacio zaragoza": one holds the other as whole words. */
    private static boolean sameName(String a, String b) {
        String pa = " " + a + " ";
        String pb = " " + b + " ";
        return !a.isBlank() && !b.isBlank() && (pa.contains(pb) || pb.contains(pa));
    }
}
