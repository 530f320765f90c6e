package org.parallax.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the pairs of statements worth scoring, so that cost grows with the number of statements times a
 * bounded neighbourhood rather than with its square: dated statements meet the {@code maxBucket} nearest
 * statements in time of each edition within the same type family and date window; undated ones meet the
 * statements that share an actor, a place, a figure or a name with them (at most {@code maxBucket} per anchor);
 * infobox facts and period statements meet their own kind.
 */
final class Blocking {
    /** How many facts on each side of a fact's place in the text of another edition it meets. */
    private static final int NEAR_FACTS = 2;
    private final AlignmentSettings settings;

    Blocking(AlignmentSettings settings) {
        this.settings = settings;
    }

    /** Candidate pairs {@code [i, j]} with {@code i < j}, each once. */
    List<int[]> candidates(List<Statement> all, int editions) {
        Set<Long> seen = new HashSet<>();
        List<int[]> out = new ArrayList<>();
        Map<String, List<Statement>> byFamilyEdition = new HashMap<>();
        Map<String, List<Statement>> byAnchor = new HashMap<>();
        for (Statement s : all) {
            for (String f : s.families) {
                if (s.interval.isPresent()) {
                    byFamilyEdition.computeIfAbsent(f + "@" + s.edition, k -> new ArrayList<>()).add(s);
                }
                s.actorIds.forEach(a -> byAnchor.computeIfAbsent(f + "|a|" + a, k -> new ArrayList<>()).add(s));
                s.placeIds.forEach(p -> byAnchor.computeIfAbsent(f + "|p|" + p, k -> new ArrayList<>()).add(s));
                s.placeNames.forEach(p -> byAnchor.computeIfAbsent(f + "|n|" + p, k -> new ArrayList<>()).add(s));
                s.figures.forEach(x -> byAnchor.computeIfAbsent(f + "|f|" + x, k -> new ArrayList<>()).add(s));
                s.names.forEach(x -> byAnchor.computeIfAbsent(f + "|k|" + x, k -> new ArrayList<>()).add(s));
            }
        }
        byFamilyEdition.values().forEach(l -> l.sort(Comparator.comparingLong(Statement::first)));
        for (Statement s : all) {
            if (s.member.role() != Alignment.Role.EVENT && s.member.role() != Alignment.Role.FACT) {
                continue;
            }
            if (s.interval.isPresent()) {
                for (String f : s.families) {
                    for (int e = 0; e < editions; e++) {
                        List<Statement> list = byFamilyEdition.get(f + "@" + e);
                        if (list != null) {
                            nearest(s, list).forEach(t -> add(s, t, seen, out));
                        }
                    }
                }
            } else {
                for (String f : s.families) {
                    s.actorIds.forEach(a -> bucket(s, byAnchor.get(f + "|a|" + a), seen, out));
                    s.placeIds.forEach(p -> bucket(s, byAnchor.get(f + "|p|" + p), seen, out));
                    s.placeNames.forEach(p -> bucket(s, byAnchor.get(f + "|n|" + p), seen, out));
                    s.figures.forEach(x -> bucket(s, byAnchor.get(f + "|f|" + x), seen, out));
                    s.names.forEach(x -> bucket(s, byAnchor.get(f + "|k|" + x), seen, out));
                }
            }
        }
        nearInText(all, editions, seen, out);
        List<Statement> facts = all.stream().filter(s -> s.member.role() == Alignment.Role.INFOBOX
                || s.member.role() == Alignment.Role.PERIOD).toList();
        for (int i = 0; i < facts.size() && i < settings.maxBucket() * editions; i++) {
            for (int j = i + 1; j < facts.size() && j < settings.maxBucket() * editions; j++) {
                add(facts.get(i), facts.get(j), seen, out);
            }
        }
        return out;
    }

    /** Undated facts also meet the few facts of every other edition that sit nearest to them in the text. */
    private static void nearInText(List<Statement> all, int editions, Set<Long> seen, List<int[]> out) {
        List<List<Statement>> facts = new ArrayList<>();
        for (int e = 0; e < editions; e++) {
            facts.add(new ArrayList<>());
        }
        all.stream().filter(s -> s.member.role() == Alignment.Role.FACT).forEach(s -> facts.get(s.edition).add(s));
        facts.forEach(l -> l.sort(Comparator.comparingDouble(s -> s.position)));
        for (List<Statement> mine : facts) {
            for (Statement s : mine) {
                for (int e = 0; e < editions; e++) {
                    List<Statement> other = facts.get(e);
                    if (e == s.edition || other.isEmpty()) {
                        continue;
                    }
                    int lo = 0;
                    int hi = other.size();
                    while (lo < hi) {
                        int mid = (lo + hi) >>> 1;
                        if (other.get(mid).position < s.position) {
                            lo = mid + 1;
                        } else {
                            hi = mid;
                        }
                    }
                    for (int k = Math.max(0, lo - NEAR_FACTS); k < Math.min(other.size(), lo + NEAR_FACTS); k++) {
                        add(s, other.get(k), seen, out);
                    }
                }
            }
        }
    }

    /** The statements of one edition's sorted list nearest in time to {@code s}, within the window, at most maxBucket. */
    private List<Statement> nearest(Statement s, List<Statement> list) {
        long window = settings.nearWindowDays();
        int pos = lowerBound(list, s.first());
        List<Statement> out = new ArrayList<>();
        int left = pos - 1;
        int right = pos;
        long lo = s.interval.get().first() - window;
        long hi = s.interval.get().last() + window;
        int steps = 0;
        while (out.size() < settings.maxBucket() && steps++ < 4 * settings.maxBucket()
                && (left >= 0 || right < list.size())) {
            boolean goRight = right < list.size() && list.get(right).first() <= hi
                    && (left < 0 || list.get(right).first() - s.first() <= s.first() - list.get(left).first());
            if (goRight) {
                out.add(list.get(right++));
            } else if (left >= 0) {
                Statement t = list.get(left--);
                if (t.interval.get().last() >= lo) {
                    out.add(t);
                } else if (s.first() - t.first() > 4 * window + 3660) {
                    left = -1;
                }
            } else {
                break;
            }
        }
        return out;
    }

    private static int lowerBound(List<Statement> list, long key) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).first() < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void bucket(Statement s, List<Statement> bucket, Set<Long> seen, List<int[]> out) {
        if (bucket == null) {
            return;
        }
        for (int i = 0; i < bucket.size() && i < settings.maxBucket(); i++) {
            add(s, bucket.get(i), seen, out);
        }
    }

    private static void add(Statement s, Statement t, Set<Long> seen, List<int[]> out) {
        if (s.index == t.index) {
            return;
        }
        int i = Math.min(s.index, t.index);
        int j = Math.max(s.index, t.index);
        if (seen.add(EditionAligner.key(i, j))) {
            out.add(new int[] {i, j});
        }
    }
}
