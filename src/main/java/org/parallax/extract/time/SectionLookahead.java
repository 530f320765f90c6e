package org.parallax.extract.time;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.parallax.extract.time.Meaning.Calendar;
import org.parallax.model.Document;
import org.parallax.model.Section;

/**
 * For each expression opening a section before the section has given any year, the first date with a
 * year and a month further on in the same section. A section often steps back in time from where the
 * previous one ended ("On 20 February, …" then "… in June 1866"); a reader places the opening dates by
 * what the section goes on to say, not by the last date of the section before.
 */
final class SectionLookahead {
    private SectionLookahead() {
    }

    /**
     * The date a reader glances at, and whether it lies in the same section. A section that gives no year of its own
     * ("== Antecedentes ==": "Tras el levantamiento del 2 de mayo …") is placed by the next date with a year in the
     * sections after it, but only to keep the story's year: a background section steps back within the story's year
     * rather than on to the next one.
     */
    /**
     * For a season with its year that is its section's first date finer than a year, the record marks that the
     * expression opens the section's story (its point is the year alone).
     */
    record Ahead(Point point, boolean sameSection) {
    }

    static List<Optional<Ahead>> of(Document doc, List<Tok> toks, List<Parse> parses) {
        int n = parses.size();
        List<Optional<Ahead>> out = new ArrayList<>(Collections.nCopies(n, Optional.empty()));
        if (doc.sections().isEmpty()) {
            return out;
        }
        int[] section = new int[n];
        for (int k = 0; k < n; k++) {
            section[k] = sectionIndex(doc, toks.get(parses.get(k).from()).start());
        }
        // Backward pass: the next dated expression of the same section, in linear time.
        Point next = null;
        int nextSection = Integer.MIN_VALUE;
        Point[] following = new Point[n];
        Point anywhere = null;
        Point[] later = new Point[n];
        for (int k = n - 1; k >= 0; k--) {
            if (section[k] != nextSection) {
                next = null;
                nextSection = section[k];
            }
            following[k] = next;
            later[k] = anywhere;
            Point dated = dated(parses.get(k));
            if (dated != null) {
                next = dated;
                anywhere = dated;
            }
        }
        boolean fresh = true;
        boolean fine = false;
        for (int k = 0; k < n; k++) {
            if (k == 0 || section[k] != section[k - 1]) {
                fresh = true;
                fine = false;
            }
            // "== Background ==: … In the early summer of 1809": a season with its year that is the section's first
            // date finer than a year places the section's story there, even before where the section before ended.
            Calendar season = seasonWithYear(parses.get(k));
            if (!fine && section[k] >= 0 && season != null) {
                out.set(k, Optional.of(new Ahead(new Point(season.year(), Meaning.NONE, Meaning.NONE), true)));
            }
            if (dated(parses.get(k)) != null || season != null) {
                fine = true;
            }
            if (dated(parses.get(k)) != null || yearOnly(parses.get(k))) {
                fresh = false;
            } else if (fresh && isYearless(parses.get(k)) && (following[k] != null || later[k] != null)) {
                out.set(k, Optional.of(following[k] != null ? new Ahead(following[k], true) : new Ahead(later[k], false)));
                fresh = false;
            }
        }
        return out;
    }

    private static int sectionIndex(Document doc, int offset) {
        // Sections are few; their spans nest, the innermost one holding the offset wins.
        int best = -1;
        int bestLevel = -1;
        List<Section> sections = doc.sections();
        for (int s = 0; s < sections.size(); s++) {
            if (sections.get(s).span().contains(offset) && sections.get(s).level() >= bestLevel) {
                best = s;
                bestLevel = sections.get(s).level();
            }
        }
        return best;
    }

    private static Point dated(Parse p) {
        if (p.meaning() instanceof Calendar c && c.hasYear() && !c.twoDigitYear() && c.month() != Meaning.NONE) {
            return new Point(c.year(), c.month(), c.day());
        }
        if (p.meaning() instanceof Meaning.Range r && r.from().hasYear() && r.from().month() != Meaning.NONE) {
            return new Point(r.from().year(), r.from().month(), r.from().day());
        }
        return null;
    }

    /** "the early summer of 1809": a season with its year, or null. */
    private static Calendar seasonWithYear(Parse p) {
        return p.meaning() instanceof Calendar c && c.hasYear() && !c.season().isEmpty() ? c : null;
    }

    private static boolean yearOnly(Parse p) {
        return p.meaning() instanceof Calendar c && c.hasYear();
    }

    private static boolean isYearless(Parse p) {
        return p.meaning() instanceof Calendar c && !c.hasYear() && c.month() != Meaning.NONE && c.direction() == Meaning.NONE
                && c.century() == Meaning.NONE && c.decade() == Meaning.NONE;
    }
}
