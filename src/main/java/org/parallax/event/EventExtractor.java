package org.parallax.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.event.SentenceFramer.Frame;
import org.parallax.extract.time.TimeTagger;
import org.parallax.model.Document;
import org.parallax.model.Event;
import org.parallax.model.EventDate;
import org.parallax.model.Sentence;
import org.parallax.model.Token;
import org.parallax.resolve.Entities;
import org.parallax.resolve.EntityResolver;
import org.parallax.segment.Segmenter;

/**
 * Reads the dated events an edition reports: for every sentence, each predicate that a time expression
 * dates (directly, shared with a coordinated predicate, or relative to another event — also one named
 * by a noun, "after the fall of Puebla", see {@link ReferenceDates}), with its type
 * from the language's trigger lexicon, its modality and negation, and the places, actors and figures
 * of its clause. A later mention of an event already told (the lead, then the body) is linked to the
 * first by {@code sameAs}. Also turns the infobox into claims ({@link #infobox}). Safe for use from
 * several threads once built.
 */
public final class EventExtractor {
    private final Segmenter segmenter;
    private final EntityResolver resolver;
    private final DateSource dates;

    /** An extractor over the bundled lexicons, gazetteer and temporal tagger. */
    public EventExtractor() {
        this(new Segmenter(), new EntityResolver());
    }

    public EventExtractor(Segmenter segmenter, EntityResolver resolver) {
        this.segmenter = segmenter;
        this.resolver = resolver;
        this.dates = new TaggerDates(new TimeTagger(TimeTagger.Mode.NARRATIVE));
    }

    /** The dated events of the document, in text order. */
    public List<Event> extract(Document doc) {
        try {
            return events(doc);
        } catch (EventException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EventException(doc.id() + ": cannot read events: " + e.getMessage(), e);
        }
    }

    /** The document's infobox as claims: date span, result, commanders and strengths per side, casualties. */
    public List<InfoboxFact> infobox(Document doc) {
        return new InfoboxReader(doc, dates).facts();
    }

    private List<Event> events(Document doc) {
        EventLexicon lexicon = EventLexicon.of(doc.language());
        List<DatedExpression> all = dates.dates(doc);
        Entities entities = resolver.resolve(doc);
        List<Event> out = new ArrayList<>();
        ClauseEntities attach = new ClauseEntities(doc, entities);
        int next = 0;
        List<Sentence> sentences = segmenter.sentences(doc);
        int[] paragraphOf = sentences.stream().mapToInt(Sentence::paragraph).toArray();
        for (Sentence s : sentences) {
            // Dates come in text order: one pass over them for the whole document keeps the cost linear.
            while (next < all.size() && all.get(next).span().start() < s.span().start()) {
                next++;
            }
            List<DatedExpression> inSentence = new ArrayList<>();
            for (int k = next; k < all.size() && all.get(k).span().start() < s.span().end(); k++) {
                if (s.span().contains(all.get(k).span())) {
                    inSentence.add(all.get(k));
                }
            }
            List<Token> tokens = segmenter.tokens(doc, s.span());
            if (inSentence.isEmpty()) {
                // No time stated: the sentence may still be dated by an event it refers back to.
                Optional<DatedExpression> ref = new ReferenceDates(doc.text(), tokens, lexicon).find(out, paragraphOf, s.paragraph());
                if (ref.isEmpty()) {
                    continue;
                }
                inSentence.add(ref.get());
            }
            SentenceParts parts = new SentenceParts(tokens, inSentence, lexicon);
            List<Frame> frames = new SentenceFramer(parts, inSentence).frames();
            String section = section(doc, s.span().start());
            for (Frame f : frames) {
                ClauseEntities.Attached a = attach.forFrame(s, parts, frames, f);
                out.add(event(doc, s, section, f, a, out.size()));
            }
        }
        return SameEvents.link(FollowingFigures.attach(doc, sentences, out, entities));
    }

    private static Event event(Document doc, Sentence s, String section, Frame f, ClauseEntities.Attached a, int n) {
        DatedExpression d = f.date();
        EventDate date = new EventDate(d.value(), d.precision(), d.text(), d.span(), f.anchor(), d.inferredYear(),
                f.mod().isPresent() ? f.mod() : d.mod());
        return new Event("e" + (n + 1), doc.id(), doc.language(), section, s.index(), s.span(), s.text(),
                f.hit().span(), f.hit().text(), f.hit().type(), Optional.of(date), a.places(), a.actors(),
                a.figures(), f.modality(), f.negated(), Optional.empty());
    }

    /** The heading of the section the offset is in; text before the first {@code == heading ==} is the "Lead". */
    static String section(Document doc, int offset) {
        return doc.sectionAt(offset).filter(sec -> sec.level() >= 2).map(sec -> sec.heading()).orElse("Lead");
    }
}
