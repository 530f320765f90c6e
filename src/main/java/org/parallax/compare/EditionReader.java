package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parallax.align.Edition;
import org.parallax.event.EventExtractor;
import org.parallax.event.InfoboxFact;
import org.parallax.model.Document;
import org.parallax.model.Event;
import org.parallax.model.EventDate;
import org.parallax.model.EventType;
import org.parallax.model.Figure;
import org.parallax.model.InfoboxEntry;
import org.parallax.model.Modality;
import org.parallax.model.Precision;
import org.parallax.model.Span;
import org.parallax.model.Sentence;
import org.parallax.resolve.EntityResolver;
import org.parallax.segment.Segmenter;

/**
 * The one place that knows the events stage's API: reads a document's events and infobox facts and turns
 * the infobox facts into statements the aligner compares (the trigger is the canonical key, such as
 * {@code date} or {@code strength1}; the sentence is the infobox line). A change in the events API touches
 * this class only.
 */
final class EditionReader {
    private final EventExtractor extractor;
    private final EntityResolver resolver;
    private final Segmenter segmenter = new Segmenter();
    private final org.parallax.extract.time.TimeTagger timeTagger = new org.parallax.extract.time.TimeTagger();

    EditionReader() {
        this(new EntityResolver());
    }

    private EditionReader(EntityResolver resolver) {
        this.resolver = resolver;
        this.extractor = new EventExtractor(segmenter, resolver);
    }

    Edition read(Document doc) {
        return read(doc, timeTagger.timexes(doc));
    }

    /** With the document's time expressions already found. */
    Edition read(Document doc, List<org.parallax.model.Timex> timexes) {
        List<Event> extracted = extractor.extract(doc);
        // A range written right after a name ("the Second Mexican Empire (1864–1867)") gives that name its period:
        // it is compared with the periods other editions give to the same name, not with dated occurrences.
        List<Event> named = PeriodStatements.named(extracted);
        List<Event> events = extracted.stream().filter(e -> named.stream().noneMatch(p -> p.triggerSpan().equals(e.triggerSpan())
                && p.sentenceIndex() == e.sentenceIndex())).toList();
        List<Sentence> sentences = segmenter.sentences(doc);
        org.parallax.resolve.Entities entities = resolver.resolve(doc);
        List<Event> box = new ArrayList<>();
        for (InfoboxFact f : extractor.infobox(doc)) {
            fact(doc, f, entities.figures(), box.size()).ifPresent(box::add);
        }
        List<Event> periods = new ArrayList<>(named);
        periods.addAll(PeriodStatements.find(doc, sentences, extracted));
        periods.addAll(PeriodStatements.spans(doc, sentences, timexes, entities, periods, periods.size()));
        List<Event> facts = UndatedFacts.find(doc, sentences, extracted, entities, timexes);
        return new Edition(doc.id(), doc.language(), doc.title(), events, box, periods, facts,
                UndatedFacts.sentences(doc, sentences, entities));
    }

    private static Optional<Event> fact(Document doc, InfoboxFact f, List<Figure> read, int n) {
        String key = switch (f.kind()) {
            case DATE -> "date";
            case STRENGTH, CASUALTIES -> f.kind().name().toLowerCase(Locale.ROOT) + (f.side() > 0 ? f.side() : "");
            default -> "";
        };
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Span line = line(doc, f.span());
        String text = line.of(doc.text());
        Optional<EventDate> date = Optional.empty();
        if (f.kind() == InfoboxFact.Kind.DATE && f.from().isPresent()) {
            String from = f.from().get();
            String to = f.to().orElse(from);
            String value = from.equals(to) ? from : from + "/" + to;
            date = Optional.of(new EventDate(value, from.equals(to) ? Precision.DAY : Precision.RANGE, f.value(), f.span(),
                    EventDate.Anchor.DIRECT, false, Optional.empty()));
        }
        List<Figure> figures = new ArrayList<>();
        if (f.kind() != InfoboxFact.Kind.DATE && !f.numbers().isEmpty()) {
            String unit = f.kind() == InfoboxFact.Kind.STRENGTH ? "troops" : "casualties";
            // The first number of a strength or casualty line is its headline figure; the others qualify it. Read as
            // the text's figures are, it keeps its range and approximation ("12 000 à 15 000 hommes", "about 14,000").
            Optional<Figure> first = read.stream().filter(g -> g.span().start() >= f.span().start()
                    && g.span().end() <= f.span().end()).findFirst();
            figures.add(first.filter(g -> g.value() == f.numbers().get(0))
                    .map(g -> new Figure(f.span(), f.value(), g.value(), g.upper(), g.approximate(), unit))
                    .orElse(new Figure(f.span(), f.value(), f.numbers().get(0), Optional.empty(), false, unit)));
        }
        if (date.isEmpty() && figures.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Event("infobox-" + n, doc.id(), doc.language(), "Infobox", -1, line, text, f.span(), key,
                EventType.OTHER, date, List.of(), List.of(), figures, Modality.ASSERTED, false, Optional.empty()));
    }

    /** The whole infobox line ("Date: …") that holds the value span. */
    private static Span line(Document doc, Span value) {
        for (InfoboxEntry e : doc.infobox()) {
            if (e.valueSpan().equals(value)) {
                return new Span(e.keySpan().start(), e.valueSpan().end());
            }
        }
        return value;
    }
}
