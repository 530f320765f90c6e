package org.parallax.compare;

/**
 * When two values count as the same, validated once and then fixed for a comparison.
 *
 * @param figureRelative       two figures agree when they differ by at most this fraction of the larger (default 0.02)
 * @param approximateRelative  the same for a figure given as approximate ("about 5,000") (default 0.10)
 * @param dateSlackDays        two disjoint dates closer than this still agree (default 0: "8 December" and
 *                             "9 December" disagree); a coarser date always agrees with the finer dates it contains
 * @param approximateDateDays  an approximate date ("around", "early") is widened by this much each side (default 31)
 * @param rangeOverlapAgrees   when true two overlapping periods agree; by default (false) periods agree only
 *                             when their starts agree and their ends agree, each by containment
 *                             (1862–1867 and 1864–1867 disagree; 1861–1867 and 8 December 1861 – 21 June 1867 agree)
 * @param placeDistanceKm      two resolved places closer than this are the same place (default 25)
 * @param minConfidence        findings below this confidence are left out of the report (default 0.2)
 */
public record Tolerances(double figureRelative, double approximateRelative, long dateSlackDays, long approximateDateDays,
                         boolean rangeOverlapAgrees, double placeDistanceKm, double minConfidence) {
    public static final Tolerances DEFAULTS = new Tolerances(0.02, 0.10, 0, 31, false, 25, 0.2);

    public Tolerances {
        if (figureRelative < 0 || figureRelative >= 1 || approximateRelative < figureRelative || approximateRelative >= 1
                || dateSlackDays < 0 || approximateDateDays < 0 || placeDistanceKm < 0 || minConfidence < 0
                || minConfidence > 1) {
            throw new IllegalArgumentException("bad tolerances: figureRelative=" + figureRelative + " approximateRelative="
                    + approximateRelative + " dateSlackDays=" + dateSlackDays + " approximateDateDays=" + approximateDateDays
                    + " placeDistanceKm=" + placeDistanceKm + " minConfidence=" + minConfidence);
        }
    }

    public Tolerances withFigureRelative(double f) {
        return new Tolerances(f, Math.max(f, approximateRelative), dateSlackDays, approximateDateDays, rangeOverlapAgrees,
                placeDistanceKm, minConfidence);
    }

    public Tolerances withDateSlackDays(long d) {
        return new Tolerances(figureRelative, approximateRelative, d, approximateDateDays, rangeOverlapAgrees, placeDistanceKm,
                minConfidence);
    }

    public Tolerances withRangeOverlapAgrees(boolean b) {
        return new Tolerances(figureRelative, approximateRelative, dateSlackDays, approximateDateDays, b, placeDistanceKm,
                minConfidence);
    }

    public Tolerances withMinConfidence(double c) {
        return new Tolerances(figureRelative, approximateRelative, dateSlackDays, approximateDateDays, rangeOverlapAgrees,
                placeDistanceKm, c);
    }
}
