package org.parallax.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Timex;

/**
 * TempEval-3 style counts over documents: a system span matches a gold span one-to-one, largest overlap
 * first (relaxed); strict when the spans are equal; value and type are compared on relaxed matches.
 * Precision divides by all system expressions, recall by all gold ones.
 */
final class TimemlScore {
    int docs;
    int gold;
    int system;
    int strict;
    int relaxed;
    int value;
    int type;

    void add(List<Timex> goldTimexes, List<Timex> systemTimexes) {
        docs++;
        gold += goldTimexes.size();
        system += systemTimexes.size();
        record Pair(int overlap, int s, int g) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < systemTimexes.size(); i++) {
            for (int j = 0; j < goldTimexes.size(); j++) {
                int o = overlap(systemTimexes.get(i), goldTimexes.get(j));
                if (o > 0) {
                    pairs.add(new Pair(o, i, j));
                }
            }
        }
        // The reference scorer sorts (overlap, system index, gold index) tuples in descending order.
        pairs.sort(Comparator.comparingInt(Pair::overlap).thenComparingInt(Pair::s).thenComparingInt(Pair::g).reversed());
        Set<Integer> usedS = new HashSet<>();
        Set<Integer> usedG = new HashSet<>();
        for (Pair p : pairs) {
            if (usedS.contains(p.s()) || usedG.contains(p.g())) {
                continue;
            }
            usedS.add(p.s());
            usedG.add(p.g());
            Timex s = systemTimexes.get(p.s());
            Timex g = goldTimexes.get(p.g());
            relaxed++;
            strict += s.span().equals(g.span()) ? 1 : 0;
            value += s.value().equals(g.value()) ? 1 : 0;
            type += s.type() == g.type() ? 1 : 0;
        }
    }

    void add(TimemlScore other) {
        docs += other.docs;
        gold += other.gold;
        system += other.system;
        strict += other.strict;
        relaxed += other.relaxed;
        value += other.value;
        type += other.type;
    }

    /** "P=… R=… F1=…" for a number of matches, rounded to four places as the reference scorer prints them. */
    String prf(int n) {
        double p = system == 0 ? 0.0 : (double) n / system;
        double r = gold == 0 ? 0.0 : (double) n / gold;
        double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        return "P=" + round(p) + " R=" + round(r) + " F1=" + round(f);
    }

    double f1(int n) {
        double p = system == 0 ? 0.0 : (double) n / system;
        double r = gold == 0 ? 0.0 : (double) n / gold;
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Python's round(x, 4) then str(): half-even on the exact binary value, shortest form, at least one decimal. */
    static String round(double x) {
        String s = new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    private static int overlap(Timex a, Timex b) {
        return Math.max(0, Math.min(a.span().end(), b.span().end()) - Math.max(a.span().start(), b.span().start()));
    }
}
