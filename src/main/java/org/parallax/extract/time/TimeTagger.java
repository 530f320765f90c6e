package org.parallax.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Document;
import org.parallax.model.Span;
import org.parallax.model.Timex;

/**
 * Finds temporal expressions in a document and normalizes them to TIMEX3 values, for English, French,
 * Italian, Spanish, German and Portuguese (the words come from {@code lang/<code>/time-*.txt}). Year-less
 * dates are anchored as a reader anchors them: in {@link Mode#NEWS} on the document creation date, in
 * {@link Mode#NARRATIVE} on the story told so far. Runs in time linear in the length of the text.
 */
public final class TimeTagger {
    /** How year-less and deictic expressions are anchored. {@code AUTO}: news when the document has a creation date. */
    public enum Mode { AUTO, NARRATIVE, NEWS }

    private final Mode mode;

    public TimeTagger() {
        this(Mode.AUTO);
    }

    public TimeTagger(Mode mode) {
        this.mode = mode;
    }

    /** The TIMEX3 expressions of the whole document text, in text order. */
    public List<Timex> timexes(Document doc) {
        return tag(doc).stream().map(TaggedTime::timex).toList();
    }

    /** The temporal expressions of the document with precision, year inference and relativity. */
    public List<TaggedTime> tag(Document doc) {
        boolean narrative = mode == Mode.NARRATIVE || mode == Mode.AUTO && doc.creationDate().isEmpty();
        String text = doc.text();
        List<Tok> toks = Tokens.of(text);
        ExpressionParser parser = new ExpressionParser(TimeLexicon.of(doc.language()), toks, text, narrative);
        Anchoring anchoring = new Anchoring(doc.creationDate(), narrative);
        TimeLexicon lexicon = TimeLexicon.of(doc.language());
        List<Parse> parses = new ArrayList<>();
        int lastEnd = -1;
        int i = 0;
        while (i < toks.size()) {
            try {
                Optional<Parse> p = insideCompound(toks, i) && lastEnd != i - 1 ? Optional.empty() : parser.at(i);
                if (p.isEmpty() || p.get().to() <= i) {
                    i++;
                    continue;
                }
                parses.add(p.get());
                i = p.get().to();
                lastEnd = i;
            } catch (RuntimeException e) {
                throw new TimeTaggingException(doc.id(), toks.get(i).start(), e);
            }
        }
        List<Optional<SectionLookahead.Ahead>> ahead = narrative ? SectionLookahead.of(doc, toks, parses) : null;
        List<TaggedTime> out = new ArrayList<>();
        for (int k = 0; k < parses.size(); k++) {
            Parse parse = parses.get(k);
            try {
                anchoring.resolve(parse, sentenceInitial(toks, text, parse.from()), future(lexicon, toks, parse),
                                narrative ? ahead.get(k) : Optional.empty(), bracketed(toks, parse))
                        .filter(r -> Values.isTimex3(r.value()))
                        .ifPresent(r -> out.add(tagged(text, toks, parse, r)));
            } catch (RuntimeException e) {
                throw new TimeTaggingException(doc.id(), toks.get(parse.from()).start(), e);
            }
        }
        return List.copyOf(out);
    }

    private static TaggedTime tagged(String text, List<Tok> toks, Parse p, Anchoring.Resolved r) {
        int start = toks.get(p.from()).start();
        int end = toks.get(p.to() - 1).end();
        Span span = new Span(start, end);
        Optional<String> mod = p.mod().isEmpty() ? Optional.empty() : Optional.of(p.mod());
        Timex timex = new Timex(span, span.of(text), r.type(), r.value(), mod);
        return new TaggedTime(timex, r.precision(), r.inferredYear(), r.relative());
    }

    /** "(1801–1870)", "(born 1801)": an expression inside brackets that close within a few tokens after it. */
    private static boolean bracketed(List<Tok> toks, Parse p) {
        boolean open = false;
        for (int j = p.from() - 1; j >= 0 && j >= p.from() - 3; j--) {
            if (toks.get(j).is("(")) {
                open = true;
                break;
            }
            if (toks.get(j).is(")") || sentenceEnd(toks.get(j))) {
                return false;
            }
        }
        for (int j = p.to(); open && j < toks.size() && j <= p.to() + 2; j++) {
            if (toks.get(j).is(")")) {
                return true;
            }
        }
        return false;
    }

    /** "midi" in "après-midi", "mai" in "Saint-Mai": a word glued by a hyphen to the word before it. */
    private static boolean insideCompound(List<Tok> toks, int i) {
        if (i < 2 || !toks.get(i).isWord()) {
            return false;
        }
        Tok dash = toks.get(i - 1);
        Tok before = toks.get(i - 2);
        return dash.isDash() && before.isWord() && dash.start() == before.end() && dash.end() == toks.get(i).start();
    }

    /** Whether the sentence around the expression speaks of the future ("se déroulera dimanche"). */
    private static boolean future(TimeLexicon lexicon, List<Tok> toks, Parse p) {
        PhraseTable words = lexicon.section("future-cues");
        PhraseTable endings = lexicon.section("future-endings");
        for (int j = p.from() - 1; j >= 0 && j >= p.from() - 30 && !sentenceEnd(toks.get(j)); j--) {
            if (words.at(toks, j).isPresent() || toks.get(j).isWord() && endings.endsAny(toks.get(j).key())) {
                return true;
            }
        }
        for (int j = p.to(); j < toks.size() && j < p.to() + 30 && !sentenceEnd(toks.get(j)); j++) {
            if (words.at(toks, j).isPresent() || toks.get(j).isWord() && endings.endsAny(toks.get(j).key())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceEnd(Tok tok) {
        return tok.is(".") || tok.is("!") || tok.is("?");
    }

    /** Whether at most three words stand between the sentence start and token {@code k}. */
    private static boolean sentenceInitial(List<Tok> toks, String text, int k) {
        int words = 0;
        // Bounded look-back: a run of numbers or marks must not make this quadratic.
        for (int j = k - 1; j >= 0 && words <= 3; j--) {
            if (j < k - 12) {
                return false;
            }
            Tok tok = toks.get(j);
            if (tok.is(".") || tok.is("!") || tok.is("?") || tok.is(";") || lineBreakBetween(text, tok.end(), toks.get(j + 1).start())) {
                return true;
            }
            if (tok.isWord()) {
                words++;
            }
        }
        return words <= 3;
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        for (int c = from; c < to; c++) {
            if (text.charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }
}
