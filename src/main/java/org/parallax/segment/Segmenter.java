package org.parallax.segment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Document;
import org.parallax.model.Language;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.model.Token;

/**
 * Splits a document's paragraphs into sentences and sentences into tokens, with offsets into the
 * document text. English, German and French use OpenNLP's sentence models checked against the
 * language's abbreviation list; Italian, Spanish and Portuguese, for which no model is available, use
 * the same rules alone. Safe for use from several threads.
 */
public final class Segmenter {
    private static final Pattern TOKEN = Pattern.compile(
            "\\$?(?:\\d{1,3}(?:[.,\\u00a0\\u202f ]\\d{3}(?!\\d))+|\\d+)(?:[.,]\\d+)?%?"  // numbers: 38,493 26 000 16.25% $4
            + "|(?:\\p{L}\\.){2,}(?!\\p{L})"                                  // acronyms: U.S. e.g. i.e.
            + "|\\p{L}[\\p{L}\\p{M}\\d]*(?:['’\\-]\\p{L}[\\p{L}\\p{M}\\d]*)*"  // words, with inner apostrophes and hyphens
            + "|[^\\s\\u00a0\\u2007\\u2009\\u202f]");             // any other character; no-break spaces are spaces

    private final Map<Language, Rules> rules = new EnumMap<>(Language.class);

    /** The sentences of every paragraph of the document, numbered in document order. */
    public List<Sentence> sentences(Document document) {
        Rules r = rulesFor(document.language());
        String text = document.text();
        List<Sentence> out = new ArrayList<>();
        List<Span> paragraphs = document.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            int start = para.start();
            for (int boundary : r.boundaries(text, para.start(), para.end())) {
                add(out, text, start, boundary, p);
                start = boundary;
            }
            add(out, text, start, para.end(), p);
        }
        return out;
    }

    /** The tokens of a span of the document's text; a period stays on a known abbreviation ("Gen."). */
    public List<Token> tokens(Document document, Span span) {
        Rules r = rulesFor(document.language());
        String text = document.text();
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(span.start(), span.end());
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (end < span.end() && text.charAt(end) == '.' && Character.isLetter(text.charAt(start))
                    && r.rules.isNonFinalPeriod(text, span.start(), end, span.end())) {
                end++;
                // region() resets the matcher, so the token's start is taken before it.
                m.region(end, span.end());
            }
            out.add(new Token(new Span(start, end), text.substring(start, end)));
        }
        return out;
    }

    private static void add(List<Sentence> out, String text, int start, int end, int paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start && text.substring(start, end).codePoints().anyMatch(Character::isLetterOrDigit)) {
            out.add(new Sentence(out.size(), new Span(start, end), text.substring(start, end), paragraph));
        }
    }

    private synchronized Rules rulesFor(Language language) {
        return rules.computeIfAbsent(language, l -> new Rules(new SentenceRules(l), ModelSentences.load(l)));
    }

    /** Rule candidates and model candidates, each kept unless the period belongs to an abbreviation. */
    private record Rules(SentenceRules rules, Optional<ModelSentences> model) {
        List<Integer> boundaries(String text, int from, int to) {
            TreeSet<Integer> all = new TreeSet<>(rules.boundaries(text, from, to));
            model.ifPresent(m -> {
                for (int b : m.boundaries(text, from, to)) {
                    if (acceptable(text, from, b, to)) {
                        all.add(b);
                    }
                }
            });
            return new ArrayList<>(all);
        }

        private boolean acceptable(String text, int from, int boundary, int to) {
            if (SentenceRules.afterClosers(text, boundary, to) != boundary) {
                return false; // the closing quote belongs to this sentence; the rules place the boundary after it
            }
            int last = boundary - 1;
            while (last > from && "\"'”’») ]".indexOf(text.charAt(last)) >= 0) {
                last--;
            }
            char c = text.charAt(last);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                return false;
            }
            int next = boundary;
            while (next < to && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next < to && Character.isLowerCase(text.charAt(next))) {
                return false;
            }
            return c != '.' || !rules.isNonFinalPeriod(text, from, last, to) && !rules.numeralFollows(text, from, last, to);
        }
    }
}
